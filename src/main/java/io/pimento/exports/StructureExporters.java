package io.pimento.exports;

import io.pimento.catalog.association.AssociationTypeService;
import io.pimento.catalog.attribute.AttributeGroupService;
import io.pimento.catalog.attribute.AttributeOptionPayload;
import io.pimento.catalog.attribute.AttributeOptionService;
import io.pimento.catalog.attribute.AttributePayload;
import io.pimento.catalog.attribute.AttributeService;
import io.pimento.catalog.attribute.AttributeType;
import io.pimento.catalog.category.Category;
import io.pimento.catalog.category.CategoryService;
import io.pimento.catalog.channel.ChannelService;
import io.pimento.catalog.family.FamilyPayload;
import io.pimento.catalog.family.FamilyService;
import io.pimento.catalog.family.FamilyVariantPayload;
import io.pimento.catalog.family.FamilyVariantService;
import io.pimento.catalog.group.ProductGroupService;
import io.pimento.catalog.locale.CurrencyService;
import io.pimento.catalog.locale.LocaleService;
import io.pimento.catalog.support.StructurePayload;
import io.pimento.catalog.support.StructureService;
import io.pimento.common.Page;
import io.pimento.csv.CsvOutput;
import io.pimento.csv.Delimiter;
import io.pimento.csv.CatalogFileType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Exports of the catalog structure in Akeneo's columns and type names, read through the structure
 * services. Structure is small, so each export reads its records first (to know which
 * {@code label-<locale>} columns exist) and then writes them; categories come parents first.
 */
@ApplicationScoped
public class StructureExporters {

    private static final int PAGE = 100;

    private final CurrencyService currencies;
    private final LocaleService locales;
    private final CategoryService categories;
    private final ChannelService channels;
    private final AttributeGroupService attributeGroups;
    private final AttributeService attributes;
    private final AttributeOptionService options;
    private final FamilyService families;
    private final FamilyVariantService familyVariants;
    private final AssociationTypeService associationTypes;
    private final ProductGroupService groups;

    StructureExporters(CurrencyService currencies, LocaleService locales, CategoryService categories, ChannelService channels,
                       AttributeGroupService attributeGroups, AttributeService attributes, AttributeOptionService options,
                       FamilyService families, FamilyVariantService familyVariants, AssociationTypeService associationTypes,
                       ProductGroupService groups) {
        this.currencies = currencies;
        this.locales = locales;
        this.categories = categories;
        this.channels = channels;
        this.attributeGroups = attributeGroups;
        this.attributes = attributes;
        this.options = options;
        this.families = families;
        this.familyVariants = familyVariants;
        this.associationTypes = associationTypes;
        this.groups = groups;
    }

    public StreamingOutput exporter(CatalogFileType type, Delimiter delimiter) {
        Table table = QuarkusTransaction.requiringNew().call(() -> table(type));
        return out -> {
            CsvOutput csv = new CsvOutput(out, delimiter);
            csv.header(table.header());
            table.rows().forEach(csv::row);
            csv.flush();
        };
    }

    private record Table(List<String> header, List<List<String>> rows) {
    }

