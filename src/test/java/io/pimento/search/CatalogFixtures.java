package io.pimento.search;

import io.pimento.catalog.StructureChanged;
import io.pimento.catalog.attribute.Attribute;
import io.pimento.catalog.attribute.AttributeGroup;
import io.pimento.catalog.attribute.AttributeType;
import io.pimento.catalog.category.Category;
import io.pimento.catalog.channel.Channel;
import io.pimento.catalog.family.Family;
import io.pimento.catalog.family.FamilyVariant;
import io.pimento.catalog.locale.CatalogLocale;
import io.pimento.catalog.product.Completeness;
import io.pimento.catalog.product.CompletenessEntry;
import io.pimento.catalog.product.EnrichmentStatus;
import io.pimento.catalog.product.Product;
import io.pimento.catalog.product.ProductModel;
import io.pimento.catalog.product.ProductValues;
import io.pimento.catalog.product.ProductsChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.awaitility.Awaitility;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Test data written straight through the entities, as the catalog services will: every write fires
 * the same events ({@link StructureChanged}, {@link ProductsChanged}) inside its transaction.
 * Stands in for the product API until it lands.
 */
@ApplicationScoped
public class CatalogFixtures {

    public static final String GROUP = "search_tests";

    static {
        // Indexing is asynchronous, and the first batches after a boot are slow on a busy machine.
        Awaitility.setDefaultTimeout(Duration.ofSeconds(30));
    }

    @Inject
    Event<ProductsChanged> productsChanged;

    @Inject
    Event<StructureChanged> structureChanged;

