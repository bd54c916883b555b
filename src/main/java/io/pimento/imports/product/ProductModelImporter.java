package io.pimento.imports.product;

import io.pimento.catalog.attribute.Attribute;
import io.pimento.catalog.product.AssociationTargets;
import io.pimento.catalog.product.ModelLineages;
import io.pimento.catalog.product.ProductModel;
import io.pimento.catalog.product.ProductModelPayload;
import io.pimento.catalog.product.ProductModelResponse;
import io.pimento.catalog.product.ProductModelService;
import io.pimento.catalog.product.ProductValue;
import io.pimento.catalog.product.ProductValues;
import io.pimento.catalog.product.Written;
import io.pimento.catalog.product.schema.CatalogSchemas;
import io.pimento.catalog.product.schema.FamilyVariantSchema;
import io.pimento.csv.CsvRow;
import io.pimento.csv.ProductColumns;
import io.pimento.csv.CatalogFileType;
import io.pimento.imports.MediaCells;
import io.pimento.media.MediaStore;
import io.pimento.imports.RowByRowImporter;
import io.pimento.imports.RowOutcome;
import io.pimento.imports.RowRejectedException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports product models through {@link ProductModelService}, each row as a PATCH of the columns
 * present: the service applies the family variant's level rules, checks axes and references,
 * records history and refreshes the variants' completeness. Root models should come before their
 * sub-models in the file (Akeneo's exports do so). Associations are linked in a second pass.
 */
@ApplicationScoped
public class ProductModelImporter extends RowByRowImporter {

    private final CatalogSchemas schemas;
    private final ProductModelService models;
    private final ModelLineages lineages;
    private final MediaStore mediaStore;
    private ProductColumns columns;
    private Map<String, String> defaultUnits;

    ProductModelImporter(CatalogSchemas schemas, ProductModelService models, ModelLineages lineages, MediaStore mediaStore) {
        this.schemas = schemas;
        this.models = models;
        this.lineages = lineages;
        this.mediaStore = mediaStore;
    }

    @Override
    public CatalogFileType type() {
        return CatalogFileType.PRODUCT_MODELS;
    }

    @Override
    protected void prepare(List<String> header) {
        columns = ProductColumns.parse(header, schemas.current(), ProductColumns.Owner.PRODUCT_MODEL);
        defaultUnits = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                Attribute.<Attribute>list("metricFamily is not null").stream()
                        .filter(a -> a.defaultMetricUnit != null)
                        .collect(Collectors.toMap(a -> a.code, a -> a.defaultMetricUnit)));
    }

    @Override
    protected RowOutcome apply(CsvRow csvRow) {
        ContentRow row = new ContentRow(columns, csvRow);
        String code = row.identifier();
        Optional<ProductModel> existing = ProductModel.findByCode(code);
        // a sub-model's cells are read against what it inherits from its root model
        Optional<ProductModel> root = row.has(columns.parent())
                ? Optional.ofNullable(row.text(columns.parent())).flatMap(ProductModel::findByCode)
                : existing.filter(m -> m.parentId != null).map(m -> ProductModel.<ProductModel>findById(m.parentId));
        ProductValues current = root.map(r -> r.values).orElseGet(ProductValues::new)
                .mergedWith(existing.map(m -> m.values).orElseGet(ProductValues::new));
        String variantCode = row.has(columns.familyVariant()) && row.text(columns.familyVariant()) != null
                ? row.text(columns.familyVariant()) : existing.map(m -> m.familyVariant).orElse(null);
        FamilyVariantSchema variant = schemas.current().familyVariant(variantCode);
        boolean subModel = root.isPresent();
        List<String> problems = new ArrayList<>();
        MediaCells media = new MediaCells(mediaStore, currentRun().mediaRoot(), !currentRun().dryRun());
        Map<String, List<ProductValue>> values = row.values(current, defaultUnits::get, media::resolve,
                attribute -> subModel && variant != null && variant.levelOf(attribute) == 0, problems);
        if (!problems.isEmpty()) {
            throw new RowRejectedException(problems);
        }
        Set<String> fields = new LinkedHashSet<>();
        fields.add("values");
        String familyVariant = null;
        if (row.has(columns.familyVariant())) {
            familyVariant = row.text(columns.familyVariant());
            fields.add("family_variant");
        }
        String parent = null;
        if (row.has(columns.parent())) {
            parent = row.text(columns.parent());
            fields.add("parent");
        }
        List<String> categories = null;
        if (row.has(columns.categories())) {
            categories = row.codes(columns.categories());
            fields.add("categories");
        }
        Integer before = existing.map(m -> m.version).orElse(null);
        Written<ProductModelResponse> written = models.patch(code,
                new ProductModelPayload(code, familyVariant, parent, categories, values, null, null), fields, null);
        if (written.created()) {
            return RowOutcome.CREATED;
        }
        return before != null && written.resource().version() == before ? RowOutcome.UNCHANGED : RowOutcome.UPDATED;
    }

    @Override
    protected boolean needsSecondPass(CsvRow row) {
        return !columns.associations().isEmpty() && row.cells().size() == columns.header().size();
    }

    @Override
    protected void secondPass(CsvRow csvRow) {
        ContentRow row = new ContentRow(columns, csvRow);
        ProductModel model = ProductModel.findByCode(row.identifier()).orElse(null);
        if (model == null) {
            return;
        }
        Map<String, AssociationTargets> associations = row.associations(model.associations.asMap());
        models.patch(model.code, new ProductModelPayload(model.code, null, null, null, null, associations, null), Set.of("associations"), null);
    }

}
