package io.pimento.exports;

import io.agroal.api.AgroalDataSource;
import io.pimento.catalog.product.AssociationTargets;
import io.pimento.catalog.product.Lineage;
import io.pimento.catalog.product.ModelLineages;
import io.pimento.catalog.product.Product;
import io.pimento.catalog.product.ProductValues;
import io.pimento.catalog.product.schema.CatalogSchema;
import io.pimento.catalog.product.schema.CatalogSchemas;
import io.pimento.catalog.product.schema.ChannelSchema;
import io.pimento.catalog.product.schema.FamilySchema;
import io.pimento.common.BadRequestException;
import io.pimento.csv.CsvOutput;
import io.pimento.csv.Delimiter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.io.OutputStream;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Streams products as CSV in the dialect the importer reads, a page of products at a time (each
 * read in its own short transaction), so an export of any size holds one page in memory.
 * Variant products are written with the values and categories they inherit, as Akeneo does;
 * importing such a row back keeps them on the models.
 */
@ApplicationScoped
public class ProductExporter {

    private static final int PAGE = 500;

    private final CatalogSchemas schemas;
    private final ModelLineages lineages;
    private final AgroalDataSource dataSource;
    private final EntityManager em;

    ProductExporter(CatalogSchemas schemas, ModelLineages lineages, AgroalDataSource dataSource, EntityManager em) {
        this.schemas = schemas;
        this.lineages = lineages;
        this.dataSource = dataSource;
        this.em = em;
    }

    /** Checks the filter against the catalog before anything is streamed, so a bad filter is a 400, not a cut-off file. */
    public Export prepare(ProductFilter filter, Delimiter delimiter) {
        CatalogSchema schema = schemas.current();
        List<ChannelSchema> channels = new ArrayList<>(schema.channels());
        if (filter.channel() != null) {
            ChannelSchema channel = schema.channel(filter.channel());
            if (channel == null) {
                throw BadRequestException.of("channel", "channel '%s' does not exist".formatted(filter.channel()));
            }
            channels = List.of(channel);
        }
        Set<String> locales = new LinkedHashSet<>();
        channels.forEach(c -> locales.addAll(c.locales()));
        if (!filter.locales().isEmpty()) {
            for (String locale : filter.locales()) {
                if (!schema.isLocaleEnabled(locale)) {
                    throw BadRequestException.of("locales", "locale '%s' does not exist or is not enabled".formatted(locale));
                }
            }
            locales.retainAll(filter.locales());
            if (filter.channel() == null) {
                locales.addAll(filter.locales());
            }
        }
        for (String category : filter.categories()) {
            if (!schema.hasCategory(category)) {
                throw BadRequestException.of("category", "category '%s' does not exist".formatted(category));
            }
        }
        if (filter.completeness() != null && (filter.completeness() < 0 || filter.completeness() > 100)) {
            throw BadRequestException.of("completeness", "completeness is a percentage between 0 and 100");
        }
        List<String> channelCodes = channels.stream().map(ChannelSchema::code).toList();
        Conditions conditions = new Conditions(filter, subtree(filter.categories()), channelCodes, List.copyOf(locales));
        Collection<String> attributes;
        if (filter.families().isEmpty()) {
            // only the attributes the exported products can have: a catalog-wide header could run to thousands of columns
            attributes = attributesInUse(conditions);
        } else {
            Set<String> codes = new TreeSet<>();
            for (String code : filter.families()) {
                FamilySchema family = schema.family(code);
                if (family == null) {
                    throw BadRequestException.of("family", "family '%s' does not exist".formatted(code));
                }
                codes.addAll(family.attributes());
            }
            attributes = codes;
        }
        ValueColumns values = new ValueColumns(schema, attributes, channels, locales);
        List<String> associationTypes = associationTypeCodes();
        return new Export(schema, delimiter, values, associationTypes, conditions);
    }

    /** The attributes of the families of the products the conditions select, and those family-less products hold. */
    private Collection<String> attributesInUse(Conditions conditions) {
        CatalogSchema schema = schemas.current();
        Set<String> codes = new TreeSet<>();
        for (String family : conditions.strings("select distinct p.family from product p where p.family is not null")) {
            FamilySchema familySchema = schema.family(family);
            if (familySchema != null) {
                codes.addAll(familySchema.attributes());
            }
        }
        codes.addAll(conditions.strings("select distinct k from product p cross join lateral jsonb_object_keys(p.values) k where p.family is null"));
        return codes;
    }

