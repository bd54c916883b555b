package io.pimento.catalog.product;

import io.pimento.catalog.StructureChanged;
import io.pimento.catalog.association.AssociationType;
import io.pimento.catalog.attribute.Attribute;
import io.pimento.catalog.attribute.AttributeGroup;
import io.pimento.catalog.attribute.AttributeOption;
import io.pimento.catalog.attribute.AttributeType;
import io.pimento.catalog.category.Category;
import io.pimento.catalog.channel.Channel;
import io.pimento.catalog.family.Family;
import io.pimento.catalog.family.FamilyVariant;
import io.pimento.catalog.family.VariantAttributeSet;
import io.pimento.catalog.group.ProductGroup;
import io.pimento.catalog.locale.CatalogLocale;
import io.pimento.catalog.locale.Currency;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static io.pimento.catalog.product.TestCatalog.DE;
import static io.pimento.catalog.product.TestCatalog.EN;
import static io.pimento.catalog.product.TestCatalog.EUR;
import static io.pimento.catalog.product.TestCatalog.FR;
import static io.pimento.catalog.product.TestCatalog.IT;
import static io.pimento.catalog.product.TestCatalog.SKU;
import static io.pimento.catalog.product.TestCatalog.UNUSED_CURRENCY;
import static io.pimento.catalog.product.TestCatalog.USD;

/**
 * Builds catalog structures for product tests by persisting the structure entities directly and
 * firing {@link StructureChanged} as the structure services do. Meant to move to the structure
 * REST API once it is on main.
 */
@ApplicationScoped
public class CatalogFixtures {

    @Inject
    Event<StructureChanged> structureChanged;

    /**
     * Channels ecommerce (en_US, fr_FR; EUR, USD) and mobile (en_US; EUR); a family with one
     * attribute of each type; a two-level family variant (color, then size) and a one-level one (size).
     */
    @Transactional
    public TestCatalog standardCatalog() {
        String s = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        locale(EN, true);
        locale(FR, true);
        locale(DE, true);
        locale(IT, false);
        currency(EUR, true);
        currency(USD, true);
        currency(UNUSED_CURRENCY, true);
        attributeGroup("other");
        if (Attribute.findById(SKU) == null) {
            attribute(SKU, AttributeType.IDENTIFIER, a -> a.unique = true);
        }

        TestCatalog c = new TestCatalog(s, "ecommerce_" + s, "mobile_" + s, "master_" + s, "boots_" + s,
                "shoes_" + s, "shoes_by_color_size_" + s, "shoes_by_size_" + s, "XSELL_" + s, "promo_" + s,
                "name_" + s, "description_" + s, "weight_" + s, "price_" + s, "count_" + s, "ratio_" + s,
                "waterproof_" + s, "release_" + s, "color_" + s, "tags_" + s, "image_" + s, "manual_" + s,
                "email_" + s, "website_" + s, "code_" + s, "ean_" + s, "brand_" + s, "materials_" + s, "size_" + s,
                "french_only_" + s);

        category(c.masterCategory(), null);
        category(c.bootsCategory(), c.masterCategory());
        channel(c.ecommerce(), c.masterCategory(), List.of(EN, FR), List.of(EUR, USD));
        channel(c.mobile(), c.masterCategory(), List.of(EN), List.of(EUR));

        attribute(c.name(), AttributeType.TEXT, a -> a.localizable = true);
        attribute(c.description(), AttributeType.TEXTAREA, a -> {
            a.localizable = true;
            a.scopable = true;
        });
        attribute(c.weight(), AttributeType.METRIC, a -> {
            a.metricFamily = "Weight";
            a.defaultMetricUnit = "KILOGRAM";
            a.decimalsAllowed = true;
            a.negativeAllowed = false;
        });
        attribute(c.price(), AttributeType.PRICE_COLLECTION, a -> {
            a.decimalsAllowed = true;
            a.negativeAllowed = false;
            a.numberMax = new BigDecimal("10000");
        });
        attribute(c.count(), AttributeType.NUMBER, a -> {
            a.decimalsAllowed = false;
            a.negativeAllowed = false;
            a.numberMin = BigDecimal.ZERO;
            a.numberMax = new BigDecimal("1000");
        });
        attribute(c.ratio(), AttributeType.NUMBER, a -> {
            a.decimalsAllowed = true;
            a.negativeAllowed = true;
        });
        attribute(c.waterproof(), AttributeType.BOOLEAN, a -> { });
        attribute(c.release(), AttributeType.DATE, a -> {
            a.dateMin = LocalDate.of(2000, 1, 1);
            a.dateMax = LocalDate.of(2099, 12, 31);
        });
        attribute(c.color(), AttributeType.SIMPLESELECT, a -> { });
        options(c.color(), "red", "blue", "Green");
        attribute(c.tags(), AttributeType.MULTISELECT, a -> { });
        options(c.tags(), "summer", "winter", "sale");
        attribute(c.image(), AttributeType.IMAGE, a -> a.allowedExtensions = new ArrayList<>(List.of("jpg", "png")));
        attribute(c.manual(), AttributeType.FILE, a -> a.allowedExtensions = new ArrayList<>(List.of("pdf")));
        attribute(c.email(), AttributeType.TEXT, a -> a.validationRule = "email");
        attribute(c.website(), AttributeType.TEXT, a -> a.validationRule = "url");
        attribute(c.code(), AttributeType.TEXT, a -> {
            a.validationRule = "regexp";
            a.validationRegexp = "/^[A-Z]{3}-\\d+$/";
            a.maxCharacters = 10;
        });
        attribute(c.ean(), AttributeType.TEXT, a -> a.unique = true);
        attribute(c.brand(), AttributeType.REFERENCE_DATA_SIMPLESELECT, a -> a.referenceDataName = "brands");
        attribute(c.materials(), AttributeType.REFERENCE_DATA_MULTISELECT, a -> a.referenceDataName = "materials");
        attribute(c.size(), AttributeType.SIMPLESELECT, a -> { });
        options(c.size(), "s", "m", "l");
        attribute(c.frenchOnly(), AttributeType.TEXT, a -> {
            a.localizable = true;
            a.availableLocales = new ArrayList<>(List.of(FR));
        });

        Family family = new Family();
        family.code = c.family();
        family.attributeAsLabel = c.name();
        family.attributes = new ArrayList<>(List.of(SKU, c.name(), c.description(), c.weight(), c.price(), c.count(), c.ratio(),
                c.waterproof(), c.release(), c.color(), c.tags(), c.image(), c.manual(), c.email(), c.website(), c.code(),
                c.ean(), c.brand(), c.materials(), c.size(), c.frenchOnly()));
        Map<String, List<String>> requirements = new LinkedHashMap<>();
        requirements.put(c.ecommerce(), List.of(SKU, c.name(), c.price(), c.description()));
        requirements.put(c.mobile(), List.of(SKU, c.name()));
        family.attributeRequirements = requirements;
        family.persist();
        fired("family", family.code);

        familyVariant(c.familyByColorAndSize(), c.family(), List.of(
                new VariantAttributeSet(1, List.of(c.color()), List.of(c.color(), c.image())),
                new VariantAttributeSet(2, List.of(c.size()), List.of(c.size(), SKU, c.ean(), c.count()))));
        familyVariant(c.familyBySize(), c.family(), List.of(
                new VariantAttributeSet(1, List.of(c.size()), List.of(c.size(), SKU, c.ean(), c.color()))));

        AssociationType xsell = new AssociationType();
        xsell.code = c.xsell();
        xsell.persist();
        fired("association_type", xsell.code);
        ProductGroup group = new ProductGroup();
        group.code = c.promoGroup();
        group.type = "RELATED";
        group.persist();
        fired("group", group.code);
        return c;
    }

