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
        Collection<String> attributes;
        if (filter.families().isEmpty()) {
            attributes = schema.attributes().stream().map(a -> a.code()).toList();
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
        for (String category : filter.categories()) {
            if (!schema.hasCategory(category)) {
                throw BadRequestException.of("category", "category '%s' does not exist".formatted(category));
            }
        }
        if (filter.completeness() != null && (filter.completeness() < 0 || filter.completeness() > 100)) {
            throw BadRequestException.of("completeness", "completeness is a percentage between 0 and 100");
        }
        ValueColumns values = new ValueColumns(schema, attributes, channels, locales);
        List<String> associationTypes = associationTypeCodes();
        return new Export(schema, filter, delimiter, values, associationTypes,
                channels.stream().map(ChannelSchema::code).toList(), List.copyOf(locales));
    }

    /** A checked export, ready to stream. */
    public final class Export {
        private final CatalogSchema schema;
        private final ProductFilter filter;
        private final Delimiter delimiter;
        private final ValueColumns values;
        private final List<String> associationTypes;
        private final List<String> channels;
        private final List<String> locales;

        private Export(CatalogSchema schema, ProductFilter filter, Delimiter delimiter, ValueColumns values, List<String> associationTypes,
                       List<String> channels, List<String> locales) {
            this.schema = schema;
            this.filter = filter;
            this.delimiter = delimiter;
            this.values = values;
            this.associationTypes = associationTypes;
            this.channels = channels;
            this.locales = locales;
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
            List<String> categoryCodes = subtree(filter.categories());
            long after = 0;
            while (true) {
                long from = after;
                List<List<String>> rows = new ArrayList<>();
                Long last = QuarkusTransaction.requiringNew().call(() -> page(from, categoryCodes, rows));
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
        private Long page(long after, List<String> categoryCodes, List<List<String>> rows) {
            List<Long> ids = ids(after, categoryCodes);
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

        private List<Long> ids(long after, List<String> categoryCodes) {
            StringBuilder sql = new StringBuilder("select p.id from product p where p.id > ?");
            List<Object> parameters = new ArrayList<>();
            parameters.add(after);
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
            sql.append(" order by p.id limit ").append(PAGE);
            List<Long> ids = new ArrayList<>(PAGE);
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement select = connection.prepareStatement(sql.toString())) {
                for (int i = 0; i < parameters.size(); i++) {
                    Object value = parameters.get(i);
                    if (value instanceof String[] array) {
                        Array sqlArray = connection.createArrayOf("text", array);
                        select.setArray(i + 1, sqlArray);
                    } else {
                        select.setObject(i + 1, value);
                    }
                }
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return ids;
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
    }


    /** Association type codes, sorted: each gets its three columns. */
    static List<String> associationTypeCodes() {
        return QuarkusTransaction.requiringNew().call(() -> io.pimento.catalog.association.AssociationType.<io.pimento.catalog.association.AssociationType>listAll()
                .stream().map(t -> t.code).sorted().toList());
    }
}
