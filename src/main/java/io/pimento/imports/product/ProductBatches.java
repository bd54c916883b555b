package io.pimento.imports.product;

import io.pimento.catalog.attribute.Attribute;
import io.pimento.catalog.product.Associations;
import io.pimento.catalog.product.Completeness;
import io.pimento.catalog.product.EnrichmentStatus;
import io.pimento.catalog.product.Lineage;
import io.pimento.catalog.product.ModelLineages;
import io.pimento.catalog.product.ProductReferences;
import io.pimento.catalog.product.ProductValue;
import io.pimento.catalog.product.ProductValues;
import io.pimento.catalog.product.StatusPolicy;
import io.pimento.catalog.product.VariantRules;
import io.pimento.catalog.product.completeness.CompletenessCalculator;
import io.pimento.catalog.product.history.ProductChangeDetector;
import io.pimento.catalog.product.history.ProductSnapshot;
import io.pimento.catalog.product.schema.AttributeSchema;
import io.pimento.catalog.product.schema.CatalogSchema;
import io.pimento.catalog.product.schema.FamilySchema;
import io.pimento.catalog.product.schema.FamilyVariantSchema;
import io.pimento.catalog.product.validation.UniqueValueCheck;
import io.pimento.catalog.product.validation.ValidatedValues;
import io.pimento.catalog.product.validation.ValueUpdate;
import io.pimento.catalog.product.validation.ProductValueValidator;
import io.pimento.catalog.product.validation.ValuesPayload;
import io.pimento.common.FieldError;
import io.pimento.csv.ProductColumns;
import io.pimento.history.FieldChange;
import io.pimento.imports.MediaCells;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns batches of product rows into drafts, checking each row as the product API checks a PATCH
 * (same validator, variant rules, references, unique values, status policy, completeness and
 * change detection), with every lookup done once per batch. Holds what must be remembered across
 * batches: the models already loaded, and the axis combinations and unique values claimed by
 * earlier rows of the file, which the database cannot know of in a dry run.
 */
final class ProductBatches {

    /** The outcome of one batch: valid drafts and rejected rows with their reasons. */
    record Result(List<ProductDraft> drafts, Map<ContentRow, List<String>> rejected) {
    }

    private final CatalogSchema schema;
    private final ProductColumns columns;
    private final FileIndex index;
    private final ProductStore store;
    private final ModelLineages lineages;
    private final ProductReferences references;
    private final UniqueValueCheck uniqueValues;
    private final MediaCells media;
    private final boolean mayApprove;
    private final Map<String, String> defaultUnits;
    /** Unique attributes other than the identifier (whose uniqueness the identifier index keeps). */
    private final Set<String> uniqueAttributes;
    private final Map<Long, Lineage> lineageById = new HashMap<>();
    private final Map<String, Long> modelIdByCode = new HashMap<>();
    private final Map<Long, Map<List<Object>, String>> claimedAxes = new HashMap<>();
    /** Axis combinations taken by earlier rows of the batch being prepared. */
    private final Map<Long, Map<List<Object>, String>> batchAxes = new HashMap<>();
    private final Map<String, Map<Object, String>> claimedUniqueValues = new HashMap<>();

    ProductBatches(CatalogSchema schema, ProductColumns columns, FileIndex index, ProductStore store, ModelLineages lineages,
                   ProductReferences references, UniqueValueCheck uniqueValues, MediaCells media, boolean mayApprove) {
        this.schema = schema;
        this.columns = columns;
        this.index = index;
        this.store = store;
        this.lineages = lineages;
        this.references = references;
        this.uniqueValues = uniqueValues;
        this.media = media;
        this.mayApprove = mayApprove;
        this.defaultUnits = Attribute.<Attribute>list("metricFamily is not null").stream()
                .filter(a -> a.defaultMetricUnit != null)
                .collect(Collectors.toMap(a -> a.code, a -> a.defaultMetricUnit));
        this.uniqueAttributes = schema.attributes().stream()
                .filter(a -> a.unique() && !a.code().equals(schema.identifierAttribute()))
                .map(AttributeSchema::code).collect(Collectors.toUnmodifiableSet());
    }

