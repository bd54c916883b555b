package io.pimento.imports.product;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.agroal.api.AgroalDataSource;
import io.pimento.catalog.product.Associations;
import io.pimento.catalog.product.EnrichmentStatus;
import io.pimento.catalog.product.ProductValues;
import io.pimento.common.CopyStream;
import io.pimento.common.CopyText;
import io.pimento.common.DatabaseJsonFormat;
import io.pimento.history.FieldChange;
import io.pimento.history.HistoryBulkWriter;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads and writes products a batch at a time with plain JDBC, in the caller's transaction: one
 * query loads every product of a batch, COPY into a temporary table and two set-based statements
 * write them (new ones inserted, changed ones updated only if nobody changed them meanwhile), and
 * the history's bulk writer records their history with one COPY. Hibernate would need a round
 * trip per product.
 */
@ApplicationScoped
public class ProductStore {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final AgroalDataSource dataSource;

    ProductStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The stored products with these identifiers, by lower-cased identifier. */
    Map<String, StoredProduct> load(Collection<String> identifiers) {
        Map<String, StoredProduct> found = new HashMap<>();
        if (identifiers.isEmpty()) {
            return found;
        }
        String[] keys = identifiers.stream().map(i -> i.toLowerCase(Locale.ROOT)).distinct().toArray(String[]::new);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     select id, identifier, family, parent_id, enabled, status, categories, groups, "values", associations, version
                     from product where lower(identifier) = any(?)""")) {
            Array array = connection.createArrayOf("text", keys);
            select.setArray(1, array);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    long parent = rs.getLong(4);
                    StoredProduct product = new StoredProduct(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.wasNull() ? null : parent, rs.getBoolean(5), EnrichmentStatus.fromCode(rs.getString(6)),
                            read(rs.getString(7), STRINGS), read(rs.getString(8), STRINGS),
                            read(rs.getString(9), ProductValues.class), read(rs.getString(10), Associations.class), rs.getInt(11));
                    found.put(product.identifier().toLowerCase(Locale.ROOT), product);
                }
            }
            array.free();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    /** Lower-cased identifier → stored identifier, for those of these that exist. */
    Map<String, String> existingIdentifiers(Collection<String> identifiers) {
        return codes("select identifier from product where lower(identifier) = any(?)", identifiers);
    }

    /** Lower-cased code → stored code, for the product models of these codes that exist. */
    Map<String, String> existingModelCodes(Collection<String> codes) {
        return codes("select code from product_model where lower(code) = any(?)", codes);
    }

    /** Lower-cased code → id of the product models with these codes. */
    Map<String, Long> modelIds(Collection<String> codes) {
        Map<String, Long> ids = new HashMap<>();
        if (codes.isEmpty()) {
            return ids;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select id, code from product_model where lower(code) = any(?)")) {
            select.setArray(1, connection.createArrayOf("text", lowered(codes)));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(2).toLowerCase(Locale.ROOT), rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    /** Identifier and own values of the variant products of these models, for the axis uniqueness check. */
    Map<Long, List<Map.Entry<String, ProductValues>>> variantsOf(Collection<Long> parentIds) {
        Map<Long, List<Map.Entry<String, ProductValues>>> variants = new HashMap<>();
        if (parentIds.isEmpty()) {
            return variants;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select parent_id, identifier, \"values\" from product where parent_id = any(?)")) {
            select.setArray(1, connection.createArrayOf("bigint", parentIds.toArray(Long[]::new)));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    variants.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(Map.entry(rs.getString(2), read(rs.getString(3), ProductValues.class)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return variants;
    }

    /**
     * Writes the drafts that change something, with their history, and answers the ids written by
     * line. New products are COPYed straight into the table with ids taken from its sequence (no
     * staging: the JSON documents are parsed and compressed once); changed ones go through a
     * temporary table and one UPDATE that skips any product changed by someone else since it was
     * read. A draft left out of the answer lost such a race (the caller rejects its row).
     */
    Map<Long, Long> write(List<ProductDraft> drafts, String author) {
        Map<Long, Long> written = new HashMap<>();
        if (drafts.isEmpty()) {
            return written;
        }
        List<ProductDraft> created = drafts.stream().filter(d -> d.existing() == null).toList();
        List<ProductDraft> changed = drafts.stream().filter(d -> d.existing() != null).toList();
        Map<Long, Integer> versions = new HashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            if (!created.isEmpty() && !copyNew(connection, created, author, written)) {
                // a product of the batch was created meanwhile: insert the others one statement at a time
                stage(connection, created);
                insertStaged(connection, created, author, written);
            }
            created.forEach(d -> {
                if (written.containsKey(d.row().line())) {
                    versions.put(d.row().line(), 0);
                }
            });
            if (!changed.isEmpty()) {
                stage(connection, changed);
                try (Statement statement = connection.createStatement();
                     ResultSet rs = statement.executeQuery("""
                             update product p set family = s.family, parent_id = s.parent_id, enabled = s.enabled, status = s.status,
                                    categories = s.categories, groups = s.groups, "values" = s."values", completeness = s.completeness,
                                    updated_at = now(), updated_by = %s, version = p.version + 1
                             from import_product_stage s
                             where p.id = s.id and p.version = s.expected_version
                             returning s.line, p.id, p.version""".formatted(quote(author)))) {
                    while (rs.next()) {
                        written.put(rs.getLong(1), rs.getLong(2));
                        versions.put(rs.getLong(1), rs.getInt(3));
                    }
                }
            }
            List<HistoryBulkWriter.Written> history = new ArrayList<>(drafts.size());
            for (ProductDraft draft : drafts) {
                Integer version = versions.get(draft.row().line());
                if (version != null) {
                    history.add(new HistoryBulkWriter.Written(draft.historyEntry(), version));
                }
            }
            HistoryBulkWriter.copy(connection, history);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return written;
    }

    /** COPYs new products in; false (and nothing written) when one of them exists after all. */
    private boolean copyNew(Connection connection, List<ProductDraft> drafts, String author, Map<Long, Long> written) throws SQLException {
        long[] ids = nextIds(connection, drafts.size());
        byte[] authors = authorCells(author);
        try (Statement statement = connection.createStatement()) {
            statement.execute("savepoint import_copy");
            try (CopyStream rows = CopyStream.open(connection, """
                    copy product (identifier, family, parent_id, enabled, status, categories, groups, "values", completeness,
                                  created_by, updated_by, id) from stdin""")) {
                for (int i = 0; i < drafts.size(); i++) {
                    rows.bytes(drafts.get(i).productCells()).tab().bytes(authors).tab().number(ids[i]).endRow();
                }
                rows.finish();
            } catch (SQLException e) {
                if (!"23505".equals(e.getSQLState())) {
                    throw e;
                }
                statement.execute("rollback to savepoint import_copy");
                return false;
            }
            statement.execute("release savepoint import_copy");
        }
        for (int i = 0; i < drafts.size(); i++) {
            written.put(drafts.get(i).row().line(), ids[i]);
        }
        return true;
    }

    /** A product's history entry, encoded for {@link HistoryBulkWriter#copy}. */
    static byte[] historyEntry(StringBuilder scratch, String identifier, String action, String author, List<FieldChange> changes) {
        return HistoryBulkWriter.encode(scratch, "product", identifier, action, author, row -> JsonText.appendForCopy(row, changes));
    }

    /** created_by and updated_by: the author twice, in COPY form. */
    private static byte[] authorCells(String author) {
        StringBuilder cells = new StringBuilder();
        CopyText.escape(cells, author);
        cells.append('\t');
        CopyText.escape(cells, author);
        return cells.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static long[] nextIds(Connection connection, int count) throws SQLException {
        long[] ids = new long[count];
        try (PreparedStatement select = connection.prepareStatement(
                "select nextval(pg_get_serial_sequence('product', 'id')) from generate_series(1, ?)")) {
            select.setInt(1, count);
            try (ResultSet rs = select.executeQuery()) {
                for (int i = 0; rs.next(); i++) {
                    ids[i] = rs.getLong(1);
                }
            }
        }
        return ids;
    }

    private static void stage(Connection connection, List<ProductDraft> drafts) throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("""
                    create temp table if not exists import_product_stage (
                        line bigint, id bigint, expected_version integer, identifier text, family text, parent_id bigint,
                        enabled boolean, status text, categories jsonb, groups jsonb, "values" jsonb, completeness jsonb
                    ) on commit delete rows""");
            ddl.execute("truncate import_product_stage");
        }
        try (CopyStream stage = CopyStream.open(connection, """
                copy import_product_stage (identifier, family, parent_id, enabled, status, categories, groups, "values", completeness,
                                           line, id, expected_version) from stdin""")) {
            for (ProductDraft draft : drafts) {
                stage.bytes(draft.productCells()).tab().number(draft.row().line())
                        .tab().number(draft.existing() == null ? null : draft.existing().id())
                        .tab().number(draft.existing() == null ? null : draft.existing().version()).endRow();
            }
            stage.finish();
        }
    }

    private static void insertStaged(Connection connection, List<ProductDraft> drafts, String author, Map<Long, Long> written)
            throws SQLException {
        Map<String, Long> lineByIdentifier = new HashMap<>();
        drafts.forEach(d -> lineByIdentifier.put(d.identifier().toLowerCase(Locale.ROOT), d.row().line()));
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("""
                     insert into product (identifier, family, parent_id, enabled, status, categories, groups, "values",
                                          completeness, created_by, updated_by)
                     select identifier, family, parent_id, enabled, status, categories, groups, "values", completeness, %1$s, %1$s
                     from import_product_stage order by line
                     on conflict ((lower(identifier))) do nothing
                     returning id, lower(identifier)""".formatted(quote(author)))) {
            while (rs.next()) {
                written.put(lineByIdentifier.get(rs.getString(2)), rs.getLong(1));
            }
        }
    }

    /** A product's associations after the association pass. */
    record AssociationChange(long productId, int expectedVersion, String identifier, Associations associations,
                             EnrichmentStatus status, List<FieldChange> changes) {
    }

    /** Stores new associations; answers the ids actually written (others changed meanwhile). */
    List<Long> writeAssociations(List<AssociationChange> changes, String author) {
        List<Long> written = new ArrayList<>();
        if (changes.isEmpty()) {
            return written;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("""
                     update product set associations = ?::jsonb, status = ?, updated_at = now(), updated_by = ?, version = version + 1
                     where id = ? and version = ?""")) {
            List<AssociationChange> applied = new ArrayList<>();
            for (AssociationChange change : changes) {
                update.setString(1, json(change.associations()));
                update.setString(2, change.status().code());
                update.setString(3, author);
                update.setLong(4, change.productId());
                update.setInt(5, change.expectedVersion());
                if (update.executeUpdate() == 1) {
                    written.add(change.productId());
                    applied.add(change);
                }
            }
            StringBuilder scratch = new StringBuilder(1024);
            List<HistoryBulkWriter.Written> history = new ArrayList<>(applied.size());
            for (AssociationChange change : applied) {
                history.add(new HistoryBulkWriter.Written(
                        historyEntry(scratch, change.identifier(), "updated", author, change.changes()), change.expectedVersion() + 1));
            }
            HistoryBulkWriter.copy(connection, history);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return written;
    }

    private Map<String, String> codes(String sql, Collection<String> codes) {
        Map<String, String> found = new HashMap<>();
        if (codes.isEmpty()) {
            return found;
        }
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setArray(1, connection.createArrayOf("text", lowered(codes)));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(1).toLowerCase(Locale.ROOT), rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    private static String[] lowered(Collection<String> codes) {
        return codes.stream().filter(java.util.Objects::nonNull).map(c -> c.toLowerCase(Locale.ROOT)).distinct().toArray(String[]::new);
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    static String json(Object value) {
        return JsonText.of(value);
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return DatabaseJsonFormat.MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return DatabaseJsonFormat.MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
