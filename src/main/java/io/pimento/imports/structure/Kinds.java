package io.pimento.imports.structure;

import io.pimento.catalog.association.AssociationTypePayload;
import io.pimento.catalog.association.AssociationTypeService;
import io.pimento.catalog.attribute.AttributeGroupPayload;
import io.pimento.catalog.attribute.AttributeGroupService;
import io.pimento.catalog.attribute.AttributeOptionPayload;
import io.pimento.catalog.attribute.AttributeOptionService;
import io.pimento.catalog.attribute.AttributePayload;
import io.pimento.catalog.attribute.AttributeService;
import io.pimento.catalog.category.CategoryPayload;
import io.pimento.catalog.category.CategoryService;
import io.pimento.catalog.channel.ChannelPayload;
import io.pimento.catalog.channel.ChannelService;
import io.pimento.catalog.family.FamilyPayload;
import io.pimento.catalog.family.FamilyService;
import io.pimento.catalog.family.FamilyVariantPayload;
import io.pimento.catalog.family.FamilyVariantService;
import io.pimento.catalog.group.ProductGroupPayload;
import io.pimento.catalog.group.ProductGroupService;
import io.pimento.catalog.locale.CurrencyPayload;
import io.pimento.catalog.locale.CurrencyService;
import io.pimento.catalog.locale.LocalePayload;
import io.pimento.catalog.locale.LocaleService;
import io.pimento.csv.CatalogFileType;
import io.pimento.imports.RowOutcome;
import io.pimento.imports.RowRejectedException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One importer per structure file, each mapping Akeneo's columns to the request record of its
 * structure service. Absent columns leave a field as it is; empty cells clear text, labels and
 * lists (numbers such as {@code max_characters} stay: a structure PATCH cannot clear them).
 */
final class Kinds {

    private Kinds() {
    }

    @ApplicationScoped
    static class Currencies extends StructureFileImporter {
        private final CurrencyService service;

        Currencies(CurrencyService service) {
            this.service = service;
        }

        @Override
        public CatalogFileType type() {
            return CatalogFileType.CURRENCIES;
        }

        @Override
        protected Set<String> columns() {
            return Set.of("code", "activated", "enabled");
        }

        @Override
        protected boolean hasLabels() {
            return false;
        }

        @Override
        protected RowOutcome apply(StructureRow row) {
            Boolean enabled = row.has("activated") ? row.bool("activated") : row.bool("enabled");
            return upsert(service, new CurrencyPayload(row.text("code"), enabled, null));
        }
    }

    @ApplicationScoped
    static class Locales extends StructureFileImporter {
        private final LocaleService service;

        Locales(LocaleService service) {
            this.service = service;
        }

        @Override
        public CatalogFileType type() {
            return CatalogFileType.LOCALES;
        }

        @Override
        protected Set<String> columns() {
            return Set.of("code", "activated", "enabled");
        }

        @Override
        protected boolean hasLabels() {
            return false;
        }

        @Override
        protected RowOutcome apply(StructureRow row) {
            Boolean enabled = row.has("activated") ? row.bool("activated") : row.bool("enabled");
            return upsert(service, new LocalePayload(row.text("code"), enabled, null));
        }
    }

    @ApplicationScoped
    static class Categories extends StructureFileImporter {
        private final CategoryService service;

        Categories(CategoryService service) {
            this.service = service;
        }

        @Override
        public CatalogFileType type() {
            return CatalogFileType.CATEGORIES;
        }

        @Override
        protected Set<String> columns() {
            return Set.of("code", "parent", "sort_order");
        }

        @Override
        protected RowOutcome apply(StructureRow row) {
            return upsert(service, new CategoryPayload(row.text("code"), row.text("parent"), row.labels(), row.integer("sort_order"), null));
        }
    }

    @ApplicationScoped
    static class Channels extends StructureFileImporter {
        private final ChannelService service;

        Channels(ChannelService service) {
            this.service = service;
        }

        @Override
        public CatalogFileType type() {
            return CatalogFileType.CHANNELS;
        }