    /** Checks a batch in the current transaction; nothing is written. */
    Result prepare(List<ContentRow> rows) {
        Map<ContentRow, List<String>> rejected = new LinkedHashMap<>();
        List<ContentRow> candidates = new ArrayList<>();
        for (ContentRow row : rows) {
            List<String> reasons = new ArrayList<>();
            if (row.row().cells().size() != columns.header().size()) {
                reasons.add("the row has %d cells but the header has %d columns".formatted(row.row().cells().size(), columns.header().size()));
            } else {
                Long first = index.duplicateOf(row.line());
                if (first != null) {
                    reasons.add("identifier '%s' is already on line %d: a product is imported once per file".formatted(row.identifier(), first));
                }
            }
            if (reasons.isEmpty()) {
                candidates.add(row);
            } else {
                rejected.put(row, reasons);
            }
        }
        Map<String, StoredProduct> existing = store.load(candidates.stream().map(ContentRow::identifier).filter(i -> !i.isBlank()).toList());
        loadModels(candidates, existing);
        Map<ContentRow, List<ValueUpdate>> uniqueUpdates = new LinkedHashMap<>();
        batchAxes.clear();
        List<ProductDraft> drafts = new ArrayList<>();
        for (ContentRow row : candidates) {
            List<String> reasons = new ArrayList<>();
            StoredProduct stored = existing.get(row.identifier().strip().toLowerCase(Locale.ROOT));
            ProductDraft draft = draft(row, stored, reasons, uniqueUpdates);
            if (reasons.isEmpty() && draft != null) {
                drafts.add(draft);
            } else {
                rejected.put(row, reasons);
            }
        }
        checkUniqueValues(drafts, uniqueUpdates, rejected);
        if (!columns.associations().isEmpty()) {
            checkAssociationTargets(drafts, rejected);
        }
        List<ProductDraft> valid = drafts.stream().filter(d -> !rejected.containsKey(d.row())).toList();
        valid.forEach(this::claim);
        return new Result(valid, rejected);
    }

