package io.pimento.targeting.rules;

import io.pimento.catalog.CatalogVersion;
import io.pimento.common.BadRequestException;
import io.pimento.search.query.ProductSearchService;
import io.pimento.targeting.Schedules;
import io.pimento.targeting.content.ContentItemPayload;
import io.pimento.targeting.content.ContentItemService;
import io.pimento.targeting.content.FrequencyCap;
import io.pimento.targeting.content.ResolvedContentItem;
import io.pimento.targeting.rules.engine.ActiveRule;
import io.pimento.targeting.rules.engine.Placement;
import io.pimento.targeting.rules.engine.RuleAction;
import io.pimento.targeting.rules.engine.RuleSelector;
import io.pimento.targeting.rules.engine.ScheduledRule;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What merchandising rules do to one placement request: the rules that apply (placement,
 * matched segments, schedule), their queries resolved to product identifiers, and the content
 * items they show, ready for {@link io.pimento.targeting.rules.engine.MerchandisingRules}.
 *
 * <p>The enabled rules and their content items are cached. The cache is checked against the
 * shared {@link MerchandisingVersion} at most every {@code cache-check-interval}, so a change made
 * on any instance is seen within that interval (on this instance, at once). A query's matches are
 * reused while the catalog version (which moves when searches see a change) stays the same, for
 * half to all of {@code query-cache-ttl} at most.
 */
@ApplicationScoped
public class PlacementRules {

    private static final Logger LOG = Logger.getLogger(PlacementRules.class);

    /** The rules that apply, in precedence order, and the content items they show, in the requested locale. */
    public record Resolved(List<ActiveRule> rules, Map<String, ResolvedContentItem> content, Map<String, FrequencyCap> caps) {

        public Resolved(List<ActiveRule> rules, Map<String, ResolvedContentItem> content) {
            this(rules, content, Map.of());
        }
    }

    private final RuleService rules;
    private final ContentItemService contentItems;
    private final MerchandisingVersion version;
    private final ProductSearchService search;
    private final RulesConfig config;
    private final CatalogVersion catalogVersion;

    private volatile Snapshot snapshot;

    PlacementRules(RuleService rules, ContentItemService contentItems, MerchandisingVersion version,
                   ProductSearchService search, RulesConfig config, CatalogVersion catalogVersion) {
        this.catalogVersion = catalogVersion;
        this.rules = rules;
        this.contentItems = contentItems;
        this.version = version;
        this.search = search;
        this.config = config;
    }

    /**
     * @param segments the codes of the segments the visitor matched
     * @param locale   the locale content items are shown in (with fallback); null for en_US
     */
    public Resolved resolve(Placement placement, Set<String> segments, Instant now, String locale) {
        return resolve(placement, segments, now, locale, null, 0);
    }

    /**
     * The same, with each query's matches narrowed to what can matter for these candidates: an
     * include brings at most {@code shown} products of its own (and keeps the candidates it
     * names), and excludes, boosts and buries keep only the products that can be in the list
     * (candidates, pinned and included ones). A query may match a thousand products; the engine
     * then works on a few hundred, whatever the number of rules.
     */
    public Resolved resolve(Placement placement, Set<String> segments, Instant now, String locale,
                            List<String> candidates, int shown) {
        Snapshot current = current();
        List<ScheduledRule> selected = RuleSelector.select(current.scheduled(), placement, segments, now);
        Narrowing narrowing = candidates == null ? null : narrowing(selected, current, candidates, shown);
        List<ActiveRule> active = new ArrayList<>();
        Map<String, ResolvedContentItem> content = new LinkedHashMap<>();
        for (ScheduledRule scheduled : selected) {
            RulePayload rule = current.rules().get(scheduled.code());
            RuleAction action = toEngine(rule, current, now, content, locale, narrowing);
            if (action != null) {
                active.add(new ActiveRule(rule.code(), rule.priority(), action, rule.segment()));
            }
        }
        Map<String, FrequencyCap> caps = new LinkedHashMap<>();
        content.keySet().forEach(code -> {
            ContentItemPayload item = current.content().get(code);
            if (item != null && item.frequencyCap() != null) {
                caps.put(code, item.frequencyCap());
            }
        });
        return new Resolved(List.copyOf(active), content, caps);
    }

    /** The candidates, then the products pins and includes may bring, in that order (the engine is deterministic). */
    private record Narrowing(List<String> candidates, Set<String> relevant, int shown) {
    }

    private Narrowing narrowing(List<ScheduledRule> selected, Snapshot current, List<String> candidates, int shown) {
        Set<String> relevant = new LinkedHashSet<>(candidates);
        for (ScheduledRule scheduled : selected) {
            RuleActionPayload action = current.rules().get(scheduled.code()).action();
            if (RuleActions.PIN.equals(action.type())) {
                relevant.addAll(action.products());
            } else if (RuleActions.INCLUDE.equals(action.type())) {
                Matches matches = matches(current.rules().get(scheduled.code()), current);
                if (matches != null) {
                    relevant.addAll(matches.identifiers().subList(0, Math.min(shown, matches.identifiers().size())));
                }
            }
        }
        return new Narrowing(candidates, relevant, shown);
    }