    private Table table(CatalogFileType type) {
        return switch (type) {
            case CURRENCIES -> simple(all(currencies), List.of("code", "activated"), c -> List.of(c.code(), flag(c.enabled())));
            case LOCALES -> simple(all(locales), List.of("code", "activated"), l -> List.of(l.code(), flag(l.enabled())));
            case CATEGORIES -> {
                List<io.pimento.catalog.category.CategoryPayload> all = Category.<Category>list("order by path").stream()
                        .map(c -> categories.get(c.code)).toList();
                yield labelled(all, List.of("code", "parent"), c -> c.labels(), List.of("sort_order"),
                        (c, l) -> List.of(c.code(), text(c.parent())), c -> List.of(text(c.sortOrder())));
            }
            case CHANNELS -> labelled(all(channels), List.of("code"), c -> c.labels(), List.of("tree", "locales", "currencies"),
                    (c, l) -> List.of(c.code()), c -> List.of(text(c.categoryTree()), join(c.locales()), join(c.currencies())));
            case ATTRIBUTE_GROUPS -> labelled(all(attributeGroups), List.of("code", "sort_order"), g -> g.labels(), List.of(),
                    (g, l) -> List.of(g.code(), text(g.sortOrder())), g -> List.of());
            case ATTRIBUTES -> attributes();
            case ATTRIBUTE_OPTIONS -> {
                List<AttributeOptionPayload> all = new ArrayList<>();
                for (AttributePayload attribute : all(attributes)) {
                    AttributeType attributeType = AttributeType.fromCode(attribute.type()).orElse(null);
                    if (attributeType != null && attributeType.isSelect()) {
                        all.addAll(pages((limit, after) -> options.list(attribute.code(), limit, after)));
                    }
                }
                yield labelled(all, List.of("attribute", "code", "sort_order"), o -> o.labels(), List.of(),
                        (o, l) -> List.of(o.attribute(), o.code(), text(o.sortOrder())), o -> List.of());
            }
            case FAMILIES -> families();
            case FAMILY_VARIANTS -> labelled(pages((limit, after) -> familyVariants.list(null, limit, after)), List.of("code", "family"),
                    v -> v.labels(), List.of("variant-axes_1", "variant-axes_2", "variant-attributes_1", "variant-attributes_2"),
                    (v, l) -> List.of(v.code(), v.family()), StructureExporters::levels);
            case ASSOCIATION_TYPES -> labelled(all(associationTypes), List.of("code"), a -> a.labels(), List.of("is_two_way", "is_quantified"),
                    (a, l) -> List.of(a.code()), a -> List.of(flag(a.twoWay()), flag(a.quantified())));
            case GROUPS -> labelled(all(groups), List.of("code", "type"), g -> g.labels(), List.of(),
                    (g, l) -> List.of(g.code(), text(g.type())), g -> List.of());
            case PRODUCT_MODELS, PRODUCTS -> throw new IllegalArgumentException(type + " is not structure");
        };
    }

    private Table attributes() {
        List<String> tail = List.of("localizable", "scopable", "unique", "useable_as_grid_filter", "sort_order", "available_locales",
                "max_characters", "validation_rule", "validation_regexp", "number_min", "number_max", "decimals_allowed",
                "negative_allowed", "date_min", "date_max", "metric_family", "default_metric_unit", "allowed_extensions",
                "max_file_size", "reference_data_name");
        return labelled(all(attributes), List.of("code", "type", "group"), AttributePayload::labels, tail,
                (a, l) -> List.of(a.code(), AttributeType.fromCode(a.type()).map(AttributeType::akeneoCode).orElse(a.type()), text(a.group())),
                a -> List.of(flag(a.localizable()), flag(a.scopable()), flag(a.unique()), flag(a.useableAsGridFilter()), text(a.sortOrder()),
                        join(a.availableLocales()), text(a.maxCharacters()), text(a.validationRule()), text(a.validationRegexp()),
                        text(a.numberMin()), text(a.numberMax()), applicable(a, DECIMALS, optionalFlag(a.decimalsAllowed())),
                        applicable(a, SIGNED, optionalFlag(a.negativeAllowed())),
                        text(a.dateMin()), text(a.dateMax()), text(a.metricFamily()), text(a.defaultMetricUnit()),
                        join(a.allowedExtensions()), text(a.maxFileSize()), text(a.referenceDataName())));
    }