        @Override
        protected Set<String> columns() {
            return Set.of("code", "label", "tree", "category_tree", "locales", "currencies");
        }

        @Override
        protected Set<String> ignoredColumns() {
            return Set.of("conversion_units");
        }

        @Override
        protected RowOutcome apply(StructureRow row) {
            Map<String, String> labels = row.labels();
            if (row.has("label")) {
                // older Akeneo exports have one untranslated label: it is taken as the en_US one
                labels = labels == null ? new LinkedHashMap<>() : new LinkedHashMap<>(labels);
                labels.putIfAbsent("en_US", row.text("label"));
            }
            String tree = row.has("tree") ? row.text("tree") : row.text("category_tree");
            return upsert(service, new ChannelPayload(row.text("code"), labels, tree, row.list("locales"), row.list("currencies"), null));
        }
    }

    @ApplicationScoped
    static class AttributeGroups extends StructureFileImporter {
        private final AttributeGroupService service;

        AttributeGroups(AttributeGroupService service) {
            this.service = service;
        }

        @Override
        public CatalogFileType type() {
            return CatalogFileType.ATTRIBUTE_GROUPS;
        }

        @Override
        protected Set<String> columns() {
            return Set.of("code", "sort_order");
        }

        /** Akeneo lists each group's attributes; Pimento keeps the group on the attribute (attributes.csv). */
        @Override
        protected Set<String> ignoredColumns() {
            return Set.of("attributes");
        }

        @Override
        protected RowOutcome apply(StructureRow row) {
            return upsert(service, new AttributeGroupPayload(row.text("code"), row.integer("sort_order"), row.labels(), null));
        }
    }

    @ApplicationScoped
    static class Attributes extends StructureFileImporter {
        private final AttributeService service;

        Attributes(AttributeService service) {
            this.service = service;
        }

        @Override
        public CatalogFileType type() {
            return CatalogFileType.ATTRIBUTES;
        }

        @Override
        protected Set<String> columns() {
            return Set.of("code", "type", "group", "localizable", "scopable", "unique", "useable_as_grid_filter", "sort_order",
                    "available_locales", "max_characters", "validation_rule", "validation_regexp", "number_min", "number_max",
                    "decimals_allowed", "negative_allowed", "date_min", "date_max", "metric_family", "default_metric_unit",
                    "allowed_extensions", "max_file_size", "reference_data_name");
        }

        /** Settings of Akeneo's UI Pimento has no use for. */
        @Override
        protected Set<String> ignoredColumns() {
            return Set.of("required", "wysiwyg_enabled", "auto_option_sorting", "minimum_input_length", "is_read_only",
                    "default_value", "is_main_identifier", "decimal_places_strategy", "decimal_places", "enable_option_creation_during_import",
                    "max_items_count");
        }

        @Override
        protected Set<String> prefixes() {
            return Set.of("guidelines-");
        }

        @Override
        protected RowOutcome apply(StructureRow row) {
            return upsert(service, new AttributePayload(row.text("code"), row.textOrNull("type"), row.textOrNull("group"),
                    row.bool("localizable"), row.bool("scopable"), row.bool("unique"), row.bool("useable_as_grid_filter"),
                    row.integer("sort_order"), row.labels(), row.list("available_locales"), row.integer("max_characters"),
                    row.text("validation_rule"), row.text("validation_regexp"), row.decimal("number_min"), row.decimal("number_max"),
                    row.bool("decimals_allowed"), row.bool("negative_allowed"), row.text("date_min"), row.text("date_max"),
                    row.text("metric_family"), row.text("default_metric_unit"), row.list("allowed_extensions"),
                    row.decimal("max_file_size"), row.text("reference_data_name"), null));
        }
    }

    @ApplicationScoped
    static class AttributeOptions extends StructureFileImporter {
        private final AttributeOptionService service;

        AttributeOptions(AttributeOptionService service) {
            this.service = service;
        }

        @Override
        public CatalogFileType type() {
            return CatalogFileType.ATTRIBUTE_OPTIONS;
        }

