package io.pimento.imports.product;

import io.pimento.catalog.product.Completeness;
import io.pimento.catalog.product.EnrichmentStatus;
import io.pimento.catalog.product.ProductValues;
import io.pimento.catalog.product.history.ProductChangeDetector;
import io.pimento.catalog.product.history.ProductSnapshot;
import io.pimento.catalog.product.schema.CatalogSchema;
import io.pimento.catalog.product.schema.CatalogSchemas;
import io.pimento.csv.CsvRow;
import io.pimento.csv.ProductColumns;
import io.pimento.imports.TestCatalog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The races an import batch can lose against API writes between checking and writing it: the
 * rows that lost are left out (the importer rejects them), the others of the batch are written
 * with their history, and nothing is half-written.
 */
@QuarkusTest
class ProductStoreTest {

    @Inject
    ProductStore store;

    @Inject
    CatalogSchemas schemas;

    @Inject
    DataSource dataSource;

    private final String prefix = "race-" + UUID.randomUUID().toString().substring(0, 8);

    /** The identifier attribute comes with a catalog. */
    private static TestCatalog catalog;

    @BeforeEach
    void createCatalog() {
        if (catalog == null) {
            catalog = TestCatalog.create();
        }
    }

    @Test
    void shouldWriteTheOtherNewProductsOfABatchWhenOneWasCreatedMeanwhile() throws SQLException {
        ProductDraft taken = newProduct(2, prefix + "-taken");
        ProductDraft free = newProduct(3, prefix + "-free");
        sql("insert into product (identifier) values (?)", prefix + "-TAKEN");

        Map<Long, Long> written = QuarkusTransaction.requiringNew().call(() -> store.write(List.of(taken, free), "racer"));

        assertThat(written).containsOnlyKeys(3L);
        assertThat(count("select count(*) from product where lower(identifier) = lower(?)", prefix + "-taken")).isEqualTo(1);
        assertThat(count("select count(*) from product where identifier = ? and created_by = 'racer'", prefix + "-free")).isEqualTo(1);
        assertThat(count("select count(*) from change_history where resource_code = ? and author = 'racer' and version = 0", prefix + "-free"))
                .isEqualTo(1);
        assertThat(count("select count(*) from change_history where lower(resource_code) = lower(?)", prefix + "-taken")).isZero();
    }

    @Test
    void shouldLeaveOutAnUpdateOfAProductChangedMeanwhile() throws SQLException {
        sql("insert into product (identifier) values (?)", prefix + "-edited");
        StoredProduct stored = store.load(List.of(prefix + "-edited")).get((prefix + "-edited").toLowerCase(Locale.ROOT));
        ProductDraft update = draft(4, stored, snapshot(prefix + "-edited", false));
        sql("update product set version = version + 1 where identifier = ?", prefix + "-edited");

        Map<Long, Long> written = QuarkusTransaction.requiringNew().call(() -> store.write(List.of(update), "racer"));

        assertThat(written).isEmpty();
        assertThat(count("select count(*) from product where identifier = ? and enabled and version = 1", prefix + "-edited")).isEqualTo(1);
        assertThat(count("select count(*) from change_history where resource_code = ?", prefix + "-edited")).isZero();
    }

    private ProductDraft newProduct(long line, String identifier) {
        return draft(line, null, snapshot(identifier, true));
    }

    private ProductSnapshot snapshot(String identifier, boolean enabled) {
        ProductValues values = new ProductValues();
        values.put(schemas.current().identifierAttribute(), null, null, identifier);
        return new ProductSnapshot(identifier, null, null, enabled, EnrichmentStatus.DRAFT, List.of(), List.of(), values, null);
    }

    private ProductDraft draft(long line, StoredProduct stored, ProductSnapshot after) {
        CatalogSchema schema = schemas.current();
        ProductColumns columns = ProductColumns.parse(List.of(schema.identifierAttribute()), schema, ProductColumns.Owner.PRODUCT);
        ProductSnapshot before = stored == null ? null : new ProductSnapshot(stored.identifier(), stored.family(), null, stored.enabled(),
                stored.status(), stored.categories(), stored.groups(), stored.values(), stored.associations());
        ProductDraft draft = new ProductDraft(new ContentRow(columns, new CsvRow(line, List.of(after.identifier()))), stored, after, null,
                new Completeness(List.of()), ProductChangeDetector.diff(before, after));
        draft.encode("racer", new StringBuilder());
        return draft;
    }

    private void sql(String statement, String parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(statement)) {
            update.setString(1, parameter);
            update.executeUpdate();
        }
    }

    private int count(String query, String parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(query)) {
            select.setString(1, parameter);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
