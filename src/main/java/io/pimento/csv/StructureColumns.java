package io.pimento.csv;

import io.pimento.catalog.association.AssociationTypePayload;
import io.pimento.catalog.attribute.AttributeGroupPayload;
import io.pimento.catalog.attribute.AttributeOptionPayload;
import io.pimento.catalog.attribute.AttributePayload;
import io.pimento.catalog.attribute.AttributeType;
import io.pimento.catalog.category.CategoryPayload;
import io.pimento.catalog.channel.ChannelPayload;
import io.pimento.catalog.family.FamilyPayload;
import io.pimento.catalog.family.FamilyVariantPayload;
import io.pimento.catalog.group.ProductGroupPayload;
import io.pimento.catalog.locale.CurrencyPayload;
import io.pimento.catalog.locale.LocalePayload;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Akeneo's columns of each structure file and how each maps to and from the structure payload:
 * the one table the import reads with and the export writes with, so an exported file reads back
 * unchanged and adding a column is one edit here. A kind's columns are fixed columns and groups
 * named by a prefix ({@code label-<locale>}, {@code requirements-<channel>}), in the export's order.
 * The import also accepts columns the export never writes: the names older Akeneo files use
 * ({@code enabled}, {@code category_tree}) and Akeneo's settings Pimento has no use for.
 *
 * <p>Reading follows {@link StructureRow}: an absent column leaves a field as it is, an empty cell
 * clears text, labels and lists (numbers such as {@code max_characters} stay: a structure PATCH
 * cannot clear them).
 */
public final class StructureColumns<P> {

    private static final Pattern LOCALE_CODE = Pattern.compile("^[a-z]{2,3}(_[A-Z][a-z]{3})?_([A-Z]{2}|\\d{3})$");
    private static final String LABEL = "label-";
    private static final String REQUIREMENTS = "requirements-";
    private static final Set<AttributeType> DECIMALS = EnumSet.of(AttributeType.NUMBER, AttributeType.METRIC,
            AttributeType.PRICE_COLLECTION);
    private static final Set<AttributeType> SIGNED = EnumSet.of(AttributeType.NUMBER, AttributeType.METRIC);

    public static final StructureColumns<CurrencyPayload> CURRENCIES = kind(CatalogFileType.CURRENCIES,
            row -> new CurrencyPayload(row.text("code"), activated(row), null))
            .column("code", CurrencyPayload::code)
            .column("activated", c -> flag(c.enabled()))
            .reads("enabled");

    public static final StructureColumns<LocalePayload> LOCALES = kind(CatalogFileType.LOCALES,
            row -> new LocalePayload(row.text("code"), activated(row), null))
            .column("code", LocalePayload::code)
            .column("activated", l -> flag(l.enabled()))
            .reads("enabled");

    public static final StructureColumns<CategoryPayload> CATEGORIES = kind(CatalogFileType.CATEGORIES,
            row -> new CategoryPayload(row.text("code"), row.text("parent"), row.labels(), row.integer("sort_order"), null))
            .column("code", CategoryPayload::code)
            .column("parent", CategoryPayload::parent)
            .labels(CategoryPayload::labels)
            .column("sort_order", CategoryPayload::sortOrder);

    public static final StructureColumns<ChannelPayload> CHANNELS = kind(CatalogFileType.CHANNELS, StructureColumns::channel)
            .column("code", ChannelPayload::code)
            .labels(ChannelPayload::labels)
            .column("tree", ChannelPayload::categoryTree)
            .column("locales", ChannelPayload::locales)
            .column("currencies", ChannelPayload::currencies)
            .reads("label", "category_tree")
            .ignores("conversion_units");

    public static final StructureColumns<AttributeGroupPayload> ATTRIBUTE_GROUPS = kind(CatalogFileType.ATTRIBUTE_GROUPS,
            row -> new AttributeGroupPayload(row.text("code"), row.integer("sort_order"), row.labels(), null))
            .column("code", AttributeGroupPayload::code)
            .column("sort_order", AttributeGroupPayload::sortOrder)
            .labels(AttributeGroupPayload::labels)
            // Akeneo lists each group's attributes; Pimento keeps the group on the attribute (attributes.csv)
            .ignores("attributes");