    private ProductDraft draft(ContentRow row, StoredProduct stored, List<String> reasons, Map<ContentRow, List<ValueUpdate>> uniqueUpdates) {
        List<FieldError> errors = new ArrayList<>();
        String identifier = row.identifier();
        checkIdentifier(identifier, reasons);
        if (!reasons.isEmpty()) {
            return null;
        }
        if (stored != null) {
            identifier = stored.identifier(); // upsert by identifier, case-insensitively: the stored spelling stays
        }
        Lineage currentParent = stored == null || stored.parentId() == null ? null : lineageById.get(stored.parentId());
        Lineage parent = currentParent;
        boolean parentKnown = true;
        if (row.has(columns.parent())) {
            String code = row.text(columns.parent());
            parent = null;
            if (code != null) {
                Long id = modelIdByCode.get(code.toLowerCase(Locale.ROOT));
                parent = id == null ? null : lineageById.get(id);
                if (parent == null) {
                    parentKnown = false;
                    errors.add(new FieldError("parent", "product model '%s' does not exist".formatted(code)));
                }
            }
        }
        String family = row.has(columns.family()) ? row.text(columns.family()) : stored == null ? null : stored.family();
        FamilyVariantSchema variant = parent == null ? null : schema.familyVariant(parent.model().familyVariant);
        if (variant != null) {
            if (family == null) {
                family = variant.family();
            } else if (!family.equals(variant.family())) {
                errors.add(new FieldError("family", "a variant of product model '%s' must be in family '%s', not '%s'"
                        .formatted(parent.model().code, variant.family(), family)));
            }
            if (parent.level() + 1 != variant.depth()) {
                errors.add(new FieldError("parent", ("product model '%s' is a root model of family variant '%s', which has two levels: "
                        + "variant products belong to its sub-models").formatted(parent.model().code, variant.code())));
                parentKnown = false;
            }
        }
        FamilySchema familySchema = schema.family(family);
        if (family != null && familySchema == null) {
            errors.add(new FieldError("family", "family '%s' does not exist".formatted(family)));
        }
        boolean enabled = stored == null || stored.enabled();
        if (row.has(columns.enabled())) {
            Boolean given = row.enabled(reasons);
            enabled = given == null ? enabled : given;
        }
        List<String> categories = row.has(columns.categories())
                ? references.categories(row.codes(columns.categories()), schema, errors)
                : stored == null ? List.of() : stored.categories();
        if (parent != null) {
            List<String> inherited = parent.categories();
            categories = categories.stream().filter(c -> !inherited.contains(c)).toList();
        }
        List<String> groups = row.has(columns.groups())
                ? references.groups(row.codes(columns.groups()), schema, errors)
                : stored == null ? List.of() : stored.groups();

        ProductValues base = stored == null ? new ProductValues() : stored.values();
        ProductValues seen = parent == null ? base : parent.values().mergedWith(base);
        FamilyVariantSchema variantOfParent = variant;
        int rowLevel = parent == null ? 0 : parent.level() + 1;
        Map<String, List<ProductValue>> given = row.values(seen, defaultUnits::get, media::resolve,
                attribute -> variantOfParent != null && variantOfParent.levelOf(attribute) >= 0 && variantOfParent.levelOf(attribute) < rowLevel,
                reasons);
        ValidatedValues validated = ProductValueValidator.validate(ValuesPayload.ofProduct(identifier, family, given), schema);
        errors.addAll(validated.errors());
        ProductValues own = validated.applyTo(base);
        if (currentParent != null && parent == null) {
            own = currentParent.values().mergedWith(own);
        }
        String identifierAttribute = schema.identifierAttribute();
        own.put(identifierAttribute, null, null, identifier);
        if (stored != null && familySchema != null && !Objects.equals(family, stored.family())) {
            for (String attribute : own.asMap().keySet()) {
                if (!attribute.equals(identifierAttribute) && !given.containsKey(attribute) && !familySchema.hasAttribute(attribute)) {
                    errors.add(new FieldError("values." + attribute, ("attribute '%s' is not in family '%s': clear it in the same row "
                            + "(an empty cell), or keep the family").formatted(attribute, familySchema.code())));
                }
            }
        }
        if (variant != null && parentKnown) {
            int level = parent.level() + 1;
            List<String> modelCodes = parent.root() == null ? List.of(parent.model().code) : List.of(parent.root().code, parent.model().code);
            own = VariantRules.valuesOfLevel(own, parent.values(), variant, level, modelCodes, identifierAttribute, errors);
            int before = errors.size();
            VariantRules.requireAxes(own, variant, level, errors);
            if (errors.size() == before && !variant.level(level).axes().isEmpty()) {
                checkAxes(identifier, own, parent, variant, level, errors);
            }
        }
        if (!uniqueAttributes.isEmpty()) {
            uniqueUpdates.put(row, changedUniqueUpdates(validated, stored));
        }
        reasons.addAll(describe(errors));
        if (!reasons.isEmpty()) {
            return null;
        }
        ProductSnapshot before = stored == null ? null : new ProductSnapshot(stored.identifier(), stored.family(),
                currentParent == null ? null : currentParent.model().code, stored.enabled(), stored.status(), stored.categories(),
                stored.groups(), stored.values(), stored.associations());
        Associations associations = stored == null ? new Associations() : stored.associations();
        ProductSnapshot draft = new ProductSnapshot(identifier, family, parent == null ? null : parent.model().code, enabled,
                before == null ? EnrichmentStatus.DRAFT : before.status(), categories, groups, own, associations);
        List<FieldChange> changes = ProductChangeDetector.diff(before, draft);
        EnrichmentStatus status = StatusPolicy.next(before == null ? null : before.status(), null, !changes.isEmpty(), mayApprove);
        ProductSnapshot after = draft;
        if (status != draft.status()) {
            // a new product starts as a draft; an approved one an editor changes goes back to review
            after = new ProductSnapshot(identifier, family, draft.parent(), enabled, status, categories, groups, own, associations);
            changes = ProductChangeDetector.diff(before, after);
        }
        Completeness completeness = changes.isEmpty() ? null
                : CompletenessCalculator.compute(family, parent == null ? own : parent.values().mergedWith(own), schema);
        return new ProductDraft(row, stored, after, parent == null ? null : parent.model().id, completeness, changes);
    }

    /** Akeneo's identifier rules: required, at most 255 characters, no surrounding spaces, no line breaks or separators. */
    private static void checkIdentifier(String identifier, List<String> reasons) {
        if (identifier == null || identifier.isBlank()) {
            reasons.add("the identifier is required");
        } else if (identifier.length() > 255) {
            reasons.add("identifier is longer than 255 characters");
        } else if (!identifier.equals(identifier.strip())) {
            reasons.add("identifier '%s' starts or ends with spaces".formatted(identifier));
        } else if (identifier.chars().anyMatch(c -> c < 0x20 || c == '/' || c == ',' || c == ';')) {
            reasons.add("identifier '%s' contains a line break, a control character, '/', ',' or ';'".formatted(identifier));
        }
    }

