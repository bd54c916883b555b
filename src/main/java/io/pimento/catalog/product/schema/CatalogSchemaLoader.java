package io.pimento.catalog.product.schema;

import io.pimento.catalog.measurement.MeasurementFamilies;
import io.pimento.catalog.measurement.MeasurementUnit;

import io.pimento.catalog.attribute.Attribute;
import io.pimento.catalog.channel.Channel;
import io.pimento.catalog.family.Family;
import io.pimento.catalog.family.FamilyVariant;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the catalog structure from PostgreSQL into a {@link CatalogSchema}. */
@ApplicationScoped
public class CatalogSchemaLoader {

    private final EntityManager em;

    CatalogSchemaLoader(EntityManager em) {
        this.em = em;
    }

    /**
     * Loads in a transaction of its own, so the picture holds only committed structure and the
     * caller's persistence context is left untouched.
     */
    public CatalogSchema load() {
        return QuarkusTransaction.requiringNew().call(this::loadInCurrentTransaction);
    }

    /** Loads in the caller's transaction: sees its uncommitted structure changes too. */
    public CatalogSchema loadInCurrentTransaction() {
        Instant startedAt = Instant.now();
        CatalogSchema.Builder schema = CatalogSchema.builder().loadedAt(startedAt);

        Map<String, List<String>> options = new HashMap<>();
        em.createQuery("select o.attribute, o.code from AttributeOption o order by o.sortOrder, o.code", Object[].class)
                .getResultStream()
                .forEach(row -> options.computeIfAbsent((String) row[0], k -> new java.util.ArrayList<>()).add((String) row[1]));
        for (Attribute a : Attribute.<Attribute>listAll()) {
            schema.attribute(toSchema(a, options.getOrDefault(a.code, List.of())));
        }
        for (Family f : Family.<Family>listAll()) {
            schema.family(new FamilySchema(f.code, new java.util.LinkedHashSet<>(f.attributes), f.attributeRequirements, f.attributeAsLabel));
        }
        for (FamilyVariant v : FamilyVariant.<FamilyVariant>listAll()) {
            schema.familyVariant(v.code, v.family, v.variantAttributeSets.stream()
                    .map(set -> new VariantLevel(set.level(), set.axes(), new java.util.LinkedHashSet<>(set.attributes())))
                    .toList());
        }
        for (Channel c : Channel.<Channel>list("order by code")) {
            schema.channel(new ChannelSchema(c.code, c.locales, c.currencies));
        }
        schema.enabledLocales(codes("select l.code from CatalogLocale l where l.enabled = true"));
        schema.enabledCurrencies(codes("select c.code from Currency c where c.enabled = true"));
        schema.categories(codes("select c.code from Category c"));
        schema.associationTypes(codes("select a.code from AssociationType a"));
        schema.groups(codes("select g.code from ProductGroup g"));
        return schema.build();
    }

    private List<String> codes(String query) {
        return em.createQuery(query, String.class).getResultList();
    }

    private static AttributeSchema toSchema(Attribute a, List<String> options) {
        return AttributeSchema.builder(a.code, a.type)
                .localizable(a.localizable)
                .scopable(a.scopable)
                .unique(a.unique)
                .availableLocales(a.availableLocales)
                .maxCharacters(a.maxCharacters)
                .validationRule(a.validationRule, a.validationRegexp)
                .numberRange(a.numberMin, a.numberMax)
                .decimalsAllowed(a.decimalsAllowed)
                .negativeAllowed(a.negativeAllowed)
                .dateRange(a.dateMin, a.dateMax)
                .metric(a.metricFamily, unitsOf(a.metricFamily))
                .allowedExtensions(a.allowedExtensions)
                .referenceDataName(a.referenceDataName)
                .options(options)
                .build();
    }

    /** Unit codes of a measurement family known to {@link MeasurementFamilies}; none for an unknown family. */
    public static List<String> unitsOf(String metricFamily) {
        return MeasurementFamilies.family(metricFamily)
                .map(family -> family.units().stream().map(MeasurementUnit::code).toList())
                .orElse(List.of());
    }
}