    private Table families() {
        List<FamilyPayload> all = all(families);
        TreeSet<String> channelCodes = new TreeSet<>();
        all.forEach(f -> channelCodes.addAll(f.attributeRequirements() == null ? List.of() : f.attributeRequirements().keySet()));
        List<String> tail = new ArrayList<>(List.of("attribute_as_label", "attribute_as_image", "attributes"));
        channelCodes.forEach(c -> tail.add("requirements-" + c));
        return labelled(all, List.of("code"), FamilyPayload::labels, tail, (f, l) -> List.of(f.code()), f -> {
            List<String> cells = new ArrayList<>(List.of(text(f.attributeAsLabel()), text(f.attributeAsImage()), join(f.attributes())));
            Map<String, List<String>> requirements = f.attributeRequirements() == null ? Map.of() : f.attributeRequirements();
            channelCodes.forEach(c -> cells.add(join(requirements.get(c))));
            return cells;
        });
    }

    private static final java.util.Set<AttributeType> DECIMALS = java.util.EnumSet.of(AttributeType.NUMBER, AttributeType.METRIC,
            AttributeType.PRICE_COLLECTION);
    private static final java.util.Set<AttributeType> SIGNED = java.util.EnumSet.of(AttributeType.NUMBER, AttributeType.METRIC);

    /** A setting is written only for the types it applies to, so the file re-imports whatever was stored. */
    private static String applicable(AttributePayload attribute, java.util.Set<AttributeType> types, String cell) {
        return AttributeType.fromCode(attribute.type()).filter(types::contains).isPresent() ? cell : "";
    }

    private static List<String> levels(FamilyVariantPayload variant) {
        List<FamilyVariantPayload.Level> levels = variant.variantAttributeSets() == null ? List.of() : variant.variantAttributeSets();
        FamilyVariantPayload.Level one = levels.size() > 0 ? levels.get(0) : null;
        FamilyVariantPayload.Level two = levels.size() > 1 ? levels.get(1) : null;
        return List.of(one == null ? "" : join(one.axes()), two == null ? "" : join(two.axes()),
                one == null ? "" : join(one.attributes()), two == null ? "" : join(two.attributes()));
    }

    /** Head columns, a {@code label-<locale>} column per locale any record has a label in, then the tail columns. */
    private static <P> Table labelled(List<P> records, List<String> head, Function<P, Map<String, String>> labels, List<String> tail,
                                      BiFunction<P, Void, List<String>> headCells, Function<P, List<String>> tailCells) {
        TreeSet<String> localeCodes = new TreeSet<>();
        records.forEach(r -> {
            Map<String, String> l = labels.apply(r);
            if (l != null) {
                localeCodes.addAll(l.keySet());
            }
        });
        List<String> header = new ArrayList<>(head);
        localeCodes.forEach(l -> header.add("label-" + l));
        header.addAll(tail);
        List<List<String>> rows = new ArrayList<>();
        for (P record : records) {
            List<String> row = new ArrayList<>(headCells.apply(record, null));
            Map<String, String> l = labels.apply(record) == null ? Map.of() : labels.apply(record);
            localeCodes.forEach(locale -> row.add(text(l.get(locale))));
            row.addAll(tailCells.apply(record));
            rows.add(row);
        }
        return new Table(header, rows);
    }

    private static <P> Table simple(List<P> records, List<String> header, Function<P, List<String>> cells) {
        return new Table(header, records.stream().map(cells).toList());
    }

    private static <P extends StructurePayload> List<P> all(StructureService<?, P> service) {
        return pages(service::list);
    }

    private static <P> List<P> pages(BiFunction<Integer, String, Page<P>> list) {
        List<P> all = new ArrayList<>();
        String after = null;
        do {
            Page<P> page = list.apply(PAGE, after);
            all.addAll(page.items());
            after = page.next();
        } while (after != null);
        return all;
    }

    private static String flag(Boolean value) {
        return Boolean.TRUE.equals(value) ? "1" : "0";
    }

    private static String optionalFlag(Boolean value) {
        return value == null ? "" : flag(value);
    }

    private static String text(Object value) {
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return value == null ? "" : Objects.toString(value);
    }

    private static String join(Collection<String> values) {
        return values == null ? "" : String.join(",", values);
    }
}
