package io.pimento.exports;

import io.pimento.catalog.product.AssociationTargets;
import io.pimento.catalog.product.Lineage;
import io.pimento.catalog.product.ModelLineages;
import io.pimento.catalog.product.ProductModel;
import io.pimento.catalog.product.schema.CatalogSchema;
import io.pimento.catalog.product.schema.CatalogSchemas;
import io.pimento.catalog.product.schema.ChannelSchema;
import io.pimento.csv.CsvOutput;
import io.pimento.csv.Delimiter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Streams product models as CSV, root models before their sub-models (the order the importer
 * needs), each with its own values and categories only, as Akeneo exports them.
 */
@ApplicationScoped
public class ProductModelExporter {

    private static final int PAGE = 500;

    private final CatalogSchemas schemas;
    private final ModelLineages lineages;
    private final EntityManager em;

    ProductModelExporter(CatalogSchemas schemas, ModelLineages lineages, EntityManager em) {
        this.schemas = schemas;
        this.lineages = lineages;
        this.em = em;
    }

    public void write(OutputStream out, Delimiter delimiter) {
        CatalogSchema schema = schemas.current();
        List<ChannelSchema> channels = new ArrayList<>(schema.channels());
        Set<String> locales = new LinkedHashSet<>();
        channels.forEach(c -> locales.addAll(c.locales()));
        ValueColumns values = new ValueColumns(schema, schema.attributes().stream().map(a -> a.code()).toList(), channels, locales);
        List<String> associationTypes = ProductExporter.associationTypeCodes();
        CsvOutput csv = new CsvOutput(out, delimiter);
        List<String> header = new ArrayList<>(List.of("code", "family_variant", "parent", "categories"));
        header.addAll(values.header());
        for (String type : associationTypes) {
            header.add(type + "-products");
            header.add(type + "-product_models");
            header.add(type + "-groups");
        }
        csv.header(header);
        for (boolean roots : new boolean[]{true, false}) {
            long after = 0;
            while (after >= 0) {
                long from = after;
                List<List<String>> rows = new ArrayList<>();
                after = QuarkusTransaction.requiringNew().call(() -> {
                    List<ProductModel> models = ProductModel.<ProductModel>find(
                            (roots ? "parentId is null" : "parentId is not null") + " and id > ?1 order by id", from).page(0, PAGE).list();
                    Map<Long, Lineage> parents = lineages.of(models.stream().map(m -> m.parentId).filter(java.util.Objects::nonNull).distinct().toList());
                    for (ProductModel model : models) {
                        List<String> row = new ArrayList<>();
                        row.add(model.code);
                        row.add(model.familyVariant);
                        Lineage parent = model.parentId == null ? null : parents.get(model.parentId);
                        row.add(parent == null ? "" : parent.model().code);
                        row.add(String.join(",", model.categories.stream().sorted().toList()));
                        values.cells(model.values, row);
                        for (String type : associationTypes) {
                            AssociationTargets targets = model.associations.of(type);
                            row.add(String.join(",", targets.products()));
                            row.add(String.join(",", targets.productModels()));
                            row.add(String.join(",", targets.groups()));
                        }
                        rows.add(row);
                    }
                    em.clear();
                    return models.size() < PAGE ? -1L : models.get(models.size() - 1).id;
                });
                rows.forEach(csv::row);
                csv.flush();
            }
        }
        csv.flush();
    }
}
