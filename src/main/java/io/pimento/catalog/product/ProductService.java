package io.pimento.catalog.product;

import io.pimento.common.IfMatch;
import io.pimento.catalog.product.completeness.CompletenessCalculator;
import io.pimento.history.HistoryEntryPayload;
import io.pimento.catalog.product.history.ProductChangeDetector;
import io.pimento.catalog.product.history.ProductSnapshot;
import io.pimento.history.HistoryReader;
import io.pimento.catalog.product.schema.CatalogSchema;
import io.pimento.catalog.product.schema.CatalogSchemas;
import io.pimento.catalog.product.schema.FamilySchema;
import io.pimento.catalog.product.schema.FamilyVariantSchema;
import io.pimento.catalog.product.validation.ProductValueValidator;
import io.pimento.catalog.product.validation.UniqueValueCheck;
import io.pimento.catalog.product.validation.ValidatedValues;
import io.pimento.catalog.product.validation.ValueUpdate;
import io.pimento.catalog.product.validation.ValuesPayload;
import io.pimento.common.ConflictException;
import io.pimento.common.Cursor;
import io.pimento.common.FieldError;
import io.pimento.common.InvalidDataException;
import io.pimento.common.NotFoundException;
import io.pimento.common.Page;
import io.pimento.history.FieldChange;
import io.pimento.history.HistoryRecorder;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Products: reads, and writes that validate against the catalog structure, compute completeness,
 * record history and announce the change ({@link ProductsChanged}) in one transaction. A write
 * that changes nothing stores nothing: no new version, no history, no event.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class ProductService {

    public static final String RESOURCE_TYPE = "product";
    /** The history slot of a status change's comment. */
    public static final String COMMENT = "comment";

    /** POST creates only; PUT creates or replaces; PATCH creates or merges the given fields. */
    enum Mode { CREATE, REPLACE, PATCH }

    private final CatalogSchemas schemas;
    private final ProductReferences references;
    private final ModelLineages lineages;
    private final UniqueValueCheck uniqueValues;
    private final AssociationCleanup associationCleanup;
    private final HistoryRecorder history;
    private final HistoryReader historyReader;
    private final Callers callers;
    private final Event<ProductsChanged> productsChanged;
    private final EntityManager em;

    ProductService(CatalogSchemas schemas, ProductReferences references, ModelLineages lineages, UniqueValueCheck uniqueValues,
                   AssociationCleanup associationCleanup, HistoryRecorder history, HistoryReader historyReader, Callers callers,
                   Event<ProductsChanged> productsChanged, EntityManager em) {
        this.schemas = schemas;
        this.references = references;
        this.lineages = lineages;
        this.uniqueValues = uniqueValues;
        this.associationCleanup = associationCleanup;
        this.history = history;
        this.historyReader = historyReader;
        this.callers = callers;
        this.productsChanged = productsChanged;
        this.em = em;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProductResponse get(String identifier) {
        Product product = find(identifier);
        return toResponse(product, parentOf(product));
    }

    /** Products by id (keyset), optionally of one family or changed since an instant. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ProductResponse> list(Integer limit, String after, String family, Instant updatedSince) {
        int size = Cursor.limit(limit);
        StringBuilder where = new StringBuilder("id > :after");
        Parameters parameters = Parameters.with("after", Cursor.id(after, 0));
        if (family != null && !family.isBlank()) {
            where.append(" and family = :family");
            parameters.and("family", family);
        }
        if (updatedSince != null) {
            where.append(" and updatedAt >= :since");
            parameters.and("since", updatedSince);
        }
        List<Product> products = Product.<Product>find(where + " order by id", parameters).page(0, size + 1).list();
        boolean more = products.size() > size;
        List<Product> page = more ? products.subList(0, size) : products;
        Map<Long, Lineage> parents = lineages.of(page.stream().map(p -> p.parentId).filter(Objects::nonNull).toList());
        List<ProductResponse> items = page.stream().map(p -> toResponse(p, p.parentId == null ? null : parents.get(p.parentId))).toList();
        return Page.of(items, more ? Cursor.encode(String.valueOf(page.get(page.size() - 1).id)) : null);
    }

    /**
     * The products with these ids, in the order given (ids of products deleted meanwhile are
     * skipped): for adapters that select products their own way (Akeneo's search filters) and
     * show them as every other read does, their models' lineages loaded in one go.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProductResponse> getAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Product> byId = new java.util.HashMap<>();
        Product.<Product>list("id in ?1", ids).forEach(p -> byId.put(p.id, p));
        List<Product> found = ids.stream().map(byId::get).filter(Objects::nonNull).toList();
        Map<Long, Lineage> parents = lineages.of(found.stream().map(p -> p.parentId).filter(Objects::nonNull).distinct().toList());
        return found.stream().map(p -> toResponse(p, p.parentId == null ? null : parents.get(p.parentId))).toList();
    }

    /** The product's history, newest first; still readable after the product was deleted. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<HistoryEntryPayload> history(String identifier, Integer limit, String after) {
        if (Product.findByIdentifier(identifier).isEmpty() && !historyReader.exists(RESOURCE_TYPE, identifier)) {
            throw NotFoundException.of("product", identifier);
        }
        return historyReader.page(RESOURCE_TYPE, identifier, limit, after);
    }

    public Written<ProductResponse> create(ProductPayload body) {
        return write(Mode.CREATE, null, body, Set.of(), null);
    }

    public Written<ProductResponse> replace(String identifier, ProductPayload body, Integer ifMatch) {
        return write(Mode.REPLACE, identifier, body, Set.of(), ifMatch);
    }

    /**
     * @param fields the top-level fields present in the request; only those change
     */
    public Written<ProductResponse> patch(String identifier, ProductPayload body, Set<String> fields, Integer ifMatch) {
        return write(Mode.PATCH, identifier, body, fields, ifMatch);
    }

    /**
     * Moves the product through the workflow; a comment is recorded with the change in the
     * history, as a change of the {@code comment} slot (a change that moves nothing records nothing).
     */
    public ProductResponse changeStatus(String identifier, StatusChange change, Integer ifMatch) {
        find(identifier);
        String comment = change.comment() == null || change.comment().isBlank() ? null : change.comment().strip();
        if (comment != null && comment.length() > StatusChange.MAX_COMMENT) {
            throw InvalidDataException.of("comment", "a comment has at most %d characters, not %d"
                    .formatted(StatusChange.MAX_COMMENT, comment.length()));
        }
        ProductPayload body = new ProductPayload(null, null, null, null, null, null, change.status(), null, null, change.version());
        List<FieldChange> notes = comment == null ? List.of() : List.of(new FieldChange(COMMENT, null, comment));
        return write(Mode.PATCH, identifier, body, Set.of("status"), ifMatch, notes).resource();
    }

    public void delete(String identifier, Integer ifMatch) {
        Product product = find(identifier);
        IfMatch.check("product", product.identifier, product.version, ifMatch, null);
        long id = product.id;
        product.delete();
        em.flush();
        history.deleted(RESOURCE_TYPE, product.identifier, product.version);
        associationCleanup.productRemoved(product.identifier);
        productsChanged.fire(BulkWriter.changed(Set.of(id)));
    }

    private Written<ProductResponse> write(Mode mode, String pathIdentifier, ProductPayload body, Set<String> fields, Integer ifMatch) {
        return write(mode, pathIdentifier, body, fields, ifMatch, List.of());
    }

    /** @param notes recorded in the history entry after the changes, when something changes */
    private Written<ProductResponse> write(Mode mode, String pathIdentifier, ProductPayload body, Set<String> fields, Integer ifMatch,
                                           List<FieldChange> notes) {
        CatalogSchema schema = schemas.current();
        Product product = null;
        if (mode == Mode.CREATE) {
            if (body.identifier() != null && Product.findByIdentifier(body.identifier()).isPresent()) {
                throw new ConflictException("product '%s' already exists".formatted(body.identifier()),
                        List.of(new FieldError("identifier", "product '%s' already exists".formatted(body.identifier()))));
            }
        } else {
            product = Product.findByIdentifier(pathIdentifier).orElse(null);
        }
        IfMatch.check("product", product != null ? product.identifier : pathIdentifier != null ? pathIdentifier : body.identifier(),
                product == null ? null : product.version, ifMatch, body.version());
        boolean creating = product == null;
        Predicate<String> given = creating || mode != Mode.PATCH ? field -> true : fields::contains;
        Lineage currentParent = creating ? null : parentOf(product);
        ProductSnapshot before = creating ? null : snapshot(product, currentParent);
        List<FieldError> errors = new ArrayList<>();

        String identifier = identifier(mode, pathIdentifier, body, product, errors);

        Lineage parent = currentParent;
        boolean parentKnown = true;
        if (given.test("parent")) {
            parent = null;
            if (body.parent() != null) {
                parent = ProductModel.findByCode(body.parent()).map(lineages::of).orElse(null);
                if (parent == null) {
                    parentKnown = false;
                    errors.add(new FieldError("parent", "product model '%s' does not exist".formatted(body.parent())));
                }
            }
        }
        String family = given.test("family") ? body.family() : product.family;
        FamilyVariantSchema variant = parent == null ? null : schema.familyVariant(parent.model().familyVariant);
        if (variant != null) {
            if (family == null) {
                family = variant.family(); // Akeneo's way: a variant product takes its model's family
            } else if (!family.equals(variant.family())) {
                errors.add(new FieldError("family", "a variant of product model '%s' must be in family '%s', not '%s'"
                        .formatted(parent.model().code, variant.family(), family)));
            }
            if (parent.level() + 1 != variant.depth()) {
                errors.add(new FieldError("parent", "product model '%s' is a root model of family variant '%s', which has two levels: variant products belong to its sub-models"
                        .formatted(parent.model().code, variant.code())));
                parentKnown = false;
            }
        }
        FamilySchema familySchema = schema.family(family);
        if (family != null && familySchema == null) {
            errors.add(new FieldError("family", "family '%s' does not exist".formatted(family)));
        }

        boolean enabled = creating ? true : product.enabled;
        if (given.test("enabled")) {
            if (body.enabled() == null && mode == Mode.PATCH && fields.contains("enabled")) {
                errors.add(new FieldError("enabled", "enabled must be true or false"));
            } else if (body.enabled() != null) {
                enabled = body.enabled();
            } else {
                enabled = true;
            }
        }
        List<String> categories = given.test("categories") ? references.categories(body.categories(), schema, errors) : product.categories;
        if (parent != null) {
            // categories of the models are inherited, not repeated on the variant
            List<String> inherited = parent.categories();
            categories = categories.stream().filter(c -> !inherited.contains(c)).toList();
        }
        List<String> groups = given.test("groups") ? references.groups(body.groups(), schema, errors) : product.groups;
        Associations associations = creating ? new Associations() : product.associations;
        if (given.test("associations")) {
            Associations checked = references.associations(body.associations(), schema, errors);
            associations = creating || mode != Mode.PATCH ? checked : mergeByType(associations, body.associations(), checked);
        }

        Map<String, List<ProductValue>> givenValues = given.test("values") && body.values() != null ? body.values() : Map.of();
        ValidatedValues validated = ProductValueValidator.validate(ValuesPayload.ofProduct(identifier, family, givenValues), schema);
        errors.addAll(validated.errors());
        ProductValues own = creating || mode != Mode.PATCH ? validated.toValues() : validated.applyTo(product.values);
        if (currentParent != null && parent == null) {
            // A variant turned into a simple product keeps the values it inherited.
            own = currentParent.values().mergedWith(own);
        }
        String identifierAttribute = schema.identifierAttribute();
        if (identifierAttribute != null && identifier != null) {
            own.put(identifierAttribute, null, null, identifier);
        }
        if (!creating && familySchema != null && !Objects.equals(family, product.family)) {
            checkKeptValuesInFamily(own, givenValues.keySet(), familySchema, identifierAttribute, errors);
        }
        if (variant != null && parentKnown) {
            own = checkVariant(product, own, parent, variant, identifierAttribute, errors);
        }
        errors.addAll(uniqueValues.check(creating ? null : product.id, changedUpdates(validated, product), schema));
        EnrichmentStatus requested = given.test("status") ? status(body.status(), errors) : null;
        if (!errors.isEmpty()) {
            throw new InvalidDataException(errors);
        }

        ProductSnapshot draft = new ProductSnapshot(identifier, family, parent == null ? null : parent.model().code, enabled,
                before == null ? null : before.status(), categories, groups, own, associations);
        boolean contentChanged = !ProductChangeDetector.diff(before, draft).isEmpty();
        EnrichmentStatus status = StatusPolicy.next(before == null ? null : before.status(), requested, contentChanged, callers.mayApprove());
        ProductSnapshot after = new ProductSnapshot(identifier, family, draft.parent(), enabled, status, categories, groups, own, associations);
        List<FieldChange> changes = ProductChangeDetector.diff(before, after);
        if (!creating && changes.isEmpty()) {
            return new Written<>(toResponse(product, currentParent), false);
        }
        if (!notes.isEmpty()) {
            changes = new ArrayList<>(changes);
            changes.addAll(notes);
        }
        return new Written<>(store(product, after, parent, schema, changes), creating);
    }

    private ProductResponse store(Product existing, ProductSnapshot after, Lineage parent, CatalogSchema schema, List<FieldChange> changes) {
        boolean creating = existing == null;
        Product product = creating ? new Product() : existing;
        String oldIdentifier = product.identifier;
        String author = history.currentAuthor();
        Instant now = Instant.now();
        product.identifier = after.identifier();
        product.family = after.family();
        product.parentId = parent == null ? null : parent.model().id;
        product.enabled = after.enabled();
        product.status = after.status();
        product.categories = new ArrayList<>(after.categories());
        product.groups = new ArrayList<>(after.groups());
        product.values = after.values();
        product.associations = after.associations();
        product.completeness = CompletenessCalculator.compute(after.family(),
                parent == null ? after.values() : parent.values().mergedWith(after.values()), schema);
        product.updatedAt = now;
        product.updatedBy = author;
        if (creating) {
            product.createdAt = now;
            product.createdBy = author;
            try {
                product.persist();
                em.flush();
            } catch (RuntimeException e) {
                throw duplicateOr(e, product.identifier);
            }
            history.created(RESOURCE_TYPE, product.identifier, product.version, changes);
        } else {
            try {
                em.flush();
            } catch (RuntimeException e) {
                throw duplicateOr(e, product.identifier);
            }
            if (!oldIdentifier.equals(product.identifier)) {
                history.renamed(RESOURCE_TYPE, oldIdentifier, product.identifier);
                associationCleanup.productRenamed(oldIdentifier, product.identifier);
            }
            history.updated(RESOURCE_TYPE, product.identifier, product.version, changes);
        }
        productsChanged.fire(BulkWriter.changed(Set.of(product.id)));
        return toResponse(product, parent);
    }

    /** The identifier to store: the body's, or the URL's; a different one in the body renames the product. */
    private String identifier(Mode mode, String pathIdentifier, ProductPayload body, Product product, List<FieldError> errors) {
        String identifier = body.identifier() != null ? body.identifier() : product != null ? product.identifier : pathIdentifier;
        ProductIdentifiers.check("identifier", "identifier", identifier, errors);
        if (identifier == null) {
            return null;
        }
        if (mode != Mode.CREATE && product == null && !identifier.equalsIgnoreCase(pathIdentifier)) {
            errors.add(new FieldError("identifier", "identifier '%s' differs from '%s' in the URL".formatted(identifier, pathIdentifier)));
        }
        if (product != null && !identifier.equalsIgnoreCase(product.identifier) && Product.findByIdentifier(identifier).isPresent()) {
            throw new ConflictException("product '%s' already exists".formatted(identifier),
                    List.of(new FieldError("identifier", "product '%s' already exists".formatted(identifier))));
        }
        return identifier;
    }

    /** Variant products: only last-level values, all axes set, and a combination of axis values no sibling has. */
    private ProductValues checkVariant(Product product, ProductValues own, Lineage parent, FamilyVariantSchema variant,
                                       String identifierAttribute, List<FieldError> errors) {
        int level = parent.level() + 1;
        List<String> modelCodes = parent.root() == null ? List.of(parent.model().code) : List.of(parent.root().code, parent.model().code);
        ProductValues kept = VariantRules.valuesOfLevel(own, parent.values(), variant, level, modelCodes, identifierAttribute, errors);
        int before = errors.size();
        VariantRules.requireAxes(kept, variant, level, errors);
        if (errors.size() == before && !variant.level(level).axes().isEmpty()) {
            List<Object> key = VariantRules.axisKey(kept, variant.level(level));
            List<Object[]> siblings = em.createQuery("select p.identifier, p.values from Product p where p.parentId = ?1 and p.id <> ?2", Object[].class)
                    .setParameter(1, parent.model().id)
                    .setParameter(2, product == null ? -1L : product.id)
                    .getResultList();
            siblings.stream()
                    .filter(row -> key.equals(VariantRules.axisKey((ProductValues) row[1], variant.level(level))))
                    .findFirst()
                    .ifPresent(row -> errors.add(new FieldError("values." + variant.level(level).axes().get(0),
                            "product '%s' is already the variant of product model '%s' with %s".formatted(row[0], parent.model().code,
                                    VariantRules.describeKey(variant.level(level), key)))));
        }
        return kept;
    }

    private static void checkKeptValuesInFamily(ProductValues own, Set<String> givenAttributes, FamilySchema family,
                                                String identifierAttribute, List<FieldError> errors) {
        for (String attribute : own.asMap().keySet()) {
            if (!attribute.equals(identifierAttribute) && !givenAttributes.contains(attribute) && !family.hasAttribute(attribute)) {
                errors.add(new FieldError("values." + attribute, ("attribute '%s' is not in family '%s': clear its values "
                        + "(\"data\": null) in the same request, or keep the family").formatted(attribute, family.code())));
            }
        }
    }

    /** Only values that change are checked for uniqueness: a product may keep its own value. */
    private static List<ValueUpdate> changedUpdates(ValidatedValues validated, Product product) {
        if (product == null) {
            return validated.updates();
        }
        return validated.updates().stream()
                .filter(u -> !product.values.find(u.attribute(), u.locale(), u.scope())
                        .map(v -> Objects.equals(v.data(), u.data())).orElse(false))
                .toList();
    }

    private static EnrichmentStatus status(String code, List<FieldError> errors) {
        if (code == null) {
            return null;
        }
        try {
            return EnrichmentStatus.fromCode(code);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("status", e.getMessage()));
            return null;
        }
    }

    /** PATCH replaces the targets of the association types it names and keeps the others. */
    private static Associations mergeByType(Associations current, Map<String, AssociationTargets> given, Associations checked) {
        Associations merged = new Associations(current.asMap());
        given.keySet().forEach(type -> merged.put(type, checked.of(type)));
        return merged;
    }

    private static RuntimeException duplicateOr(RuntimeException e, String identifier) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
                    && "product_identifier_uk".equals(violation.getConstraintName())) {
                return new ConflictException("product '%s' already exists".formatted(identifier),
                        List.of(new FieldError("identifier", "product '%s' already exists".formatted(identifier))));
            }
        }
        return e;
    }

    Product find(String identifier) {
        return Product.findByIdentifier(identifier).orElseThrow(() -> NotFoundException.of("product", identifier));
    }

    private Lineage parentOf(Product product) {
        return product.parentId == null ? null : lineages.of(List.of(product.parentId)).get(product.parentId);
    }

    private static ProductSnapshot snapshot(Product product, Lineage parent) {
        return new ProductSnapshot(product.identifier, product.family, parent == null ? null : parent.model().code, product.enabled,
                product.status, product.categories, product.groups, product.values, product.associations);
    }

    static ProductResponse toResponse(Product product, Lineage parent) {
        ProductValues values = parent == null ? product.values : parent.values().mergedWith(product.values);
        List<String> categories = product.categories;
        if (parent != null) {
            TreeSet<String> all = new TreeSet<>(parent.categories());
            all.addAll(product.categories);
            categories = List.copyOf(all);
        }
        return new ProductResponse(product.identifier, product.family, parent == null ? null : parent.model().code,
                List.copyOf(product.groups), List.copyOf(categories), product.enabled, product.status.code(), values.asMap(),
                product.associations.asMap(), product.completeness.entries(), product.version, product.createdAt, product.updatedAt, product.uuid);
    }
}