        @Override
        protected Set<String> columns() {
            return Set.of("attribute", "code", "sort_order");
        }

        @Override
        protected Set<String> requiredColumns() {
            return Set.of("attribute", "code");
        }

        @Override
        protected RowOutcome apply(StructureRow row) {
            String attribute = row.text("attribute");
            String code = row.text("code");
            if (code == null || code.isBlank()) {
                throw new RowRejectedException("code: the code is required");
            }
            Optional<Integer> before = AttributeOptionService.find(attribute, code).map(o -> o.version);
            var saved = service.upsert(new AttributeOptionPayload(code, attribute, row.integer("sort_order"), row.labels(), null));
            if (saved.created()) {
                return RowOutcome.CREATED;
            }
            return before.isPresent() && before.get().equals(saved.value().version()) ? RowOutcome.UNCHANGED : RowOutcome.UPDATED;
        }
    }

    @ApplicationScoped
    static class Families extends StructureFileImporter {
        private static final String REQUIREMENTS = "requirements-";
        private final FamilyService service;

        Families(FamilyService service) {
            this.service = service;
        }

        @Override
        public CatalogFileType type() {
            return CatalogFileType.FAMILIES;
        }

        @Override
        protected Set<String> columns() {
            return Set.of("code", "attributes", "attribute_as_label", "attribute_as_image");
        }

        @Override
        protected Set<String> prefixes() {
            return Set.of(REQUIREMENTS);
        }

        @Override
        protected RowOutcome apply(StructureRow row) {
            Map<String, List<String>> requirements = null;
            Map<String, String> byChannel = row.withPrefix(REQUIREMENTS);
            if (byChannel != null) {
                requirements = new LinkedHashMap<>();
                for (String channel : byChannel.keySet()) {
                    requirements.put(channel, row.list(REQUIREMENTS + channel));
                }
            }
            return upsert(service, new FamilyPayload(row.text("code"), row.labels(), row.text("attribute_as_label"),
                    row.text("attribute_as_image"), row.list("attributes"), requirements, null));
        }
    }

    @ApplicationScoped
    static class FamilyVariants extends StructureFileImporter {
        private final FamilyVariantService service;

        FamilyVariants(FamilyVariantService service) {
            this.service = service;
        }

        @Override
        public CatalogFileType type() {
            return CatalogFileType.FAMILY_VARIANTS;
        }

        @Override
        protected Set<String> columns() {
            return Set.of("code", "family", "variant-axes_1", "variant-axes_2", "variant-attributes_1", "variant-attributes_2");
        }

        @Override
        protected RowOutcome apply(StructureRow row) {
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
            return upsert(service, new FamilyVariantPayload(row.text("code"), row.textOrNull("family"), row.labels(), levels, null));
        }
    }

    @ApplicationScoped
    static class AssociationTypes extends StructureFileImporter {
        private final AssociationTypeService service;

        AssociationTypes(AssociationTypeService service) {
            this.service = service;
        }

        @Override
        public CatalogFileType type() {
            return CatalogFileType.ASSOCIATION_TYPES;
        }

        @Override
        protected Set<String> columns() {
            return Set.of("code", "is_two_way", "is_quantified");
        }

        @Override
        protected RowOutcome apply(StructureRow row) {
            return upsert(service, new AssociationTypePayload(row.text("code"), row.labels(), row.bool("is_two_way"),
                    row.bool("is_quantified"), null));
        }
    }

    @ApplicationScoped
    static class Groups extends StructureFileImporter {
        private final ProductGroupService service;

        Groups(ProductGroupService service) {
            this.service = service;
        }

        @Override
        public CatalogFileType type() {
            return CatalogFileType.GROUPS;
        }

        @Override
        protected Set<String> columns() {
            return Set.of("code", "type");
        }

        @Override
        protected RowOutcome apply(StructureRow row) {
            return upsert(service, new ProductGroupPayload(row.text("code"), row.textOrNull("type"), row.labels(), null));
        }
    }

}
