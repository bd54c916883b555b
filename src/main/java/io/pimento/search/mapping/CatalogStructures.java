package io.pimento.search.mapping;

import io.pimento.catalog.StructureChanged;
import io.pimento.catalog.StructureVersion;
import io.pimento.catalog.attribute.Attribute;
import io.pimento.catalog.category.Category;
import io.pimento.catalog.channel.Channel;
import io.pimento.catalog.family.Family;
import io.pimento.catalog.locale.CatalogLocale;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Keeps a {@link CatalogStructure} in memory. It is dropped when this instance changes the
 * structure ({@link StructureChanged}), reloaded when the shared {@link StructureVersion} moved on
 * (another instance changed it; the indexer checks at every poll, in its own transaction), and
 * reloaded when a caller meets a code it does not know and the copy may predate that code.
 */
@ApplicationScoped
public class CatalogStructures {

    /** Unknown codes in queries reload the structure at most this often, so they cannot cost a reload per request. */
    private static final Duration QUERY_RELOAD_INTERVAL = Duration.ofSeconds(1);

    @Inject
    EntityManager entityManager;

    @Inject
    StructureVersion structureVersion;

    private volatile CatalogStructure current;

    public CatalogStructure current() {
        CatalogStructure structure = current;
        return structure != null ? structure : reload();
    }

    /**
     * The structure, reloaded first if it lacks something ({@code isComplete} fails) and was read
     * before {@code neededSince} (database clock): a copy read after a product was enqueued knows
     * everything that product refers to.
     */
    public CatalogStructure completeAsOf(Predicate<CatalogStructure> isComplete, Instant neededSince) {
        CatalogStructure structure = current();
        if (isComplete.test(structure) || !structure.loadedAt().isBefore(neededSince)) {
            return structure;
        }
        return reload();
    }

    /** For a query naming a code this copy does not know: reload unless it was read very recently. */
    public CatalogStructure reloadedForUnknownCode() {
        CatalogStructure structure = current();
        if (structure.loadedWallClock().isAfter(Instant.now().minus(QUERY_RELOAD_INTERVAL))) {
            return structure;
        }
        return reload();
    }

    /** Reloads the copy if the structure changed since it was read; runs in the caller's transaction. */
    public void keepUpWithDatabase() {
        CatalogStructure structure = current;
        if (structure != null && structure.version() < structureVersion.inTransaction()) {
            reload();
        }
    }

    void onStructureChanged(@Observes(during = TransactionPhase.AFTER_COMPLETION) StructureChanged event) {
        current = null;
    }

    private synchronized CatalogStructure reload() {
        CatalogStructure loaded = QuarkusTransaction.requiringNew().call(this::load);
        current = loaded;
        return loaded;
    }

    private CatalogStructure load() {
        // Read first, on the database clock: everything committed before this instant is in the copy.
        Instant loadedAt = ((OffsetDateTime) entityManager.createNativeQuery("select clock_timestamp()", OffsetDateTime.class)
                .getSingleResult()).toInstant();
        long version = structureVersion.inTransaction();
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
                labelAttributes, categoryPaths, channelLocales, locales, version, loadedAt, Instant.now());
    }
}
