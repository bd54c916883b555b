package io.pimento.catalog.product;

import io.pimento.common.IfMatch;
import io.pimento.catalog.product.completeness.CompletenessRefresher;
import io.pimento.history.HistoryEntryPayload;
import io.pimento.catalog.product.history.ProductChangeDetector;
import io.pimento.catalog.product.history.ProductModelSnapshot;
import io.pimento.history.HistoryReader;
import io.pimento.catalog.product.schema.CatalogSchema;
import io.pimento.catalog.product.schema.CatalogSchemas;
import io.pimento.catalog.product.schema.FamilyVariantSchema;
import io.pimento.catalog.product.validation.ProductValueValidator;
import io.pimento.catalog.product.validation.ValidatedValues;
import io.pimento.catalog.product.validation.ValuesPayload;
import io.pimento.common.ConflictException;
import io.pimento.common.Cursor;
import io.pimento.common.FieldError;
import io.pimento.common.InvalidDataException;
import io.pimento.common.NotFoundException;
import io.pimento.common.Page;
import io.pimento.history.FieldChange;
import io.pimento.history.HistoryRecorder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Product models: the common part of a set of variant products (root model), and for two-level
 * family variants the sub-models between them. A change of a model changes what its variant
 * products inherit: their completeness is recomputed and {@link ProductsChanged} names them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class ProductModelService {

    public static final String RESOURCE_TYPE = "product_model";

    private final CatalogSchemas schemas;
    private final ProductReferences references;
    private final ModelLineages lineages;
    private final CompletenessRefresher completeness;
    private final AssociationCleanup associationCleanup;
    private final HistoryRecorder history;
    private final HistoryReader historyReader;
    private final Event<ProductsChanged> productsChanged;
    private final EntityManager em;

    ProductModelService(CatalogSchemas schemas, ProductReferences references, ModelLineages lineages, CompletenessRefresher completeness,
                        AssociationCleanup associationCleanup, HistoryRecorder history, HistoryReader historyReader,
                        Event<ProductsChanged> productsChanged,
                        EntityManager em) {
        this.schemas = schemas;
        this.references = references;
        this.lineages = lineages;
        this.completeness = completeness;
        this.associationCleanup = associationCleanup;
        this.history = history;
        this.historyReader = historyReader;
        this.productsChanged = productsChanged;
        this.em = em;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProductModelResponse get(String code) {
        ProductModel model = find(code);
        return toResponse(lineages.of(model));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ProductModelResponse> list(Integer limit, String after) {
        int size = Cursor.limit(limit);
        List<ProductModel> models = ProductModel.<ProductModel>find("id > ?1 order by id", Cursor.id(after, 0)).page(0, size + 1).list();
        boolean more = models.size() > size;
        List<ProductModel> page = more ? models.subList(0, size) : models;
        Map<Long, Lineage> all = lineages.of(page.stream().map(m -> m.id).toList());
        List<ProductModelResponse> items = page.stream().map(m -> toResponse(all.get(m.id))).toList();
        return Page.of(items, more ? Cursor.encode(String.valueOf(page.get(page.size() - 1).id)) : null);
    }

    /** The models with these ids, in the order given (deleted ones skipped): for adapters that select models their own way. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProductModelResponse> getAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Lineage> all = lineages.of(ids);
        return ids.stream().map(all::get).filter(java.util.Objects::nonNull).map(this::toResponse).toList();
    }

    /** The model's history, newest first; still readable after the model was deleted. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<HistoryEntryPayload> history(String code, Integer limit, String after) {
        if (ProductModel.findByCode(code).isEmpty() && !historyReader.exists(RESOURCE_TYPE, code)) {
            throw NotFoundException.of("product model", code);
        }
        return historyReader.page(RESOURCE_TYPE, code, limit, after);
    }

    public Written<ProductModelResponse> create(ProductModelPayload body) {
        return write(ProductService.Mode.CREATE, null, body, Set.of(), null);
    }

    public Written<ProductModelResponse> replace(String code, ProductModelPayload body, Integer ifMatch) {
        return write(ProductService.Mode.REPLACE, code, body, Set.of(), ifMatch);
    }

    public Written<ProductModelResponse> patch(String code, ProductModelPayload body, Set<String> fields, Integer ifMatch) {
        return write(ProductService.Mode.PATCH, code, body, fields, ifMatch);
    }

    /** Deletes the model with everything below it (sub-models and variant products), as Akeneo does. */
    public void delete(String code, Integer ifMatch) {
        ProductModel model = find(code);
        IfMatch.check("product model", model.code, model.version, ifMatch, null);
        List<ProductModel> subModels = ProductModel.list("parentId = ?1", model.id);
        List<Long> modelIds = new ArrayList<>(subModels.stream().map(m -> m.id).toList());
        modelIds.add(model.id);
        List<Product> variants = Product.list("parentId in ?1", modelIds);
        Set<Long> deletedProducts = new LinkedHashSet<>();
        for (Product product : variants) {
            deletedProducts.add(product.id);
            product.delete();
        }
        subModels.forEach(ProductModel::delete);
        em.flush();
        model.delete();
        em.flush();
        for (Product product : variants) {
            history.deleted(ProductService.RESOURCE_TYPE, product.identifier, product.version);
            associationCleanup.productRemoved(product.identifier);
        }
        for (ProductModel subModel : subModels) {
            history.deleted(RESOURCE_TYPE, subModel.code, subModel.version);
            associationCleanup.productModelRemoved(subModel.code);
        }
        history.deleted(RESOURCE_TYPE, model.code, model.version);
        associationCleanup.productModelRemoved(model.code);
        if (!deletedProducts.isEmpty()) {
            productsChanged.fire(BulkWriter.changed(deletedProducts));
        }
    }

    private Written<ProductModelResponse> write(ProductService.Mode mode, String pathCode, ProductModelPayload body, Set<String> fields,
                                                Integer ifMatch) {
        CatalogSchema schema = schemas.current();
        ProductModel model = null;
        if (mode == ProductService.Mode.CREATE) {
            if (body.code() != null && ProductModel.findByCode(body.code()).isPresent()) {
                throw new ConflictException("product model '%s' already exists".formatted(body.code()),
                        List.of(new FieldError("code", "product model '%s' already exists".formatted(body.code()))));
            }
        } else {
            model = ProductModel.findByCode(pathCode).orElse(null);
        }
        IfMatch.check("product model", model != null ? model.code : pathCode != null ? pathCode : body.code(),
                model == null ? null : model.version, ifMatch, body.version());
        boolean creating = model == null;
        Predicate<String> given = creating || mode != ProductService.Mode.PATCH ? field -> true : fields::contains;
        Lineage current = creating ? null : lineages.of(model);
        ProductModelSnapshot before = creating ? null : snapshot(current);
        List<FieldError> errors = new ArrayList<>();

        String code = code(mode, pathCode, body, model, errors);
        String familyVariantCode = creating ? body.familyVariant() : model.familyVariant;
        if (!creating && body.familyVariant() != null && !body.familyVariant().equals(model.familyVariant)) {
            errors.add(new FieldError("family_variant", "the family variant of a product model cannot change (it is '%s')"
                    .formatted(model.familyVariant)));
        }
        FamilyVariantSchema variant = schema.familyVariant(familyVariantCode);
        if (familyVariantCode == null) {
            errors.add(new FieldError("family_variant", "family_variant is required"));
        } else if (variant == null) {
            errors.add(new FieldError("family_variant", "family variant '%s' does not exist".formatted(familyVariantCode)));
        }

        ProductModel parent = current == null ? null : current.root();
        if (given.test("parent")) {
            parent = null;
            if (body.parent() != null) {
                parent = ProductModel.findByCode(body.parent()).orElse(null);
                if (parent == null) {
                    errors.add(new FieldError("parent", "product model '%s' does not exist".formatted(body.parent())));
                }
            }
        }
        boolean parentValid = checkParent(model, parent, variant, errors);

        List<String> categories = given.test("categories") ? references.categories(body.categories(), schema, errors) : model.categories;
        if (parent != null) {
            List<String> inherited = parent.categories;
            categories = categories.stream().filter(c -> !inherited.contains(c)).toList();
        }
        Associations associations = creating ? new Associations() : model.associations;
        if (given.test("associations")) {
            Associations checked = references.associations(body.associations(), schema, errors);
            if (creating || mode != ProductService.Mode.PATCH) {
                associations = checked;
            } else {
                Associations merged = new Associations(associations.asMap());
                body.associations().keySet().forEach(type -> merged.put(type, checked.of(type)));
                associations = merged;
            }
        }

        Map<String, List<ProductValue>> givenValues = given.test("values") && body.values() != null ? body.values() : Map.of();
        ValidatedValues validated = ProductValueValidator.validate(
                ValuesPayload.ofProductModel(variant == null ? null : variant.family(), givenValues), schema);
        errors.addAll(validated.errors());
        ProductValues own = creating || mode != ProductService.Mode.PATCH ? validated.toValues() : validated.applyTo(model.values);
        if (variant != null && parentValid) {
            own = checkLevel(model, own, parent, variant, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidDataException(errors);
        }

        ProductModelSnapshot after = new ProductModelSnapshot(code, familyVariantCode, parent == null ? null : parent.code, categories, own,
                associations);
        List<FieldChange> changes = ProductChangeDetector.diff(before, after);
        if (!creating && changes.isEmpty()) {
            return new Written<>(toResponse(current), false);
        }
        return new Written<>(store(model, after, parent, schema, changes), creating);
    }

    private ProductModelResponse store(ProductModel existing, ProductModelSnapshot after, ProductModel parent, CatalogSchema schema,
                                       List<FieldChange> changes) {
        boolean creating = existing == null;
        ProductModel model = creating ? new ProductModel() : existing;
        String author = history.currentAuthor();
        Instant now = Instant.now();
        model.code = after.code();
        model.familyVariant = after.familyVariant();
        model.parentId = parent == null ? null : parent.id;
        model.categories = new ArrayList<>(after.categories());
        model.values = after.values();
        model.associations = after.associations();
        model.updatedAt = now;
        model.updatedBy = author;
        try {
            if (creating) {
                model.createdAt = now;
                model.createdBy = author;
                model.persist();
            }
            em.flush();
        } catch (RuntimeException e) {
            throw duplicateOr(e, model.code);
        }
        if (creating) {
            history.created(RESOURCE_TYPE, model.code, model.version, changes);
        } else {
            history.updated(RESOURCE_TYPE, model.code, model.version, changes);
            Set<Long> variants = variantProductIds(model);
            if (!variants.isEmpty()) {
                completeness.refresh(variants, schema);
                productsChanged.fire(BulkWriter.changed(variants));
            }
        }
        return toResponse(lineages.of(model));
    }

    /** A sub-model's parent is a root model of the same two-level family variant. */
    private boolean checkParent(ProductModel model, ProductModel parent, FamilyVariantSchema variant, List<FieldError> errors) {
        if (parent == null || variant == null) {
            return variant != null;
        }
        boolean valid = true;
        if (parent.parentId != null) {
            errors.add(new FieldError("parent", "product model '%s' is itself a sub-model: a sub-model's parent must be a root model".formatted(parent.code)));
            valid = false;
        }
        if (!parent.familyVariant.equals(variant.code())) {
            errors.add(new FieldError("parent", "product model '%s' is of family variant '%s', not '%s'".formatted(parent.code, parent.familyVariant, variant.code())));
            valid = false;
        }
        if (variant.depth() < 2) {
            errors.add(new FieldError("parent", "family variant '%s' has one level: its product models have no parent, variant products do".formatted(variant.code())));
            valid = false;
        }
        if (model != null && parent.id.equals(model.id)) {
            errors.add(new FieldError("parent", "a product model cannot be its own parent"));
            valid = false;
        }
        if (model != null && model.parentId == null && ProductModel.count("parentId = ?1", model.id) > 0) {
            errors.add(new FieldError("parent", "product model '%s' has sub-models, so it stays a root model".formatted(model.code)));
            valid = false;
        }
        return valid;
    }

    /** Root models hold the common attributes, sub-models the level-1 ones, with their axes set and unique among siblings. */
    private ProductValues checkLevel(ProductModel model, ProductValues own, ProductModel parent, FamilyVariantSchema variant, List<FieldError> errors) {
        if (parent == null) {
            return VariantRules.valuesOfLevel(own, new ProductValues(), variant, 0, List.of(), null, errors);
        }
        ProductValues kept = VariantRules.valuesOfLevel(own, parent.values, variant, 1, List.of(parent.code), null, errors);
        int before = errors.size();
        VariantRules.requireAxes(kept, variant, 1, errors);
        if (errors.size() == before) {
            List<Object> key = VariantRules.axisKey(kept, variant.level(1));
            List<Object[]> siblings = em.createQuery("select m.code, m.values from ProductModel m where m.parentId = ?1 and m.id <> ?2", Object[].class)
                    .setParameter(1, parent.id)
                    .setParameter(2, model == null ? -1L : model.id)
                    .getResultList();
            siblings.stream()
                    .filter(row -> key.equals(VariantRules.axisKey((ProductValues) row[1], variant.level(1))))
                    .findFirst()
                    .ifPresent(row -> errors.add(new FieldError("values." + variant.level(1).axes().get(0),
                            "product model '%s' is already the sub-model of '%s' with %s".formatted(row[0], parent.code,
                                    VariantRules.describeKey(variant.level(1), key)))));
        }
        return kept;
    }

    private String code(ProductService.Mode mode, String pathCode, ProductModelPayload body, ProductModel model, List<FieldError> errors) {
        String code = body.code() != null ? body.code() : model != null ? model.code : pathCode;
        ProductIdentifiers.check("code", "code", code, errors);
        if (code == null) {
            return null;
        }
        if (model != null && !code.equals(model.code)) {
            errors.add(new FieldError("code", "the code of a product model cannot change (it is '%s')".formatted(model.code)));
            return model.code;
        }
        if (mode != ProductService.Mode.CREATE && model == null && !code.equalsIgnoreCase(pathCode)) {
            errors.add(new FieldError("code", "code '%s' differs from '%s' in the URL".formatted(code, pathCode)));
        }
        return code;
    }

    /** Ids of the variant products below the model (directly, or through its sub-models). */
    private Set<Long> variantProductIds(ProductModel model) {
        List<Long> modelIds = new ArrayList<>(em.createQuery("select m.id from ProductModel m where m.parentId = ?1", Long.class)
                .setParameter(1, model.id).getResultList());
        modelIds.add(model.id);
        return new LinkedHashSet<>(em.createQuery("select p.id from Product p where p.parentId in ?1 order by p.id", Long.class)
                .setParameter(1, modelIds).getResultList());
    }

    private static RuntimeException duplicateOr(RuntimeException e, String code) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
                    && "product_model_code_uk".equals(violation.getConstraintName())) {
                return new ConflictException("product model '%s' already exists".formatted(code),
                        List.of(new FieldError("code", "product model '%s' already exists".formatted(code))));
            }
        }
        return e;
    }

    ProductModel find(String code) {
        return ProductModel.findByCode(code).orElseThrow(() -> NotFoundException.of("product model", code));
    }

    private static ProductModelSnapshot snapshot(Lineage lineage) {
        ProductModel model = lineage.model();
        return new ProductModelSnapshot(model.code, model.familyVariant, lineage.root() == null ? null : lineage.root().code,
                model.categories, model.values, model.associations);
    }

    private ProductModelResponse toResponse(Lineage lineage) {
        ProductModel model = lineage.model();
        FamilyVariantSchema variant = schemas.current().familyVariant(model.familyVariant);
        return new ProductModelResponse(model.code, variant == null ? null : variant.family(), model.familyVariant,
                lineage.root() == null ? null : lineage.root().code, lineage.categories(), lineage.values().asMap(),
                model.associations.asMap(), model.version, model.createdAt, model.updatedAt);
    }
}
