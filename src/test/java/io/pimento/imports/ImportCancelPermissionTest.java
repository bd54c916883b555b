package io.pimento.imports;

import io.pimento.catalog.Fixtures;
import io.pimento.security.Role;
import io.pimento.security.TestUsers;
import io.pimento.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

/**
 * Who may cancel an import: the one who started it, or an admin. Jobs are dry runs, so whether
 * the cancellation lands (202) or comes after the end (409) does not matter here: only the 403.
 */
@QuarkusTest
class ImportCancelPermissionTest {

    @Test
    void shouldNotLetAnEditorCancelAnAdminsStructureImport() {
        long id = dryRun("admin", "attribute_groups", "code;sort_order;label-en_US\n" + Fixtures.unique("cancel_group") + ";1;Cancel\n");

        Api.asEditor().delete("/api/v1/imports/{id}", id)
                .then().statusCode(403)
                .contentType("application/problem+json");

        Api.asAdmin().delete("/api/v1/imports/{id}", id).then().statusCode(anyOf(is(202), is(409)));
    }

    @Test
    void shouldLetOnlyTheStarterOrAnAdminCancelAnEditorsImport() {
        long id = dryRun("editor", "products", "sku\n" + Fixtures.unique("cancel-sku") + "\n");
        String otherEditor = TestUsers.create(Role.EDITOR);

        TestUsers.as(otherEditor).delete("/api/v1/imports/{id}", id).then().statusCode(403);

        Api.asEditor().delete("/api/v1/imports/{id}", id).then().statusCode(anyOf(is(202), is(409)));
        Api.asAdmin().delete("/api/v1/imports/{id}", id).then().statusCode(anyOf(is(202), is(409)));
    }

    @Test
    void shouldAnswer404ForAnUnknownImportWhoeverAsks() {
        Api.asEditor().delete("/api/v1/imports/{id}", Long.MAX_VALUE).then().statusCode(404);
    }

    private static long dryRun(String user, String type, String csv) {
        var response = Imports.upload(user, type, csv.getBytes(StandardCharsets.UTF_8), "cancel.csv", Map.of("dryRun", "true"));
        response.then().statusCode(202);
        return response.jsonPath().getLong("id");
    }
}