    /** Replaces a family's requirements on one channel, as an admin would. */
    @Transactional
    public void requireOnChannel(String familyCode, String channel, List<String> attributes) {
        Family family = Family.findById(familyCode);
        Map<String, List<String>> requirements = new LinkedHashMap<>(family.attributeRequirements);
        requirements.put(channel, List.copyOf(attributes));
        family.attributeRequirements = requirements;
        fired("family", familyCode);
    }

    @Transactional
    public void setChannelCurrencies(String channelCode, List<String> currencies) {
        Channel channel = Channel.findById(channelCode);
        channel.currencies = new ArrayList<>(currencies);
        fired("channel", channelCode);
    }

    private void fired(String kind, String code) {
        structureChanged.fire(new StructureChanged(kind, code));
    }

    private void locale(String code, boolean enabled) {
        CatalogLocale locale = CatalogLocale.findById(code);
        if (locale == null) {
            locale = new CatalogLocale();
            locale.code = code;
            locale.enabled = enabled;
            locale.persist();
            fired("locale", code);
        }
    }

    private void currency(String code, boolean enabled) {
        Currency currency = Currency.findById(code);
        if (currency == null) {
            currency = new Currency();
            currency.code = code;
            currency.enabled = enabled;
            currency.persist();
            fired("currency", code);
        }
    }

    private void attributeGroup(String code) {
        if (AttributeGroup.findById(code) == null) {
            AttributeGroup group = new AttributeGroup();
            group.code = code;
            group.persist();
        }
    }

    private void category(String code, String parent) {
        Category category = new Category();
        category.code = code;
        category.parent = parent;
        category.path = Category.pathOf(parent == null ? null : ((Category) Category.findById(parent)).path, code);
        category.persist();
        fired("category", code);
    }

    private void channel(String code, String tree, List<String> locales, List<String> currencies) {
        Channel channel = new Channel();
        channel.code = code;
        channel.categoryTree = tree;
        channel.locales = new ArrayList<>(locales);
        channel.currencies = new ArrayList<>(currencies);
        channel.persist();
        fired("channel", code);
    }

    private void attribute(String code, AttributeType type, Consumer<Attribute> settings) {
        Attribute attribute = new Attribute();
        attribute.code = code;
        attribute.type = type;
        attribute.group = "other";
        settings.accept(attribute);
        attribute.persist();
        fired("attribute", code);
    }

    private void options(String attribute, String... codes) {
        int order = 0;
        for (String code : codes) {
            AttributeOption option = new AttributeOption();
            option.attribute = attribute;
            option.code = code;
            option.sortOrder = order++;
            option.persist();
        }
    }

    private void familyVariant(String code, String family, List<VariantAttributeSet> sets) {
        FamilyVariant variant = new FamilyVariant();
        variant.code = code;
        variant.family = family;
        variant.variantAttributeSets = new ArrayList<>(sets);
        variant.persist();
        fired("family_variant", code);
    }
}