    /** The models the batch's rows name or belong to, loaded once per job. */
    private void loadModels(List<ContentRow> rows, Map<String, StoredProduct> existing) {
        Set<String> codes = new HashSet<>();
        if (columns.parent() >= 0) {
            for (ContentRow row : rows) {
                String code = row.text(columns.parent());
                if (code != null && !modelIdByCode.containsKey(code.toLowerCase(Locale.ROOT))) {
                    codes.add(code);
                }
            }
        }
        if (!codes.isEmpty()) {
            modelIdByCode.putAll(store.modelIds(codes));
        }
        Set<Long> ids = new HashSet<>();
        modelIdByCode.values().stream().filter(id -> !lineageById.containsKey(id)).forEach(ids::add);
        existing.values().stream().map(StoredProduct::parentId).filter(Objects::nonNull)
                .filter(id -> !lineageById.containsKey(id)).forEach(ids::add);
        if (!ids.isEmpty()) {
            lineageById.putAll(lineages.of(ids));
        }
    }

    /** A variant's axis values must differ from its siblings', stored or earlier in the file. */
    private void checkAxes(String identifier, ProductValues own, Lineage parent, FamilyVariantSchema variant, int level, List<FieldError> errors) {
        List<Object> key = VariantRules.axisKey(own, variant.level(level));
        Map<List<Object>, String> taken = axesOf(parent.model().id, variant, level);
        String holder = taken.get(key);
        if (holder == null || holder.equalsIgnoreCase(identifier)) {
            holder = batchAxes.getOrDefault(parent.model().id, Map.of()).get(key);
        }
        if (holder != null && !holder.equalsIgnoreCase(identifier)) {
            errors.add(new FieldError("values." + variant.level(level).axes().get(0), "product '%s' is already the variant of product model '%s' with %s"
                    .formatted(holder, parent.model().code, VariantRules.describeKey(variant.level(level), key))));
        } else {
            batchAxes.computeIfAbsent(parent.model().id, id -> new HashMap<>()).put(key, identifier);
        }
    }

    private Map<List<Object>, String> axesOf(long parentId, FamilyVariantSchema variant, int level) {
        return claimedAxes.computeIfAbsent(parentId, id -> {
            Map<List<Object>, String> keys = new HashMap<>();
            store.variantsOf(List.of(id)).getOrDefault(id, List.of())
                    .forEach(e -> keys.put(VariantRules.axisKey(e.getValue(), variant.level(level)), e.getKey()));
            return keys;
        });
    }

    private void claim(ProductDraft draft) {
        ProductSnapshot after = draft.after();
        if (draft.parentId() != null) {
            Lineage parent = lineageById.get(draft.parentId());
            FamilyVariantSchema variant = schema.familyVariant(parent.model().familyVariant);
            if (variant != null) {
                int level = parent.level() + 1;
                axesOf(draft.parentId(), variant, level).put(VariantRules.axisKey(after.values(), variant.level(level)), after.identifier());
            }
        }
        for (String attribute : uniqueAttributes) {
            after.values().asMap().getOrDefault(attribute, List.of())
                    .forEach(v -> claimedUniqueValues.computeIfAbsent(attribute, k -> new HashMap<>()).put(v.data(), after.identifier()));
        }
    }

    private static List<ValueUpdate> changedUniqueUpdates(ValidatedValues validated, StoredProduct stored) {
        return validated.updates().stream()
                .filter(u -> !u.clears())
                .filter(u -> stored == null || !stored.values().find(u.attribute(), u.locale(), u.scope())
                        .map(v -> Objects.equals(v.data(), u.data())).orElse(false))
                .toList();
    }

