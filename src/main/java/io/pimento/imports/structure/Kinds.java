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
import io.pimento.csv.StructureColumns;
import io.pimento.imports.RowOutcome;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * One importer per structure file: its columns ({@link StructureColumns}) and the structure service
 * that stores what they describe.
 */
final class Kinds {

    private Kinds() {
    }

    @ApplicationScoped
    static class Currencies extends StructureFileImporter<CurrencyPayload> {
        private final CurrencyService service;

        Currencies(CurrencyService service) {
            this.service = service;
        }

        @Override
        protected StructureColumns<CurrencyPayload> columns() {
            return StructureColumns.CURRENCIES;
        }

        @Override
        protected RowOutcome apply(CurrencyPayload currency) {
            return upsert(service, currency);
        }
    }

    @ApplicationScoped
    static class Locales extends StructureFileImporter<LocalePayload> {
        private final LocaleService service;

        Locales(LocaleService service) {
            this.service = service;
        }

        @Override
        protected StructureColumns<LocalePayload> columns() {
            return StructureColumns.LOCALES;
        }

        @Override
        protected RowOutcome apply(LocalePayload locale) {
            return upsert(service, locale);
        }
    }

    @ApplicationScoped
    static class Categories extends StructureFileImporter<CategoryPayload> {
        private final CategoryService service;

        Categories(CategoryService service) {
            this.service = service;
        }

        @Override
        protected StructureColumns<CategoryPayload> columns() {
            return StructureColumns.CATEGORIES;
        }

        @Override
        protected RowOutcome apply(CategoryPayload category) {
            return upsert(service, category);
        }
    }

    @ApplicationScoped
    static class Channels extends StructureFileImporter<ChannelPayload> {
        private final ChannelService service;

        Channels(ChannelService service) {
            this.service = service;
        }

        @Override
        protected StructureColumns<ChannelPayload> columns() {
            return StructureColumns.CHANNELS;
        }

        @Override
        protected RowOutcome apply(ChannelPayload channel) {
            return upsert(service, channel);
        }
    }

    @ApplicationScoped
    static class AttributeGroups extends StructureFileImporter<AttributeGroupPayload> {
        private final AttributeGroupService service;

        AttributeGroups(AttributeGroupService service) {
            this.service = service;
        }

        @Override
        protected StructureColumns<AttributeGroupPayload> columns() {
            return StructureColumns.ATTRIBUTE_GROUPS;
        }

        @Override
        protected RowOutcome apply(AttributeGroupPayload group) {
            return upsert(service, group);
        }
    }

    @ApplicationScoped
    static class Attributes extends StructureFileImporter<AttributePayload> {
        private final AttributeService service;

        Attributes(AttributeService service) {
            this.service = service;
        }

        @Override
        protected StructureColumns<AttributePayload> columns() {
            return StructureColumns.ATTRIBUTES;
        }

        @Override
        protected RowOutcome apply(AttributePayload attribute) {
            return upsert(service, attribute);
        }
    }

    @ApplicationScoped
    static class Families extends StructureFileImporter<FamilyPayload> {
        private final FamilyService service;

        Families(FamilyService service) {
            this.service = service;
        }

        @Override
        protected StructureColumns<FamilyPayload> columns() {
            return StructureColumns.FAMILIES;
        }

        @Override
        protected RowOutcome apply(FamilyPayload family) {
            return upsert(service, family);
        }
    }

    @ApplicationScoped
    static class FamilyVariants extends StructureFileImporter<FamilyVariantPayload> {
        private final FamilyVariantService service;

        FamilyVariants(FamilyVariantService service) {
            this.service = service;
        }

        @Override
        protected StructureColumns<FamilyVariantPayload> columns() {
            return StructureColumns.FAMILY_VARIANTS;
        }

        @Override
        protected RowOutcome apply(FamilyVariantPayload variant) {
            return upsert(service, variant);
        }
    }

    @ApplicationScoped
    static class AssociationTypes extends StructureFileImporter<AssociationTypePayload> {
        private final AssociationTypeService service;

        AssociationTypes(AssociationTypeService service) {
            this.service = service;
        }

        @Override
        protected StructureColumns<AssociationTypePayload> columns() {
            return StructureColumns.ASSOCIATION_TYPES;
        }

        @Override
        protected RowOutcome apply(AssociationTypePayload type) {
            return upsert(service, type);
        }
    }

    @ApplicationScoped
    static class Groups extends StructureFileImporter<ProductGroupPayload> {
        private final ProductGroupService service;

        Groups(ProductGroupService service) {
            this.service = service;
        }

        @Override
        protected StructureColumns<ProductGroupPayload> columns() {
            return StructureColumns.GROUPS;
        }

        @Override
        protected RowOutcome apply(ProductGroupPayload group) {
            return upsert(service, group);
        }
    }

    /** Options are found by attribute and code, not by code alone: they do not go through {@link #upsert}. */
    @ApplicationScoped
    static class AttributeOptions extends StructureFileImporter<AttributeOptionPayload> {
        private final AttributeOptionService service;

        AttributeOptions(AttributeOptionService service) {
            this.service = service;
        }

        @Override
        protected StructureColumns<AttributeOptionPayload> columns() {
            return StructureColumns.ATTRIBUTE_OPTIONS;
        }

        @Override
        protected RowOutcome apply(AttributeOptionPayload option) {
            requireCode(option.code());
            Optional<Integer> before = AttributeOptionService.find(option.attribute(), option.code()).map(o -> o.version);
            var saved = service.upsert(option);
            if (saved.created()) {
                return RowOutcome.CREATED;
            }
            return before.isPresent() && before.get().equals(saved.value().version()) ? RowOutcome.UNCHANGED : RowOutcome.UPDATED;
        }
    }
}
