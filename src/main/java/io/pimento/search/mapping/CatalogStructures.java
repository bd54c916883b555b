package io.pimento.search.mapping;

import io.pimento.catalog.StructureChanged;
import io.pimento.catalog.attribute.Attribute;
import io.pimento.catalog.category.Category;
import io.pimento.catalog.channel.Channel;
import io.pimento.catalog.family.Family;
import io.pimento.catalog.locale.CatalogLocale;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Keeps a {@link CatalogStructure} in memory. It is dropped when the structure changes
 * ({@link StructureChanged}) and reloaded when a caller meets a code it does not know yet
 * (another instance may have created it), at most once a second so unknown codes in queries
 * cannot turn into a reload per request.
 */
@ApplicationScoped
public class CatalogStructures {

    private static final Duration MIN_RELOAD_INTERVAL = Duration.ofSeconds(1);

    private volatile CatalogStructure current;
    private volatile Instant loadedAt = Instant.EPOCH;

    public CatalogStructure current() {
        CatalogStructure structure = current;
        return structure != null ? structure : reload();
    }

    /** The structure, reloaded first if it does not satisfy {@code isUpToDate} and was not just loaded. */
    public CatalogStructure currentWhere(Predicate<CatalogStructure> isUpToDate) {
        CatalogStructure structure = current();
        if (isUpToDate.test(structure) || Instant.now().isBefore(loadedAt.plus(MIN_RELOAD_INTERVAL))) {
            return structure;
        }
        return reload();
    }

    void onStructureChanged(@Observes(during = TransactionPhase.AFTER_COMPLETION) StructureChanged event) {
        current = null;
    }

    public void invalidate() {
        current = null;
    }

    private synchronized CatalogStructure reload() {
        CatalogStructure loaded = QuarkusTransaction.requiringNew().call(CatalogStructures::load);
        current = loaded;
        loadedAt = Instant.now();
        return loaded;
    }

    private static CatalogStructure load() {
        Map<String, CatalogStructure.IndexedAttribute> attributes = Attribute.<Attribute>listAll().stream()
                .collect(Collectors.toMap(a -> a.code, a -> new CatalogStructure.IndexedAttribute(
                        a.code, a.type, a.localizable, a.scopable, a.metricFamily)));
        List<Family> families = Family.listAll();
        Map<String, String> labelAttributes = new HashMap<>();
        families.stream().filter(f -> f.attributeAsLabel != null)
                .forEach(f -> labelAttributes.put(f.code, f.attributeAsLabel));
        Map<String, String> categoryPaths = Category.<Category>listAll().stream()
                .collect(Collectors.toMap(c -> c.code, c -> c.path));
        Map<String, List<String>> channelLocales = Channel.<Channel>listAll().stream()
                .collect(Collectors.toMap(c -> c.code, c -> List.copyOf(c.locales)));
        Set<String> locales = new HashSet<>();
        CatalogLocale.<CatalogLocale>list("enabled", true).forEach(l -> locales.add(l.code));
        channelLocales.values().forEach(locales::addAll);
        return new CatalogStructure(attributes, families.stream().map(f -> f.code).collect(Collectors.toSet()),
                labelAttributes, categoryPaths, channelLocales, locales);
    }
}