    /** The matches that can matter: see {@link #resolve(Placement, Set, Instant, String, List, int)}. */
    private static List<String> narrowed(String type, Matches matches, Narrowing narrowing) {
        if (narrowing == null) {
            return matches.identifiers();
        }
        if (RuleActions.INCLUDE.equals(type)) {
            Set<String> kept = new LinkedHashSet<>(matches.identifiers().subList(0, Math.min(narrowing.shown(), matches.identifiers().size())));
            narrowing.candidates().stream().filter(matches.set()::contains).forEach(kept::add);
            return List.copyOf(kept);
        }
        return narrowing.relevant().stream().filter(matches.set()::contains).toList();
    }

    /** Forgets the cache once a change to rules or content items made on this instance is committed. */
    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) MerchandisingVersion.Bumped event) {
        snapshot = null;
    }

    private RuleAction toEngine(RulePayload rule, Snapshot current, Instant now, Map<String, ResolvedContentItem> content, String locale,
                                Narrowing narrowing) {
        RuleActionPayload action = rule.action();
        return switch (action.type()) {
            case RuleActions.PIN -> new RuleAction.Pin(action.products(), action.position());
            case RuleActions.CONTENT -> {
                List<String> shown = new ArrayList<>();
                for (String code : action.items()) {
                    ContentItemPayload item = current.content().get(code);
                    if (item != null && Schedules.contains(instant(item.validFrom()), instant(item.validTo()), now)) {
                        shown.add(code);
                        content.computeIfAbsent(code, c -> ResolvedContentItem.of(item, locale));
                    }
                }
                yield shown.isEmpty() ? null : new RuleAction.Content(shown, action.position());
            }
            default -> {
                Matches matches = matches(rule, current);
                if (matches == null) {
                    yield null;
                }
                List<String> matched = narrowed(action.type(), matches, narrowing);
                yield switch (action.type()) {
                    case RuleActions.INCLUDE -> new RuleAction.Include(matched);
                    case RuleActions.EXCLUDE -> new RuleAction.Exclude(matched);
                    case RuleActions.BOOST -> new RuleAction.Boost(matched, action.weight().doubleValue());
                    default -> new RuleAction.Bury(matched);
                };
            }
        };
    }

    /** The rule's query resolved through the search API (cached); null when it no longer makes sense. */
    private Matches matches(RulePayload rule, Snapshot current) {
        long now = System.nanoTime();
        long catalog = catalogVersion.current();
        Matches cached = current.matches().get(rule.code());
        if (cached != null && cached.catalogVersion() == catalog && now - cached.expiresAt() < 0) {
            return cached;
        }
        try {
            List<String> identifiers = List.copyOf(search.identifiers(RuleActions.parameters(rule.action().query()), config.maxQueryMatches()));
            // each between half the TTL and all of it: the rules' queries do not all run again at the same moment
            long ttl = config.queryCacheTtl().toNanos();
            Matches matches = new Matches(identifiers, Set.copyOf(identifiers), catalog,
                    now + ttl - (long) (ttl / 2 * ThreadLocalRandom.current().nextDouble()));
            current.matches().put(rule.code(), matches);
            return matches;
        } catch (BadRequestException e) {
            // The query named something since deleted (an attribute, a category): the rule does nothing until fixed.
            LOG.warnf("Rule '%s' is skipped: its query is no longer valid (%s)", rule.code(), e.getMessage());
            return null;
        }
    }

    private Snapshot current() {
        Snapshot current = snapshot;
        long now = System.nanoTime();
        if (current != null && now - current.checkedAt().get() < config.cacheCheckInterval().toNanos()) {
            return current;
        }
        if (current != null && version.current() == current.version()) {
            current.checkedAt().set(now);
            return current;
        }
        Snapshot loaded = QuarkusTransaction.requiringNew().call(this::load);
        snapshot = loaded;
        return loaded;
    }

    private Snapshot load() {
        // The version first: whatever is read next is at least that recent.
        long loadedVersion = version.current();
        List<RulePayload> enabled = rules.enabled();
        Map<String, RulePayload> byCode = enabled.stream().collect(Collectors.toMap(RulePayload::code, Function.identity()));
        List<ScheduledRule> scheduled = enabled.stream()
                .map(r -> new ScheduledRule(r.code(), r.priority(), r.placement() == null ? null : Placement.fromCode(r.placement()).orElseThrow(),
                        r.segment(), instant(r.start()), instant(r.end()), true))
                .toList();
        Set<String> shown = enabled.stream().filter(r -> RuleActions.CONTENT.equals(r.action().type()))
                .flatMap(r -> r.action().items().stream()).collect(Collectors.toSet());
        Map<String, ContentItemPayload> content = contentItems.byCodes(shown).stream()
                .collect(Collectors.toMap(ContentItemPayload::code, Function.identity()));
        return new Snapshot(loadedVersion, new AtomicLong(System.nanoTime()), scheduled, byCode, content, new ConcurrentHashMap<>());
    }

    private static Instant instant(String value) {
        return value == null ? null : Instant.parse(value);
    }

    /** The enabled rules at one version; {@code checkedAt} is when the version was last confirmed (nanoTime). */
    private record Snapshot(long version, AtomicLong checkedAt, List<ScheduledRule> scheduled, Map<String, RulePayload> rules,
                            Map<String, ContentItemPayload> content, Map<String, Matches> matches) {
    }

    /** A query's matches, good while the catalog stays at {@code catalogVersion}, until {@code expiresAt} (nanoTime) at the latest. */
    private record Matches(List<String> identifiers, Set<String> set, long catalogVersion, long expiresAt) {
    }
}
