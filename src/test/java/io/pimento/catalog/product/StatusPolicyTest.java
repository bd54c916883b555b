package io.pimento.catalog.product;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatusPolicyTest {

    @ParameterizedTest(name = "{0} + ask {1}, content changed {2}, reviewer {3} -> {4}")
    @CsvSource(nullValues = "-", value = {
            "-,         -,         true,  false, draft",
            "draft,     in_review, false, false, in_review",
            "in_review, draft,     false, false, draft",
            "in_review, approved,  false, true,  approved",
            "approved,  -,         true,  false, in_review",
            "approved,  -,         true,  true,  approved",
            "approved,  -,         false, false, approved",
            "approved,  approved,  true,  false, in_review",
            "approved,  draft,     true,  false, draft"})
    void shouldMoveThroughTheWorkflow(String current, String requested, boolean contentChanged, boolean reviewer, String expected) {
        assertThat(StatusPolicy.next(status(current), status(requested), contentChanged, reviewer)).isEqualTo(status(expected));
    }

    @Test
    void shouldLetOnlyReviewersApprove() {
        assertThatThrownBy(() -> StatusPolicy.next(EnrichmentStatus.IN_REVIEW, EnrichmentStatus.APPROVED, false, false))
                .isInstanceOf(StatusNotAllowedException.class);
        assertThatThrownBy(() -> StatusPolicy.next(null, EnrichmentStatus.APPROVED, true, false))
                .isInstanceOf(StatusNotAllowedException.class);
    }

    private static EnrichmentStatus status(String code) {
        return code == null ? null : EnrichmentStatus.fromCode(code);
    }
}