    public static String unique(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Transactional
    public void locales(String... codes) {
        for (String code : codes) {
            if (CatalogLocale.findById(code) == null) {
                CatalogLocale locale = new CatalogLocale();
                locale.code = code;
                locale.persist();
                structureChanged.fire(new StructureChanged("locale", code));
            }
        }
    }

    /** A category under {@code parent} (a tree root when null). */
    @Transactional
    public String category(String parent, String code) {
        Category category = new Category();
        category.code = code;
        category.parent = parent;
        category.path = Category.pathOf(parent == null ? null : Category.<Category>findById(parent).path, code);
        category.persist();
        structureChanged.fire(new StructureChanged("category", code));
        return code;
    }

    @Transactional
    public String channel(String code, String tree, List<String> locales, List<String> currencies) {
        Channel channel = new Channel();
        channel.code = code;
        channel.categoryTree = tree;
        channel.locales = new ArrayList<>(locales);
        channel.currencies = new ArrayList<>(currencies);
        channel.persist();
        structureChanged.fire(new StructureChanged("channel", code));
        return code;
    }

    @Transactional
    public String attribute(String code, AttributeType type, boolean localizable, boolean scopable) {
        if (AttributeGroup.findById(GROUP) == null) {
            AttributeGroup group = new AttributeGroup();
            group.code = GROUP;
            group.persist();
        }
        Attribute attribute = new Attribute();
        attribute.code = code;
        attribute.type = type;
        attribute.group = GROUP;
        attribute.localizable = localizable;
        attribute.scopable = scopable;
        attribute.persist();
        structureChanged.fire(new StructureChanged("attribute", code));
        return code;
    }

    @Transactional
    public String family(String code, String labelAttribute, List<String> attributes) {
        Family family = new Family();
        family.code = code;
        family.attributeAsLabel = labelAttribute;
        family.attributes = new ArrayList<>(attributes);
        family.persist();
        structureChanged.fire(new StructureChanged("family", code));
        return code;
    }

    @Transactional
    public void changeFamilyLabel(String family, String labelAttribute) {
        Family.<Family>findById(family).attributeAsLabel = labelAttribute;
        structureChanged.fire(new StructureChanged("family", family));
    }

    /** Moves a leaf category under another parent, as the category service does (path included). */
    @Transactional
    public void moveCategory(String code, String newParent) {
        Category category = Category.findById(code);
        category.parent = newParent;
        category.path = Category.pathOf(Category.<Category>findById(newParent).path, code);
        structureChanged.fire(new StructureChanged("category", code));
    }

    @Transactional
    public long productModel(String code, String family, Long parentId, List<String> categories, Consumer<ProductValues> values) {
        String variantCode = code + "_variant";
        if (FamilyVariant.findById(variantCode) == null) {
            FamilyVariant variant = new FamilyVariant();
            variant.code = variantCode;
            variant.family = family;
            variant.persist();
        }
        ProductModel model = new ProductModel();
        model.code = code;
        model.familyVariant = variantCode;
        model.parentId = parentId;
        model.categories = new ArrayList<>(categories);
        values.accept(model.values);
        model.persist();
        return model.id;
    }

    /** A product, as a service would create it: persisted and announced in the same transaction. */
    @Transactional
    public long product(ProductSpec spec) {
        Product product = new Product();
        product.identifier = spec.identifier;
        product.family = spec.family;
        product.parentId = spec.parentId;
        product.enabled = spec.enabled;
        product.status = spec.status;
        product.categories = new ArrayList<>(spec.categories);
        spec.values.accept(product.values);
        product.completeness = new Completeness(spec.completeness);
        if (spec.updatedAt != null) {
            product.updatedAt = spec.updatedAt;
        }
        product.persist();
        product.flush();
        productsChanged.fire(ProductsChanged.interactive(Set.of(product.id)));
        return product.id;
    }

    /**
     * {@code count} products of the family with no value, written in one statement and announced
     * in the bulk lane, as an import announces what it wrote.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public Set<Long> bulkProducts(String identifierPrefix, String family, int count) {
        List<Number> ids = Product.getEntityManager().createNativeQuery("""
                        insert into product (identifier, family) select :prefix || '-' || n, :family
                        from generate_series(1, :count) n returning id""")
                .setParameter("prefix", identifierPrefix)
                .setParameter("family", family)
                .setParameter("count", count)
                .getResultList();
        Set<Long> productIds = new java.util.LinkedHashSet<>();
        ids.forEach(id -> productIds.add(id.longValue()));
        productsChanged.fire(ProductsChanged.bulk(productIds));
        return productIds;
    }

    @Transactional
    public void updateProduct(long id, Consumer<Product> change) {
        Product product = Product.findById(id);
        change.accept(product);
        product.updatedAt = Instant.now();
        productsChanged.fire(ProductsChanged.interactive(Set.of(id)));
    }

    @Transactional
    public void deleteProduct(long id) {
        Product.deleteById(id);
        productsChanged.fire(ProductsChanged.interactive(Set.of(id)));
    }

    /** Deletes a product without telling the search index (as a restored backup or a manual fix would). */
    @Transactional
    public void deleteProductSilently(long id) {
        Product.deleteById(id);
    }

    @Transactional
    public long outboxRowsFor(long productId) {
        return SearchOutboxEntry.count("entityId", productId);
    }

    /** How many times the indexer tried the product's pending outbox rows (0 when none is pending). */
    @Transactional
    public int outboxAttemptsFor(long productId) {
        return SearchOutboxEntry.<SearchOutboxEntry>list("entityId", productId).stream()
                .mapToInt(row -> row.attempts).max().orElse(0);
    }

    public static ProductSpec product(String identifier, String family) {
        return new ProductSpec(identifier, family);
    }

    /** What a test product looks like; defaults: enabled, draft, no category, no value. */
    public static final class ProductSpec {
        final String identifier;
        final String family;
        Long parentId;
        boolean enabled = true;
        EnrichmentStatus status = EnrichmentStatus.DRAFT;
        List<String> categories = List.of();
        Consumer<ProductValues> values = v -> {
        };
        List<CompletenessEntry> completeness = List.of();
        Instant updatedAt;

        ProductSpec(String identifier, String family) {
            this.identifier = identifier;
            this.family = family;
        }

        public ProductSpec parent(long modelId) {
            this.parentId = modelId;
            return this;
        }

        public ProductSpec enabled(boolean enabled) {
            this.enabled = enabled;
            return this;
        }

        public ProductSpec status(EnrichmentStatus status) {
            this.status = status;
            return this;
        }

        public ProductSpec categories(String... codes) {
            this.categories = List.of(codes);
            return this;
        }

        public ProductSpec values(Consumer<ProductValues> values) {
            this.values = values;
            return this;
        }

        public ProductSpec completeness(String channel, String locale, int ratio) {
            List<CompletenessEntry> entries = new ArrayList<>(completeness);
            entries.add(new CompletenessEntry(channel, locale, ratio, 0, List.of()));
            this.completeness = entries;
            return this;
        }

        public ProductSpec updatedAt(Instant updatedAt) {
            this.updatedAt = updatedAt;
            return this;
        }
    }
}
