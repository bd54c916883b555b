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
import io.pimento.catalog.family.FamilyService;
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
import io.pimento.csv.StructureColumns;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Exports of the catalog structure in the columns of {@link StructureColumns} (Akeneo's, shared with
 * the import), read through the structure services. Structure is small, so each export reads its
 * records first (to know which {@code label-<locale>} columns exist) and then writes them;
 * categories come parents first.
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
        StructureColumns.Table table = QuarkusTransaction.requiringNew().call(() -> table(type));
        return out -> {
            CsvOutput csv = new CsvOutput(out, delimiter);
            csv.header(table.header());
            table.rows().forEach(csv::row);
            csv.flush();
        };
    }

    private StructureColumns.Table table(CatalogFileType type) {
        return switch (type) {
            case CURRENCIES -> StructureColumns.CURRENCIES.table(all(currencies));
            case LOCALES -> StructureColumns.LOCALES.table(all(locales));
            case CATEGORIES -> StructureColumns.CATEGORIES.table(Category.<Category>list("order by path").stream()
                    .map(c -> categories.get(c.code)).toList());
            case CHANNELS -> StructureColumns.CHANNELS.table(all(channels));
            case ATTRIBUTE_GROUPS -> StructureColumns.ATTRIBUTE_GROUPS.table(all(attributeGroups));
            case ATTRIBUTES -> StructureColumns.ATTRIBUTES.table(all(attributes));
            case ATTRIBUTE_OPTIONS -> StructureColumns.ATTRIBUTE_OPTIONS.table(selectOptions());
            case FAMILIES -> StructureColumns.FAMILIES.table(all(families));
            case FAMILY_VARIANTS -> StructureColumns.FAMILY_VARIANTS.table(pages((limit, after) -> familyVariants.list(null, limit, after)));
            case ASSOCIATION_TYPES -> StructureColumns.ASSOCIATION_TYPES.table(all(associationTypes));
            case GROUPS -> StructureColumns.GROUPS.table(all(groups));
            case PRODUCT_MODELS, PRODUCTS -> throw new IllegalArgumentException(type + " is not structure");
        };
    }

    private List<AttributeOptionPayload> selectOptions() {
        List<AttributeOptionPayload> all = new ArrayList<>();
        for (AttributePayload attribute : all(attributes)) {
            AttributeType attributeType = AttributeType.fromCode(attribute.type()).orElse(null);
            if (attributeType != null && attributeType.isSelect()) {
                all.addAll(pages((limit, after) -> options.list(attribute.code(), limit, after)));
            }
        }
        return all;
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
}