    /** The categories with all their descendants. */
    private List<String> subtree(List<String> roots) {
        if (roots.isEmpty()) {
            return List.of();
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Set<String> codes = new TreeSet<>();
            for (String root : roots) {
                codes.addAll(em.createQuery("select c.code from Category c where c.path like concat('%/', :code, '/%')", String.class)
                        .setParameter("code", root).getResultList());
            }
            return List.copyOf(codes);
        });
    }

    /** A checked export, ready to stream. */
    public final class Export {
        private final CatalogSchema schema;
        private final Delimiter delimiter;
        private final ValueColumns values;
        private final List<String> associationTypes;
        private final Conditions conditions;

        private Export(CatalogSchema schema, Delimiter delimiter, ValueColumns values, List<String> associationTypes, Conditions conditions) {
            this.schema = schema;
            this.delimiter = delimiter;
            this.values = values;
            this.associationTypes = associationTypes;
            this.conditions = conditions;
        }

        public void writeTo(OutputStream out) {
            CsvOutput csv = new CsvOutput(out, delimiter);
            List<String> header = new ArrayList<>(List.of(schema.identifierAttribute(), "family", "parent", "categories", "enabled", "groups"));
            header.addAll(values.header());
            for (String type : associationTypes) {
                header.add(type + "-products");
                header.add(type + "-product_models");
                header.add(type + "-groups");
            }
            csv.header(header);
            long after = 0;
            while (true) {
                long from = after;
                List<List<String>> rows = new ArrayList<>();
                Long last = QuarkusTransaction.requiringNew().call(() -> page(from, rows));
                rows.forEach(csv::row);
                csv.flush();
                if (last == null) {
                    break;
                }
                after = last;
            }
            csv.flush();
        }

        /** Writes one page of rows; answers the last id, or null after the last page. */
        private Long page(long after, List<List<String>> rows) {
            List<Long> ids = conditions.ids(after, PAGE);
            if (ids.isEmpty()) {
                return null;
            }
            List<Product> products = Product.<Product>list("id in ?1 order by id", ids);
            Map<Long, Lineage> parents = lineages.of(products.stream().map(p -> p.parentId).filter(Objects::nonNull).distinct().toList());
            for (Product product : products) {
                Lineage parent = product.parentId == null ? null : parents.get(product.parentId);
                rows.add(row(product, parent));
            }
            em.clear();
            return ids.size() < PAGE ? null : ids.get(ids.size() - 1);
        }

        private List<String> row(Product product, Lineage parent) {
            ProductValues all = parent == null ? product.values : parent.values().mergedWith(product.values);
            TreeSet<String> categories = new TreeSet<>(product.categories);
            if (parent != null) {
                categories.addAll(parent.categories());
            }
            List<String> row = new ArrayList<>();
            row.add(product.identifier);
            row.add(Objects.toString(product.family, ""));
            row.add(parent == null ? "" : parent.model().code);
            row.add(String.join(",", categories));
            row.add(product.enabled ? "1" : "0");
            row.add(String.join(",", product.groups.stream().sorted().toList()));
            values.cells(all, row);
            for (String type : associationTypes) {
                AssociationTargets targets = product.associations.of(type);
                row.add(String.join(",", targets.products()));
                row.add(String.join(",", targets.productModels()));
                row.add(String.join(",", targets.groups()));
            }
            return row;
        }
    }

    /** The SQL conditions of a product filter; shared by the header's attribute lookup and the paged rows. */
    private final class Conditions {
        private final ProductFilter filter;
        private final List<String> categoryCodes;
        private final List<String> channels;
        private final List<String> locales;

        Conditions(ProductFilter filter, List<String> categoryCodes, List<String> channels, List<String> locales) {
            this.filter = filter;
            this.categoryCodes = categoryCodes;
            this.channels = channels;
            this.locales = locales;
        }

        List<Long> ids(long after, int limit) {
            List<Long> ids = new ArrayList<>(limit);
            query("select p.id from product p where p.id > ?", List.of(after), " order by p.id limit " + limit, rs -> ids.add(rs.getLong(1)));
            return ids;
        }

        /** The first column of a query over the selected products. */
        List<String> strings(String select) {
            List<String> values = new ArrayList<>();
            QuarkusTransaction.requiringNew().run(() -> query(select, List.of(), "", rs -> values.add(rs.getString(1))));
            return values;
        }

        private void query(String select, List<Object> leading, String tail, RowConsumer consumer) {
            StringBuilder sql = new StringBuilder(select);
            List<Object> parameters = new ArrayList<>(leading);
            if (!filter.families().isEmpty()) {
                sql.append(" and p.family = any(?)");
                parameters.add(filter.families().toArray(String[]::new));
            }
            if (filter.updatedSince() != null) {
                sql.append(" and p.updated_at >= ?");
                parameters.add(Timestamp.from(filter.updatedSince()));
            }
            if (filter.enabled() != null) {
                sql.append(" and p.enabled = ?");
                parameters.add(filter.enabled());
            }
            if (!filter.categories().isEmpty()) {
                String[] codes = categoryCodes.toArray(String[]::new);
                // a variant is in the categories of its models too
                sql.append(" and (p.categories ??| ? or p.parent_id in (select m.id from product_model m where m.categories ??| ?"
                        + " or m.parent_id in (select r.id from product_model r where r.categories ??| ?)))");
                parameters.add(codes);
                parameters.add(codes);
                parameters.add(codes);
            }
            if (filter.completeness() != null) {
                // complete enough on every exported channel and locale the product is measured on
                sql.append(" and exists (select 1 from jsonb_array_elements(p.completeness) e where e->>'channel' = any(?) and e->>'locale' = any(?))"
                        + " and not exists (select 1 from jsonb_array_elements(p.completeness) e where e->>'channel' = any(?)"
                        + " and e->>'locale' = any(?) and (e->>'ratio')::int < ?)");
                String[] channelArray = channels.toArray(String[]::new);
                String[] localeArray = locales.toArray(String[]::new);
                parameters.add(channelArray);
                parameters.add(localeArray);
                parameters.add(channelArray);
                parameters.add(localeArray);
                parameters.add(filter.completeness());
            }
            sql.append(tail);
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement statement = connection.prepareStatement(sql.toString())) {
                for (int i = 0; i < parameters.size(); i++) {
                    Object value = parameters.get(i);
                    if (value instanceof String[] array) {
                        statement.setArray(i + 1, connection.createArrayOf("text", array));
                    } else {
                        statement.setObject(i + 1, value);
                    }
                }
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        consumer.accept(rs);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @FunctionalInterface
    private interface RowConsumer {
        void accept(ResultSet rs) throws SQLException;
    }

    /** Association type codes, sorted: each gets its three columns. */
    static List<String> associationTypeCodes() {
        return QuarkusTransaction.requiringNew().call(() -> io.pimento.catalog.association.AssociationType.<io.pimento.catalog.association.AssociationType>listAll()
                .stream().map(t -> t.code).sorted().toList());
    }
}