    public static final StructureColumns<AttributePayload> ATTRIBUTES = kind(CatalogFileType.ATTRIBUTES,
            row -> new AttributePayload(row.text("code"), row.textOrNull("type"), row.textOrNull("group"),
                    row.bool("localizable"), row.bool("scopable"), row.bool("unique"), row.bool("useable_as_grid_filter"),
                    row.integer("sort_order"), row.labels(), row.list("available_locales"), row.integer("max_characters"),
                    row.text("validation_rule"), row.text("validation_regexp"), row.decimal("number_min"), row.decimal("number_max"),
                    row.bool("decimals_allowed"), row.bool("negative_allowed"), row.text("date_min"), row.text("date_max"),
                    row.text("metric_family"), row.text("default_metric_unit"), row.list("allowed_extensions"),
                    row.decimal("max_file_size"), row.text("reference_data_name"), null))
            .column("code", AttributePayload::code)
            .column("type", a -> AttributeType.fromCode(a.type()).map(AttributeType::akeneoCode).orElse(a.type()))
            .column("group", AttributePayload::group)
            .labels(AttributePayload::labels)
            .column("localizable", a -> flag(a.localizable()))
            .column("scopable", a -> flag(a.scopable()))
            .column("unique", a -> flag(a.unique()))
            .column("useable_as_grid_filter", a -> flag(a.useableAsGridFilter()))
            .column("sort_order", AttributePayload::sortOrder)
            .column("available_locales", AttributePayload::availableLocales)
            .column("max_characters", AttributePayload::maxCharacters)
            .column("validation_rule", AttributePayload::validationRule)
            .column("validation_regexp", AttributePayload::validationRegexp)
            .column("number_min", AttributePayload::numberMin)
            .column("number_max", AttributePayload::numberMax)
            .column("decimals_allowed", a -> applicable(a, DECIMALS, a.decimalsAllowed()))
            .column("negative_allowed", a -> applicable(a, SIGNED, a.negativeAllowed()))
            .column("date_min", AttributePayload::dateMin)
            .column("date_max", AttributePayload::dateMax)
            .column("metric_family", AttributePayload::metricFamily)
            .column("default_metric_unit", AttributePayload::defaultMetricUnit)
            .column("allowed_extensions", AttributePayload::allowedExtensions)
            .column("max_file_size", AttributePayload::maxFileSize)
            .column("reference_data_name", AttributePayload::referenceDataName)
            // settings of Akeneo's UI Pimento has no use for
            .ignores("required", "wysiwyg_enabled", "auto_option_sorting", "minimum_input_length", "is_read_only",
                    "default_value", "is_main_identifier", "decimal_places_strategy", "decimal_places",
                    "enable_option_creation_during_import", "max_items_count")
            .ignoresPrefix("guidelines-");

    public static final StructureColumns<AttributeOptionPayload> ATTRIBUTE_OPTIONS = kind(CatalogFileType.ATTRIBUTE_OPTIONS,
            row -> new AttributeOptionPayload(row.text("code"), row.text("attribute"), row.integer("sort_order"), row.labels(), null))
            .column("attribute", AttributeOptionPayload::attribute)
            .column("code", AttributeOptionPayload::code)
            .column("sort_order", AttributeOptionPayload::sortOrder)
            .labels(AttributeOptionPayload::labels)
            .requires("attribute", "code");

    public static final StructureColumns<FamilyPayload> FAMILIES = kind(CatalogFileType.FAMILIES, StructureColumns::family)
            .column("code", FamilyPayload::code)
            .labels(FamilyPayload::labels)
            .column("attribute_as_label", FamilyPayload::attributeAsLabel)
            .column("attribute_as_image", FamilyPayload::attributeAsImage)
            .column("attributes", FamilyPayload::attributes)
            .prefixed(REQUIREMENTS, key -> true, FamilyPayload::attributeRequirements);

    public static final StructureColumns<FamilyVariantPayload> FAMILY_VARIANTS = kind(CatalogFileType.FAMILY_VARIANTS,
            StructureColumns::familyVariant)
            .column("code", FamilyVariantPayload::code)
            .column("family", FamilyVariantPayload::family)
            .labels(FamilyVariantPayload::labels)
            .column("variant-axes_1", v -> level(v, 1, FamilyVariantPayload.Level::axes))
            .column("variant-axes_2", v -> level(v, 2, FamilyVariantPayload.Level::axes))
            .column("variant-attributes_1", v -> level(v, 1, FamilyVariantPayload.Level::attributes))
            .column("variant-attributes_2", v -> level(v, 2, FamilyVariantPayload.Level::attributes));

    public static final StructureColumns<AssociationTypePayload> ASSOCIATION_TYPES = kind(CatalogFileType.ASSOCIATION_TYPES,
            row -> new AssociationTypePayload(row.text("code"), row.labels(), row.bool("is_two_way"), row.bool("is_quantified"), null))
            .column("code", AssociationTypePayload::code)
            .labels(AssociationTypePayload::labels)
            .column("is_two_way", a -> flag(a.twoWay()))
            .column("is_quantified", a -> flag(a.quantified()));

