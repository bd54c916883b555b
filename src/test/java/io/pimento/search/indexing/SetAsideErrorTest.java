package io.pimento.search.indexing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The error a set-aside product is listed with: OpenSearch's reason, one bounded line. */
class SetAsideErrorTest {

    @Test
    void shouldKeepOpenSearchsReasonOfAHibernateSearchFailure() {
        String message = """
                HSEARCH400008: Elasticsearch bulked request failed: HSEARCH400090: Elasticsearch response indicates a failure.
                Request metadata: { "index": { "_index": "products-write", "_id": "4" } }
                Response: { "index": { "_index": "products-000001", "_id": "4", "status": 400, "error": { "type": \
                "illegal_argument_exception", "reason": "DocValuesField \\"label_sort.en_US\\" is too large, must be \\u003c\\u003d 32766" } } }""";

        assertThat(OutboxIndexer.errorText(new IllegalStateException(message)))
                .isEqualTo("illegal_argument_exception: DocValuesField \"label_sort.en_US\" is too large, must be <= 32766");
    }

    @Test
    void shouldSayWhatCausedOpenSearchsError() {
        String message = "HSEARCH400008: ... Response: { \"index\": { \"status\": 400, \"error\": { \"type\": \"mapper_parsing_exception\", "
                + "\"reason\": \"failed to parse\", \"caused_by\": { \"type\": \"illegal_argument_exception\", "
                + "\"reason\": \"[double] supports only finite values\" } } } }";

        assertThat(OutboxIndexer.errorText(new IllegalStateException(message))).isEqualTo(
                "mapper_parsing_exception: failed to parse; caused by illegal_argument_exception: [double] supports only finite values");
    }

    @Test
    void shouldKeepAnyOtherMessageAsItIs() {
        assertThat(OutboxIndexer.errorText(new IllegalStateException("boom"))).isEqualTo("boom");
        assertThat(OutboxIndexer.errorText(null)).isEqualTo("unknown error");
    }

    @Test
    void shouldStoreOneLineOfBoundedLength() {
        assertThat(OutboxRepository.bounded("first\n  second")).isEqualTo("first second");
        assertThat(OutboxRepository.bounded("x".repeat(5000))).hasSize(OutboxRepository.MAX_ERROR_LENGTH).endsWith("…");
        assertThat(OutboxRepository.bounded(" ")).isEqualTo("unknown error");
    }
}
