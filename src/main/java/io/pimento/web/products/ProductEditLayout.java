package io.pimento.web.products;

import io.pimento.catalog.attribute.Attribute;
import io.pimento.catalog.attribute.AttributeGroup;
import io.pimento.catalog.attribute.AttributeOption;
import io.pimento.catalog.attribute.AttributeType;
import io.pimento.catalog.category.CategoryTreeNode;
import io.pimento.catalog.channel.Channel;
import io.pimento.catalog.locale.CatalogLocale;
import io.pimento.catalog.product.CompletenessEntry;
import io.pimento.catalog.product.ProductModelResponse;
import io.pimento.catalog.product.ProductResponse;
import io.pimento.catalog.product.ProductValue;
import io.pimento.catalog.product.history.ProductChangeDetector;
import io.pimento.catalog.product.schema.AttributeSchema;
import io.pimento.catalog.product.schema.CatalogSchema;
import io.pimento.catalog.product.schema.FamilySchema;
import io.pimento.catalog.product.schema.FamilyVariantSchema;
import io.pimento.search.mapping.CatalogStructure;
import io.pimento.web.FieldErrors;
import io.pimento.web.Formats;
import io.pimento.web.products.ProductEditForm.CategoryBox;
import io.pimento.web.products.ProductEditForm.Choice;
import io.pimento.web.products.ProductEditForm.CompletenessLink;
import io.pimento.web.products.ProductEditForm.Conflict;
import io.pimento.web.products.ProductEditForm.Field;
import io.pimento.web.products.ProductEditForm.Group;
import io.pimento.web.products.ProductEditForm.Missing;
import io.pimento.web.products.ProductEditForm.Price;
import io.quarkus.panache.common.Sort;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What the edit form of one product shows in one locale and channel: which attributes (the
 * family's, and any other the product has a value of), in which group and order, under which
 * labels (in the chosen locale, else the code), which value slot each edits, and for a variant
 * product which values come from its models. Loaded once per request; turns stored values and
 * posted forms into the inputs of {@link ProductEditForm}.
 */
final class ProductEditLayout {

    /** One attribute on the form, at the locale and scope its value sits in. */
    record Shown(AttributeSchema schema, String group, int sortOrder, String label, String locale, String scope,
                 String inheritedFrom, boolean available, String defaultUnit, List<Choice> options) {

        String code() {
            return schema.code();
        }

        boolean editable() {
            return available && inheritedFrom == null && ValueInputs.editable(schema.type());
        }

        /** The slot's name in the product's history ({@code values.name.en_US}). */
        String historyField() {
            return ProductChangeDetector.valueField(code(), locale, scope);
        }
    }

    /**
     * What the form edits: a product or a product model, its values (a variant's with its models'),
     * the path of its pages, and the models above it, root first (whose values it inherits).
     */
    record Subject(String code, String label, String family, String parent, boolean model, String path,
                   Map<String, List<ProductValue>> values, List<CompletenessEntry> completeness, String familyVariant,
                   List<String> models) {

        static Subject of(ProductResponse product, ProductModelResponse model) {
            List<String> above = model == null ? List.of() : model.parent() == null ? List.of(model.code()) : List.of(model.parent(), model.code());
            return new Subject(product.identifier(), ProductPages.label(product), product.family(), product.parent(), false,
                    "/ui/products/" + Formats.urlPath(product.identifier()), product.values(), product.completeness(),
                    model == null ? null : model.familyVariant(), above);
        }

        static Subject of(ProductModelResponse model) {
            return new Subject(model.code(), model.code(), model.family(), model.parent(), true,
                    "/ui/product-models/" + Formats.urlPath(model.code()), model.values(), List.of(), model.familyVariant(),
                    model.parent() == null ? List.of() : List.of(model.parent()));
        }
    }

    final Subject product;
    final String locale;
    final String channel;
    private final CatalogSchema schema;
    private final List<Channel> channels;
    private final List<String> locales;
    private final List<String> currencies;
    private final List<Shown> shown;
    private final Map<String, String> groupLabels = new HashMap<>();
    private final Map<String, Integer> groupOrder = new HashMap<>();
    private final Set<String> inheritedCategories;

    /**
     * @param model the product's model (null for a simple product)
     * @param locale the locale asked for, or blank for the UI's
     * @param channel the channel asked for, or blank for the first
     */
    ProductEditLayout(ProductResponse product, ProductModelResponse model, CatalogSchema schema, String locale, String channel) {
        this(Subject.of(product, model), model == null ? Set.of() : Set.copyOf(model.categories()), schema, locale, channel);
    }

    /**
     * @param parent the model's parent (null for a root model): its categories are inherited
     */
    ProductEditLayout(ProductModelResponse model, ProductModelResponse parent, CatalogSchema schema, String locale, String channel) {
        this(Subject.of(model), parent == null ? Set.of() : Set.copyOf(parent.categories()), schema, locale, channel);
    }

    private ProductEditLayout(Subject product, Set<String> inheritedCategories, CatalogSchema schema, String locale, String channel) {
        this.product = product;
        this.schema = schema;
        this.channels = Channel.listAll(Sort.by("code"));
        this.channel = channels.stream().map(c -> c.code).filter(code -> code.equals(channel)).findFirst()
                .orElse(channels.isEmpty() ? null : channels.get(0).code);
        this.locales = CatalogLocale.<CatalogLocale>list("enabled", Sort.by("code"), true).stream().map(l -> l.code).toList();
        this.locale = locales.contains(locale) ? locale : defaultLocale();
        this.currencies = channels.stream().flatMap(c -> c.currencies.stream()).distinct().sorted().toList();
        this.inheritedCategories = inheritedCategories;
        AttributeGroup.<AttributeGroup>listAll().forEach(g -> {
            groupLabels.put(g.code, label(g.labels, g.code));
            groupOrder.put(g.code, g.sortOrder);
        });
        this.shown = shownAttributes();
    }

    /** The UI's language when it is one of the channel's, else the channel's first. */
    private String defaultLocale() {
        List<String> ofChannel = channels.stream().filter(c -> c.code.equals(channel)).findFirst()
                .map(c -> c.locales).orElse(List.of());
        if (ofChannel.contains(CatalogStructure.DEFAULT_LOCALE) || (ofChannel.isEmpty() && locales.contains(CatalogStructure.DEFAULT_LOCALE))) {
            return CatalogStructure.DEFAULT_LOCALE;
        }
        return !ofChannel.isEmpty() ? ofChannel.get(0) : locales.isEmpty() ? CatalogStructure.DEFAULT_LOCALE : locales.get(0);
    }

    private List<Shown> shownAttributes() {
        FamilySchema family = schema.family(product.family());
        Set<String> codes = new LinkedHashSet<>(family == null ? Set.of() : family.attributes());
        codes.addAll(product.values().keySet());
        if (codes.isEmpty()) {
            return List.of();
        }
        Map<String, List<Choice>> options = new HashMap<>();
        AttributeOption.<AttributeOption>list("attribute in ?1", Sort.by("sortOrder").and("code"), codes)
                .forEach(o -> options.computeIfAbsent(o.attribute, a -> new ArrayList<>()).add(new Choice(o.code, label(o.labels, o.code), false)));
        FamilyVariantSchema variant = product.familyVariant() == null ? null : schema.familyVariant(product.familyVariant());
        List<Shown> result = new ArrayList<>();
        for (Attribute attribute : Attribute.<Attribute>list("code in ?1", codes)) {
            AttributeSchema attributeSchema = schema.attribute(attribute.code);
            if (attributeSchema == null || belowLevel(attributeSchema, variant)) {
                continue;
            }
            String slotLocale = attribute.localizable ? locale : null;
            String scope = attribute.scopable ? channel : null;
            boolean available = (!attribute.localizable || attributeSchema.isAvailableIn(locale)) && (!attribute.scopable || channel != null);
            result.add(new Shown(attributeSchema, attribute.group, attribute.sortOrder, label(attribute.labels, attribute.code),
                    slotLocale, scope, inheritedFrom(attributeSchema, variant), available, attribute.defaultMetricUnit,
                    options.getOrDefault(attribute.code, List.of())));
        }
        result.sort(Comparator.comparing((Shown s) -> s.schema().type() != AttributeType.IDENTIFIER)
                .thenComparing(s -> groupOrder.getOrDefault(s.group(), Integer.MAX_VALUE))
                .thenComparing(Shown::group).thenComparingInt(Shown::sortOrder).thenComparing(Shown::code));
        return result;
    }

    /**
     * The model the attribute's value comes from: for a variant product the root model for the
     * common attributes, the sub-model for those of the middle level; for a sub-model the root
     * model for the common ones; null for the subject's own.
     */
    private String inheritedFrom(AttributeSchema attribute, FamilyVariantSchema variant) {
        if (variant == null || attribute.type() == AttributeType.IDENTIFIER) {
            return null;
        }
        int level = variant.levelOf(attribute.code());
        return level < 0 || level >= product.models().size() ? null : product.models().get(level);
    }

    /** A model's form leaves out the values of the levels below it (its sub-models' and variants'). */
    private boolean belowLevel(AttributeSchema attribute, FamilyVariantSchema variant) {
        return product.model() && variant != null && variant.levelOf(attribute.code()) > product.models().size();
    }

    List<Shown> editable() {
        return shown.stream().filter(Shown::editable).toList();
    }

    List<String> currencies() {
        return currencies;
    }

    /** The stored data of the attribute's slot on this page (the product's own or inherited). */
    Object stored(Shown attribute) {
        return slot(product.values(), attribute);
    }

    static Object slot(Map<String, List<ProductValue>> values, Shown attribute) {
        return values.getOrDefault(attribute.code(), List.of()).stream()
                .filter(v -> v.sameSlot(attribute.locale(), attribute.scope()))
                .map(ProductValue::data).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** The inputs showing the stored values. */
    Map<String, List<String>> storedInputs() {
        Map<String, List<String>> inputs = new HashMap<>();
        shown.forEach(attribute -> inputs.putAll(ValueInputs.of(attribute.schema(), stored(attribute), currencies)));
        return inputs;
    }

    /** The posted inputs of the editable attributes. */
    Map<String, List<String>> postedInputs(Function<String, List<String>> form) {
        Map<String, List<String>> inputs = new HashMap<>();
        editable().forEach(attribute -> inputs.putAll(ValueInputs.posted(attribute.schema(), form, currencies)));
        return inputs;
    }

    /** The inputs of one attribute, out of all the form's. */
    static Map<String, List<String>> of(Shown attribute, Map<String, List<String>> inputs) {
        Map<String, List<String>> own = new HashMap<>();
        String name = ValueInputs.name(attribute.code());
        inputs.forEach((input, values) -> {
            if (input.equals(name) || input.startsWith(name + ".")) {
                own.put(input, values);
            }
        });
        return own;
    }

    /** The form: inputs with these values (stored, posted or merged), the other fields as given. */
    ProductEditForm form(Map<String, List<String>> inputs, boolean enabled, List<String> categories, int version,
                         FieldErrors errors, Conflict conflict, Set<String> clashes, CategoryTreeNode tree) {
        Map<String, List<Field>> byGroup = new LinkedHashMap<>();
        FamilySchema family = schema.family(product.family());
        List<String> required = family == null || channel == null ? List.of() : family.requiredOn(channel);
        Map<String, List<String>> stored = storedInputs(); // what read-only fields show
        for (Shown attribute : shown) {
            byGroup.computeIfAbsent(attribute.group(), g -> new ArrayList<>())
                    .add(field(attribute, attribute.editable() ? inputs : stored, required.contains(attribute.code()),
                            clashes.contains(attribute.code())));
        }
        List<Group> groups = byGroup.entrySet().stream()
                .map(e -> new Group(e.getKey(), groupLabels.getOrDefault(e.getKey(), e.getKey()), e.getValue())).toList();
        Set<String> checked = new TreeSet<>(categories);
        checked.addAll(inheritedCategories);
        List<CategoryBox> boxes = tree == null ? List.of() : List.of(box(tree, checked));
        Set<String> inTree = new TreeSet<>();
        boxes.forEach(box -> codes(box, inTree));
        List<String> others = categories.stream().filter(c -> !inTree.contains(c) && !inheritedCategories.contains(c)).sorted().toList();
        return new ProductEditForm(product.code(), product.label(), product.family(), product.parent(), product.model(), product.path(), locale,
                channel, locales.stream().map(code -> new Choice(code, code, code.equals(locale))).toList(),
                channels.stream().map(c -> new Choice(c.code, label(c.labels, c.code), c.code.equals(channel))).toList(),
                groups, enabled, boxes, others, version, errors, completeness(), conflict);
    }

    boolean inheritsCategory(String code) {
        return inheritedCategories.contains(code);
    }

    String categoryTree() {
        return channels.stream().filter(c -> c.code.equals(channel)).map(c -> c.categoryTree).findFirst().orElse(null);
    }

    private Field field(Shown attribute, Map<String, List<String>> inputs, boolean required, boolean clash) {
        String code = attribute.code();
        List<String> values = inputs.getOrDefault(ValueInputs.name(code), List.of());
        String text = values.isEmpty() ? "" : values.get(0);
        AttributeType type = attribute.schema().type();
        List<Choice> options = attribute.options().stream()
                .map(o -> new Choice(o.code(), o.label(), values.contains(o.code()))).toList();
        List<Price> prices = type != AttributeType.PRICE_COLLECTION ? List.of() : currencies.stream()
                .map(currency -> new Price(currency, ValueInputs.priceName(code, currency),
                        inputs.getOrDefault(ValueInputs.priceName(code, currency), List.of("")).get(0))).toList();
        List<Choice> units = List.of();
        if (type == AttributeType.METRIC) {
            text = inputs.getOrDefault(ValueInputs.amountName(code), List.of("")).get(0);
            String unit = inputs.getOrDefault(ValueInputs.unitName(code), List.of(Objects.toString(attribute.defaultUnit(), ""))).get(0);
            units = attribute.schema().unitsByLowerCode().values().stream().sorted()
                    .map(u -> new Choice(u, u, u.equalsIgnoreCase(unit))).toList();
        }
        return new Field(code, attribute.label(), kind(type), scopeText(attribute), required, attribute.inheritedFrom(),
                attribute.available(), text, options, prices, units, clash);
    }

    private static String kind(AttributeType type) {
        return switch (type) {
            case IDENTIFIER -> "identifier";
            case TEXTAREA -> "textarea";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case DATE -> "date";
            case SIMPLESELECT -> "select";
            case MULTISELECT -> "multiselect";
            case PRICE_COLLECTION -> "price";
            case METRIC -> "metric";
            case IMAGE, FILE -> "media";
            case TEXT, REFERENCE_DATA_SIMPLESELECT, REFERENCE_DATA_MULTISELECT -> "text";
        };
    }

    /** "en_US · web" for a value per locale and channel; empty for one value for all. */
    private static String scopeText(Shown attribute) {
        List<String> parts = new ArrayList<>(2);
        if (attribute.locale() != null) {
            parts.add(attribute.locale());
        }
        if (attribute.scope() != null) {
            parts.add(attribute.scope());
        }
        return String.join(" · ", parts);
    }

    private CategoryBox box(CategoryTreeNode node, Set<String> checked) {
        return new CategoryBox(node.code(), label(node.labels(), node.code()), checked.contains(node.code()),
                inheritedCategories.contains(node.code()), node.children().stream().map(child -> box(child, checked)).toList());
    }

    private static void codes(CategoryBox box, Set<String> codes) {
        codes.add(box.code());
        box.children().forEach(child -> codes(child, codes));
    }

    /** Each entry of the product's completeness, its missing attributes labelled and linked to their inputs. */
    private List<CompletenessLink> completeness() {
        Map<String, String> labels = new HashMap<>();
        shown.forEach(attribute -> labels.put(attribute.code(), attribute.label()));
        Map<String, String> channelLabels = new HashMap<>();
        channels.forEach(c -> channelLabels.put(c.code, label(c.labels, c.code)));
        return product.completeness().stream()
                .sorted(Comparator.comparing(CompletenessEntry::channel).thenComparing(CompletenessEntry::locale))
                .map(entry -> new CompletenessLink(entry, channelLabels.getOrDefault(entry.channel(), entry.channel()), entry.missing().stream()
                        .map(code -> new Missing(code, labels.getOrDefault(code, code))).toList()))
                .toList();
    }

    /** The label in the shown locale, else the code (never another language: the code says more than a guess). */
    private String label(Map<String, String> labels, String code) {
        String label = labels == null ? null : labels.get(locale);
        return label == null || label.isBlank() ? code : label;
    }
}
