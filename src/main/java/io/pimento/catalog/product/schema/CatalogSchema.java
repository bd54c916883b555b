package io.pimento.catalog.product.schema;

import io.pimento.catalog.attribute.AttributeType;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable, in-memory picture of the catalog structure (attributes with their options,
 * families, family variants, channels, enabled locales and currencies, categories, association
 * types, groups), so that validating a value costs a few hash lookups and no query.
 * Built by {@link CatalogSchemaLoader}, cached by {@link CatalogSchemas}; unit tests build one
 * with {@link #builder()}.
 */
public final class CatalogSchema {

    private final Map<String, AttributeSchema> attributes;
    private final String identifierAttribute;
    private final Map<String, FamilySchema> families;
    private final Map<String, FamilyVariantSchema> familyVariants;
    private final Map<String, ChannelSchema> channels;
    private final Set<String> enabledLocales;
    private final Set<String> enabledCurrencies;
    private final Set<String> channelCurrencies;
    private final Set<String> categories;
    private final Set<String> associationTypes;
    private final Set<String> groups;
    private final Instant loadedAt;

    private CatalogSchema(Builder b) {
        this.attributes = Map.copyOf(b.attributes);
        this.identifierAttribute = b.attributes.values().stream()
                .filter(a -> a.type() == AttributeType.IDENTIFIER)
                .map(AttributeSchema::code)
                .sorted()
                .findFirst().orElse(null);
        this.families = Map.copyOf(b.families);
        Map<String, FamilyVariantSchema> variants = new HashMap<>();
        b.familyVariants.forEach((code, v) -> {
            FamilySchema family = b.families.get(v.family());
            variants.put(code, new FamilyVariantSchema(code, v.family(), v.levels(),
                    family == null ? Set.of() : family.attributes()));
        });
        this.familyVariants = Map.copyOf(variants);
        this.channels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.channels));
        this.enabledLocales = Set.copyOf(b.enabledLocales);
        this.enabledCurrencies = Set.copyOf(b.enabledCurrencies);
        Set<String> used = new HashSet<>();
        b.channels.values().forEach(c -> used.addAll(c.currencies()));
        this.channelCurrencies = Set.copyOf(used);
        this.categories = Set.copyOf(b.categories);
        this.associationTypes = Set.copyOf(b.associationTypes);
        this.groups = Set.copyOf(b.groups);
        this.loadedAt = b.loadedAt;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The attribute, or null when it does not exist. */
    public AttributeSchema attribute(String code) {
        return code == null ? null : attributes.get(code);
    }

    public Collection<AttributeSchema> attributes() {
        return attributes.values();
    }

    /** Code of the identifier attribute (Akeneo's {@code sku}), or null when none is defined yet. */
    public String identifierAttribute() {
        return identifierAttribute;
    }

    /** The family, or null when it does not exist. */
    public FamilySchema family(String code) {
        return code == null ? null : families.get(code);
    }

    public Collection<FamilySchema> families() {
        return families.values();
    }

    /** The family variant, or null when it does not exist. */
    public FamilyVariantSchema familyVariant(String code) {
        return code == null ? null : familyVariants.get(code);
    }

    /** The channel, or null when it does not exist. */
    public ChannelSchema channel(String code) {
        return code == null ? null : channels.get(code);
    }

    public Collection<ChannelSchema> channels() {
        return channels.values();
    }

    public boolean isLocaleEnabled(String locale) {
        return enabledLocales.contains(locale);
    }

    public boolean isCurrencyEnabled(String currency) {
        return enabledCurrencies.contains(currency);
    }

    /** Prices are only kept in currencies that some channel publishes in. */
    public boolean isCurrencyUsedByAChannel(String currency) {
        return channelCurrencies.contains(currency);
    }

    public boolean hasCategory(String code) {
        return categories.contains(code);
    }

    public boolean hasAssociationType(String code) {
        return associationTypes.contains(code);
    }

    public boolean hasGroup(String code) {
        return groups.contains(code);
    }

    public Instant loadedAt() {
        return loadedAt;
    }

    /** Declared levels of a family variant before the family is known (resolved in the constructor). */
    private record DeclaredVariant(String family, List<VariantLevel> levels) {
    }

    public static final class Builder {
        private final Map<String, AttributeSchema> attributes = new HashMap<>();
        private final Map<String, FamilySchema> families = new HashMap<>();
        private final Map<String, DeclaredVariant> familyVariants = new HashMap<>();
        private final Map<String, ChannelSchema> channels = new LinkedHashMap<>();
        private final Set<String> enabledLocales = new HashSet<>();
        private final Set<String> enabledCurrencies = new HashSet<>();
        private final Set<String> categories = new HashSet<>();
        private final Set<String> associationTypes = new HashSet<>();
        private final Set<String> groups = new HashSet<>();
        private Instant loadedAt = Instant.now();

        public Builder attribute(AttributeSchema attribute) {
            attributes.put(attribute.code(), attribute);
            return this;
        }

        public Builder family(FamilySchema family) {
            families.put(family.code(), family);
            return this;
        }

        /** @param levels the declared levels 1 (and 2); the root level is derived from the family */
        public Builder familyVariant(String code, String family, List<VariantLevel> levels) {
            familyVariants.put(code, new DeclaredVariant(family, List.copyOf(levels)));
            return this;
        }

        public Builder channel(ChannelSchema channel) {
            channels.put(channel.code(), channel);
            return this;
        }

        public Builder enabledLocales(Collection<String> codes) {
            enabledLocales.addAll(codes);
            return this;
        }

        public Builder enabledCurrencies(Collection<String> codes) {
            enabledCurrencies.addAll(codes);
            return this;
        }

        public Builder categories(Collection<String> codes) {
            categories.addAll(codes);
            return this;
        }

        public Builder associationTypes(Collection<String> codes) {
            associationTypes.addAll(codes);
            return this;
        }

        public Builder groups(Collection<String> codes) {
            groups.addAll(codes);
            return this;
        }

        public Builder loadedAt(Instant instant) {
            loadedAt = instant;
            return this;
        }

        public CatalogSchema build() {
            return new CatalogSchema(this);
        }
    }
}
