package io.pimento.catalog.support;

import io.pimento.catalog.Fixtures;
import io.pimento.catalog.StructureChanged;
import io.pimento.catalog.attribute.AttributeGroupPayload;
import io.pimento.catalog.attribute.AttributeGroupService;
import io.pimento.catalog.attribute.AttributeOptionPayload;
import io.pimento.catalog.attribute.AttributeOptionService;
import io.pimento.catalog.family.FamilyPayload;
import io.pimento.catalog.family.FamilyService;
import io.pimento.common.InvalidDataException;
import io.pimento.history.HistoryEntry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.pimento.catalog.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How an importer uses the services: the same payloads and rules as the REST API, without HTTP. */
@QuarkusTest
class StructureServicesOutsideHttpTest {

    @Inject
    FamilyService families;

    @Inject
    AttributeGroupService groups;

    @Inject
    AttributeOptionService options;

    @Inject
    StructureChangeRecorder changes;

    @Test
    void shouldRefuseInvalidPayloadNamingTheFields() {
        Fixtures.identifier();
        FamilyPayload row = new FamilyPayload(unique("family"), Map.of("zz_ZZ", "Nope"), null, null, List.of("no_such_attribute"), null, null);

        assertThatThrownBy(() -> families.upsert(row))
                .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.errors())
                        .extracting(io.pimento.common.FieldError::field)
                        .containsExactlyInAnyOrder("labels.zz_ZZ", "attributes[0]"));
    }

    @Test
    void shouldRefuseOptionOfUnknownAttributeAsInvalidData() {
        AttributeOptionPayload row = new AttributeOptionPayload("red", "no_such_attribute", null, null, null);

        assertThatThrownBy(() -> options.upsert(row))
                .isInstanceOfSatisfying(InvalidDataException.class, e -> assertThat(e.errors())
                        .extracting(io.pimento.common.FieldError::field).containsExactly("attribute"));
    }

    @Test
    void shouldRecordSystemAsAuthorOutsideRequests() {
        String code = unique("group");

        groups.upsert(new AttributeGroupPayload(code, 5, null, null));

        HistoryEntry entry = QuarkusTransaction.requiringNew().call(() ->
                HistoryEntry.<HistoryEntry>find("resourceType = ?1 and resourceCode = ?2", "attribute_group", code).firstResult());
        assertThat(entry.author).isEqualTo("system");
        assertThat(entry.action).isEqualTo("created");
    }

    @Test
    void shouldUpsertOnlyGivenFields() {
        String code = unique("group");
        groups.upsert(new AttributeGroupPayload(code, 5, null, null));

        Saved<AttributeGroupPayload> saved = groups.upsert(new AttributeGroupPayload(code, null, null, null));

        assertThat(saved.created()).isFalse();
        assertThat(saved.value().sortOrder()).isEqualTo(5);
    }

    @Test
    void shouldLetImporterSkipBadRowInsideItsOwnTransaction() {
        String good = unique("group");
        String alsoGood = unique("group");

        QuarkusTransaction.requiringNew().run(() -> {
            groups.upsert(new AttributeGroupPayload(good, 1, null, null));
            assertThatThrownBy(() -> groups.upsert(new AttributeGroupPayload("bad code", 1, null, null)))
                    .isInstanceOf(InvalidDataException.class);
            groups.upsert(new AttributeGroupPayload(alsoGood, 2, null, null));
        });

        assertThat(groups.findPayload(good)).isPresent();
        assertThat(groups.findPayload(alsoGood)).isPresent();
    }

    @Test
    void shouldFireStructureChangedOnlyForEffectiveChanges() {
        String code = unique("group");
        groups.upsert(new AttributeGroupPayload(code, 1, null, null));
        groups.upsert(new AttributeGroupPayload(code, 1, null, null));
        groups.upsert(new AttributeGroupPayload(code, 2, null, null));

        assertThat(changes.seen()).filteredOn(e -> e.code().equals(code))
                .containsExactly(new StructureChanged("attribute_group", code), new StructureChanged("attribute_group", code));
    }
}