    public static final StructureColumns<ProductGroupPayload> GROUPS = kind(CatalogFileType.GROUPS,
            row -> new ProductGroupPayload(row.text("code"), row.textOrNull("type"), row.labels(), null))
            .column("code", ProductGroupPayload::code)
            .column("type", ProductGroupPayload::type)
            .labels(ProductGroupPayload::labels);

    /** A file's header and rows. */
    public record Table(List<String> header, List<List<String>> rows) {
    }

    /** One fixed column, or the columns named by a prefix and a key (a locale, a channel). */
    private sealed interface Group<P> permits Column, Prefixed {
    }

    /** {@code cell} answers the value to write: text, a number, a list of codes or an already written cell. */
    private record Column<P>(String name, Function<P, ?> cell) implements Group<P> {
    }

    private record Prefixed<P>(String prefix, Predicate<String> key, Function<P, ? extends Map<String, ?>> cells) implements Group<P> {
    }

    private final CatalogFileType type;
    private final Function<StructureRow, P> reader;
    private final List<Group<P>> groups = new ArrayList<>();
    private final Set<String> readOnly = new TreeSet<>();
    private final Set<String> ignored = new TreeSet<>();
    private final Set<String> ignoredPrefixes = new TreeSet<>();
    private final Set<String> required = new TreeSet<>(Set.of("code"));

    private StructureColumns(CatalogFileType type, Function<StructureRow, P> reader) {
        this.type = type;
        this.reader = reader;
    }

    public CatalogFileType type() {
        return type;
    }

    /** The payload a row of a file with this header describes; a cell its column cannot hold throws {@link ValueCells.CellException}. */
    public P read(List<String> header, List<String> cells) {
        return reader.apply(new StructureRow(header, cells));
    }

    /** Columns of the header this kind neither reads nor reads past. */
    public Set<String> unknown(List<String> header) {
        Set<String> unknown = new TreeSet<>();
        header.stream().filter(column -> !isKnown(column)).forEach(unknown::add);
        return unknown;
    }

    /** Columns a file must have that the header lacks. */
    public Set<String> missing(List<String> header) {
        Set<String> missing = new TreeSet<>(required);
        header.forEach(missing::remove);
        return missing;
    }

    /** The columns this kind reads, e.g. {@code [code, label-<locale>, requirements-<...>]}. */
    public String describe() {
        Set<String> known = new TreeSet<>(readOnly);
        for (Group<P> group : groups) {
            if (group instanceof Column<P> column) {
                known.add(column.name());
            } else if (group instanceof Prefixed<P> prefixed) {
                known.add(prefixed.prefix() + (prefixed.prefix().equals(LABEL) ? "<locale>" : "<...>"));
            }
        }
        ignoredPrefixes.forEach(p -> known.add(p + "<...>"));
        return known.toString();
    }