    /** Unique attributes: one query per attribute for the batch, and the values earlier rows took. */
    private void checkUniqueValues(List<ProductDraft> drafts, Map<ContentRow, List<ValueUpdate>> updates, Map<ContentRow, List<String>> rejected) {
        if (uniqueAttributes.isEmpty()) {
            return;
        }
        Map<String, Set<Object>> wanted = new HashMap<>();
        Set<Long> writtenIds = new HashSet<>();
        for (ProductDraft draft : drafts) {
            if (draft.existing() != null) {
                writtenIds.add(draft.existing().id());
            }
            for (ValueUpdate u : updates.getOrDefault(draft.row(), List.of())) {
                if (uniqueAttributes.contains(u.attribute())) {
                    wanted.computeIfAbsent(u.attribute(), k -> new LinkedHashSet<>()).add(u.data());
                }
            }
        }
        if (wanted.isEmpty()) {
            return;
        }
        Map<String, Map<Object, String>> holders = new HashMap<>();
        wanted.forEach((attribute, data) -> holders.put(attribute, uniqueValues.holders(attribute, data, writtenIds)));
        Map<String, Map<Object, String>> inBatch = new HashMap<>();
        for (ProductDraft draft : drafts) {
            for (ValueUpdate u : updates.getOrDefault(draft.row(), List.of())) {
                Map<Object, String> held = holders.get(u.attribute());
                if (held == null) {
                    continue;
                }
                String me = draft.identifier();
                String holder = Optional.ofNullable(held.get(u.data()))
                        .or(() -> Optional.ofNullable(claimedUniqueValues.getOrDefault(u.attribute(), Map.of()).get(u.data())))
                        .or(() -> Optional.ofNullable(inBatch.getOrDefault(u.attribute(), Map.of()).get(u.data())))
                        .filter(h -> !h.equalsIgnoreCase(me))
                        .orElse(null);
                if (holder != null) {
                    rejected.computeIfAbsent(draft.row(), r -> new ArrayList<>()).add("%s: attribute '%s' is unique and product '%s' already has the value %s"
                            .formatted(u.dataField(), u.attribute(), holder, u.data() instanceof String s ? "'" + s + "'" : u.data()));
                } else {
                    inBatch.computeIfAbsent(u.attribute(), k -> new HashMap<>()).put(u.data(), me);
                }
            }
        }
    }

    /**
     * Association targets are written after every row (so a row may point further down the file),
     * but checked now: each must exist already, or be a row of this file.
     */
    private void checkAssociationTargets(List<ProductDraft> drafts, Map<ContentRow, List<String>> rejected) {
        Set<String> products = new HashSet<>();
        Set<String> models = new HashSet<>();
        for (ProductDraft draft : drafts) {
            for (ProductColumns.AssociationColumn column : columns.associations()) {
                List<String> codes = draft.row().codes(column.index());
                switch (column.kind()) {
                    case PRODUCTS -> products.addAll(codes);
                    case PRODUCT_MODELS -> models.addAll(codes);
                    default -> {
                    }
                }
            }
        }
        Map<String, String> knownProducts = store.existingIdentifiers(products);
        Map<String, String> knownModels = store.existingModelCodes(models);
        for (ProductDraft draft : drafts) {
            List<String> reasons = new ArrayList<>();
            for (ProductColumns.AssociationColumn column : columns.associations()) {
                String name = column.type() + "-" + column.kind().suffix();
                for (String code : draft.row().codes(column.index())) {
                    String key = code.toLowerCase(Locale.ROOT);
                    boolean exists = switch (column.kind()) {
                        case PRODUCTS -> knownProducts.containsKey(key) || index.holds(code);
                        case PRODUCT_MODELS -> knownModels.containsKey(key);
                        case GROUPS -> schema.hasGroup(code);
                    };
                    if (!exists) {
                        reasons.add("%s: %s '%s' does not exist%s".formatted(name, switch (column.kind()) {
                            case PRODUCTS -> "product";
                            case PRODUCT_MODELS -> "product model";
                            case GROUPS -> "group";
                        }, code, column.kind() == ProductColumns.TargetKind.PRODUCTS ? " and is not in this file" : ""));
                    }
                }
            }
            if (!reasons.isEmpty()) {
                rejected.computeIfAbsent(draft.row(), r -> new ArrayList<>()).addAll(reasons);
            }
        }
    }

    static List<String> describe(List<FieldError> errors) {
        List<String> reasons = new ArrayList<>(errors.size());
        for (FieldError error : errors) {
            reasons.add(error.field() == null || error.field().isBlank() ? error.message() : error.field() + ": " + error.message());
        }
        return reasons;
    }
}
