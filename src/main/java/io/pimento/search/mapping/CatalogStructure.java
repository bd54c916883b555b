package io.pimento.search.mapping;

import io.pimento.catalog.attribute.AttributeType;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What indexing and querying need to know of the catalog structure, read once and shared:
 * attribute types and flags, each family's label attribute, category paths and channels.
 * {@code version} is the structure version it was read at, {@code loadedAt} when, on the database
 * clock (see {@link CatalogStructures}).
 */
public record CatalogStructure(Map<String, IndexedAttribute> attributes,
                               Set<String> families,
                               Map<String, String> familyLabelAttributes,
                               Map<String, String> categoryPaths,
                               Map<String, List<String>> channelLocales,
                               Set<String> locales,
                               long version,
                               Instant loadedAt,
                               Instant loadedWallClock) {

    /** Used when neither a locale nor a channel says which locale to search in. */
    public static final String DEFAULT_LOCALE = "en_US";

    public CatalogStructure {
        attributes = Map.copyOf(attributes);
        families = Set.copyOf(families);
        familyLabelAttributes = Map.copyOf(familyLabelAttributes);
        categoryPaths = Map.copyOf(categoryPaths);
        channelLocales = Map.copyOf(channelLocales);
        locales = Set.copyOf(locales);
    }

    public record IndexedAttribute(String code, AttributeType type, boolean localizable, boolean scopable,
                                   String metricFamily) {
    }

    public Optional<IndexedAttribute> attribute(String code) {
        return Optional.ofNullable(attributes.get(code));
    }

    public boolean hasFamily(String code) {
        return families.contains(code);
    }

    public Optional<String> labelAttribute(String family) {
        return Optional.ofNullable(family == null ? null : familyLabelAttributes.get(family));
    }

    public boolean hasCategory(String code) {
        return categoryPaths.containsKey(code);
    }

    public boolean hasChannel(String code) {
        return channelLocales.containsKey(code);
    }

    public boolean hasLocale(String code) {
        return locales.contains(code);
    }

    /** A category and its ancestors, from its materialized path ({@code /master/shoes/boots/}). */
    public List<String> categoryWithAncestors(String code) {
        String path = categoryPaths.get(code);
        if (path == null) {
            return List.of(code);
        }
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
    }
}