    /** The file of these records: a prefixed group has a column per key any record has, in key order. */
    public Table table(List<P> records) {
        List<List<String>> keys = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (Group<P> group : groups) {
            if (group instanceof Column<P> column) {
                header.add(column.name());
                keys.add(null);
            } else if (group instanceof Prefixed<P> prefixed) {
                TreeSet<String> present = new TreeSet<>();
                records.forEach(r -> {
                    Map<String, ?> cells = prefixed.cells().apply(r);
                    if (cells != null) {
                        present.addAll(cells.keySet());
                    }
                });
                present.forEach(key -> header.add(prefixed.prefix() + key));
                keys.add(List.copyOf(present));
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (P record : records) {
            List<String> row = new ArrayList<>(header.size());
            for (int i = 0; i < groups.size(); i++) {
                if (groups.get(i) instanceof Column<P> column) {
                    row.add(ValueCells.format(column.cell().apply(record)));
                } else if (groups.get(i) instanceof Prefixed<P> prefixed) {
                    Map<String, ?> cells = prefixed.cells().apply(record);
                    keys.get(i).forEach(key -> row.add(ValueCells.format(cells == null ? null : cells.get(key))));
                }
            }
            rows.add(row);
        }
        return new Table(header, rows);
    }

    private boolean isKnown(String column) {
        if (readOnly.contains(column) || ignored.contains(column)
                || ignoredPrefixes.stream().anyMatch(p -> column.startsWith(p) && column.length() > p.length())) {
            return true;
        }
        for (Group<P> group : groups) {
            if (group instanceof Column<P> fixed && fixed.name().equals(column)) {
                return true;
            }
            if (group instanceof Prefixed<P> prefixed && column.startsWith(prefixed.prefix())
                    && column.length() > prefixed.prefix().length() && prefixed.key().test(column.substring(prefixed.prefix().length()))) {
                return true;
            }
        }
        return false;
    }

    private static <P> StructureColumns<P> kind(CatalogFileType type, Function<StructureRow, P> reader) {
        return new StructureColumns<>(type, reader);
    }

    // the builder steps below run once, while the constants above are built

    private StructureColumns<P> column(String name, Function<P, ?> cell) {
        groups.add(new Column<>(name, cell));
        return this;
    }

    private StructureColumns<P> labels(Function<P, Map<String, String>> labels) {
        return prefixed(LABEL, key -> LOCALE_CODE.matcher(key).matches(), labels);
    }

    private StructureColumns<P> prefixed(String prefix, Predicate<String> key, Function<P, ? extends Map<String, ?>> cells) {
        groups.add(new Prefixed<>(prefix, key, cells));
        return this;
    }

    /** Columns read under a name the export does not write. */
    private StructureColumns<P> reads(String... columns) {
        readOnly.addAll(List.of(columns));
        return this;
    }

    /** Columns of Akeneo's exports this kind has no use for: read past, not refused. */
    private StructureColumns<P> ignores(String... columns) {
        ignored.addAll(List.of(columns));
        return this;
    }

    private StructureColumns<P> ignoresPrefix(String prefix) {
        ignoredPrefixes.add(prefix);
        return this;
    }

    private StructureColumns<P> requires(String... columns) {
        required.clear();
        required.addAll(List.of(columns));
        return this;
    }

    private static Boolean activated(StructureRow row) {
        return row.has("activated") ? row.bool("activated") : row.bool("enabled");
    }

    private static ChannelPayload channel(StructureRow row) {
        Map<String, String> labels = row.labels();
        if (row.has("label")) {
            // older Akeneo exports have one untranslated label: it is taken as the en_US one
            labels = labels == null ? new LinkedHashMap<>() : new LinkedHashMap<>(labels);
            labels.putIfAbsent("en_US", row.text("label"));
        }
        String tree = row.has("tree") ? row.text("tree") : row.text("category_tree");
        return new ChannelPayload(row.text("code"), labels, tree, row.list("locales"), row.list("currencies"), null);
    }

    private static FamilyPayload family(StructureRow row) {
        Map<String, List<String>> requirements = null;
        Map<String, String> byChannel = row.withPrefix(REQUIREMENTS);
        if (byChannel != null) {
            requirements = new LinkedHashMap<>();
            for (String channel : byChannel.keySet()) {
                requirements.put(channel, row.list(REQUIREMENTS + channel));
            }
        }
        return new FamilyPayload(row.text("code"), row.labels(), row.text("attribute_as_label"), row.text("attribute_as_image"),
                row.list("attributes"), requirements, null);
    }

    private static FamilyVariantPayload familyVariant(StructureRow row) {
        List<FamilyVariantPayload.Level> levels = null;
        if (row.has("variant-axes_1") || row.has("variant-attributes_1")) {
            levels = new ArrayList<>();
            for (int level = 1; level <= 2; level++) {
                List<String> axes = row.list("variant-axes_" + level);
                List<String> attributes = row.list("variant-attributes_" + level);
                boolean empty = (axes == null || axes.isEmpty()) && (attributes == null || attributes.isEmpty());
                if (!empty) {
                    levels.add(new FamilyVariantPayload.Level(level, axes == null ? List.of() : axes,
                            attributes == null ? List.of() : attributes));
                }
            }
        }
        return new FamilyVariantPayload(row.text("code"), row.textOrNull("family"), row.labels(), levels, null);
    }

    /** The codes of the variant's level (1 or 2), by position as they are stored. */
    private static List<String> level(FamilyVariantPayload variant, int level, Function<FamilyVariantPayload.Level, List<String>> codes) {
        List<FamilyVariantPayload.Level> levels = variant.variantAttributeSets() == null ? List.of() : variant.variantAttributeSets();
        return levels.size() < level ? null : codes.apply(levels.get(level - 1));
    }

    /** Akeneo's 1/0, with 0 for a setting never set. */
    private static String flag(Boolean value) {
        return Boolean.TRUE.equals(value) ? "1" : "0";
    }

    /** A setting is written only for the types it applies to, so the file re-imports whatever was stored. */
    private static Boolean applicable(AttributePayload attribute, Set<AttributeType> types, Boolean value) {
        return AttributeType.fromCode(attribute.type()).filter(types::contains).isPresent() ? value : null;
    }
}
