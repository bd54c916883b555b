package io.pimento.feeds.placement;

import com.fasterxml.jackson.databind.JsonNode;
import io.pimento.catalog.CatalogVersion;
import io.pimento.catalog.support.Violations;
import io.pimento.common.VersionedCache;
import io.pimento.feeds.FeedsConfig;
import io.pimento.common.Cursor;
import io.pimento.common.NotFoundException;
import io.pimento.feeds.FeedItem;
import io.pimento.feeds.FeedService;
import io.pimento.events.VisitorActivities;
import io.pimento.events.VisitorActivity;
import io.pimento.events.VisitorEvent;
import io.pimento.personalization.Arm;
import io.pimento.personalization.ExperimentService;
import io.pimento.personalization.PersonalizationConfig;
import io.pimento.personalization.PersonalizedRanking;
import io.pimento.personalization.VisitorProfile;
import io.pimento.ranking.ViewedItem;
import io.pimento.targeting.condition.VisitorContext;
import io.pimento.targeting.content.FrequencyCap;
import io.pimento.targeting.content.ResolvedContentItem;
import io.pimento.targeting.rules.PlacementRules;
import io.pimento.targeting.rules.engine.Candidate;
import io.pimento.targeting.rules.engine.Placement;
import io.pimento.targeting.rules.engine.PlacementItem;
import io.pimento.targeting.rules.engine.PlacementPipeline;
import io.pimento.targeting.rules.engine.RankingContext;
import io.pimento.targeting.segment.MatchedSegment;
import io.pimento.targeting.segment.SegmentMatcher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Serves a placement: the visitor's segments, the candidates of the placement, the ranking stage,
 * then the merchandising rules that must hold (pins, exclusions, content), and finally the
 * products resolved as the channel's feed resolves them. The one service the REST and GraphQL
 * placement adapters call.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlacementService {

    /** How many candidates to select per item asked for: rules and unresolvable products thin the list. */
    private static final int CANDIDATES_PER_ITEM = 3;
    private static final int MIN_CANDIDATES = 60;
    private static final int MAX_CANDIDATES = 300;
    /** Products resolved beyond those the answer still needs, for the few a rule named that are not in the feed. */
    private static final int RESOLVE_MARGIN = 4;

    private final FeedService feeds;
    private final Candidates candidates;
    private final SegmentMatcher segments;
    private final PlacementRules rules;
    private final VisitorActivities activities;
    private final PersonalizedRanking personalization;
    private final PersonalizationConfig personalizationConfig;
    private final ExperimentService experiments;
    private final Clock clock;
    /**
     * Candidate lists by placement and anchor, at the catalog version (which moves when the search
     * index they come from shows a change): most requests of a shop share a few anchors.
     */
    private final VersionedCache<CandidateKey, List<Candidate>> candidateCache;

    /** What a candidate list depends on: the placement's kind (home and email share theirs), channel, locale and anchor. */
    private record CandidateKey(Placement placement, String channel, String locale, String anchor, int wanted) {

        static CandidateKey of(Placement placement, Candidates.Scope scope, int wanted) {
            String anchor = switch (placement) {
                case HOME, EMAIL -> "";
                case CATEGORY -> String.valueOf(scope.category()).toLowerCase(Locale.ROOT);
                case SEARCH -> String.valueOf(scope.q()).strip();
                case PRODUCT -> String.valueOf(scope.product()).toLowerCase(Locale.ROOT);
                case CART -> String.join(",", scope.items()).toLowerCase(Locale.ROOT);
            };
            return new CandidateKey(placement == Placement.EMAIL ? Placement.HOME : placement, scope.channel().toLowerCase(Locale.ROOT),
                    scope.locale(), anchor, wanted);
        }
    }

    PlacementService(FeedService feeds, Candidates candidates, SegmentMatcher segments, PlacementRules rules,
                     VisitorActivities activities, PersonalizedRanking personalization, PersonalizationConfig personalizationConfig,
                     ExperimentService experiments, CatalogVersion catalogVersion, FeedsConfig feedsConfig) {
        this.candidateCache = new VersionedCache<>(catalogVersion::current, feedsConfig.cache().candidates(), List::size,
                feedsConfig.cache().maxAge());
        this.experiments = experiments;
        this.feeds = feeds;
        this.candidates = candidates;
        this.segments = segments;
        this.rules = rules;
        this.activities = activities;
        this.personalization = personalization;
        this.personalizationConfig = personalizationConfig;
        this.clock = Clock.systemUTC();
    }

    public PlacementResponse serve(PlacementRequest request, String baseUrl) {
        Placement placement = Placement.fromCode(request.placement()).orElseThrow(() -> new NotFoundException(
                "unknown placement '%s'; placements are %s".formatted(request.placement(), String.join(", ", Placement.codes()))));
        String locale = feeds.target(request.channel(), request.locale()).locale();
        int limit = Cursor.limit(request.limit());
        // what the visitor did (consented events only), read fresh from PostgreSQL: every instance agrees
        VisitorActivity activity = activities.load(request.visitor(), request.session());
        VisitorProfile profile = VisitorProfile.of(activity, request.session());
        VisitorContext context = profile.complete(context(request.context()));

        List<MatchedSegment> matched = segments.match(context, profile.counts());
        Set<String> segmentCodes = new LinkedHashSet<>(matched.stream().map(MatchedSegment::code).toList());
        Instant now = clock.instant();
        Candidates.Scope scope = new Candidates.Scope(request.channel(), feeds.categoryTree(request.channel()), locale, baseUrl,
                request.category(), request.q(), request.product(), request.items());
        int wanted = Math.min(MAX_CANDIDATES, Math.max(MIN_CANDIDATES, limit * CANDIDATES_PER_ITEM));
        List<Candidate> found = candidateCache.get(CandidateKey.of(placement, scope, wanted), key -> List.copyOf(switch (placement) {
            case HOME, EMAIL -> candidates.home(scope, wanted);
            case CATEGORY -> candidates.category(scope, wanted);
            case SEARCH -> candidates.search(scope, wanted);
            case PRODUCT -> candidates.product(scope, wanted);
            case CART -> candidates.cart(scope, wanted);
        }));

        // Anchorless placements and recommendations also take the ranker's own candidates; a category
        // or a search keeps to its own products.
        boolean ownCandidates = placement != Placement.CATEGORY && placement != Placement.SEARCH;
        // resolved only when a reason names a viewed product: no extra feed query for unpersonalized requests
        Function<String, String> labelOf = lazyLabels(profile, request.channel(), locale, baseUrl);
        // an experiment's holdout gets targeting only (and keeps their explicit preferences)
        ExperimentService.Assignment assignment = experiments.assign(placement.code(), request.visitor(), request.session());
        Arm arm = assignment.arm();
        PersonalizedRanking.Plan plan = arm == Arm.HOLDOUT ? PersonalizedRanking.Plan.TARGETING_ONLY
                : personalization.plan(profile, ownCandidates ? wanted : 0, labelOf, placement.code(),
                request.visitor() != null ? request.visitor() : request.session(), assignment.scoring());
        if (!plan.candidates().isEmpty()) {
            // the ranker learnt from every channel's events: keep its candidates this channel's feed holds
            Set<String> inFeed = feeds.inFeed(request.channel(), plan.candidates().stream().map(Candidate::identifier).toList());
            Set<String> seen = found.stream().map(c -> c.identifier().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
            List<Candidate> merged = new ArrayList<>(found);
            plan.candidates().stream().filter(c -> inFeed.contains(c.identifier().toLowerCase(Locale.ROOT)))
                    .filter(c -> seen.add(c.identifier().toLowerCase(Locale.ROOT))).forEach(merged::add);
            found = merged;
        }

        PlacementRules.Resolved active = rules.resolve(placement, segmentCodes, now, locale,
                found.stream().map(Candidate::identifier).toList(), limit * 2);
        // Room for pinned or included products that turn out not to be in the channel's feed, or hidden by the visitor.
        List<PlacementItem> items = PlacementPipeline.run(found, plan.ranker(),
                new RankingContext(placement, segmentCodes, now), active.rules(), limit * 2 + (profile.hasPreferences() ? limit : 0));
        // Products are resolved as far down the list as the answer needs (a few more for those not in the feed).
        Map<String, FeedItem> products = new java.util.HashMap<>();
        int resolvedUpTo = 0;
        List<PlacementResponse.Entry> entries = new ArrayList<>();
        for (int i = 0; i < items.size() && entries.size() < limit; i++) {
            PlacementItem item = items.get(i);
            if (i >= resolvedUpTo) {
                resolvedUpTo = Math.min(items.size(), i + limit - entries.size() + RESOLVE_MARGIN);
                feeds.products(request.channel(), items.subList(i, resolvedUpTo).stream()
                                .filter(next -> next.kind() == PlacementItem.Kind.PRODUCT).map(PlacementItem::identifier).toList(),
                        locale, baseUrl).forEach(product -> products.put(product.identifier().toLowerCase(Locale.ROOT), product));
            }
            FeedItem product = products.get(item.identifier().toLowerCase(Locale.ROOT));
            if (item.kind() == PlacementItem.Kind.PRODUCT && product != null) {
                Preference said = preference(profile, product, locale);
                if (said != null && !said.like()) {
                    continue; // hidden by the visitor: never shown, whatever the rules
                }
                List<io.pimento.targeting.rules.engine.Reason> reasons = item.reasons();
                if (said != null) {
                    reasons = new ArrayList<>(reasons);
                    reasons.add(0, io.pimento.targeting.rules.engine.Reason.of("liked", said.text()));
                }
                entries.add(PlacementResponse.Entry.product(product, reasons));
            } else if (item.kind() == PlacementItem.Kind.CONTENT) {
                ResolvedContentItem content = active.content().get(item.identifier());
                if (content != null) {
                    entries.add(PlacementResponse.Entry.content(content, item.reasons()));
                }
            }
        }
        return new PlacementResponse(arm.responseId(placement.code(), UUID.randomUUID()), placement.code(), List.copyOf(segmentCodes),
                favourLiked(withinCaps(entries, active.caps(), activity, request.session(), now)));
    }

    /**
     * Leaves out the content items this visitor (or session) was already shown as often as their
     * frequency cap allows; one query, only when the answer holds a capped item.
     */
    private List<PlacementResponse.Entry> withinCaps(List<PlacementResponse.Entry> entries, Map<String, FrequencyCap> caps,
                                                     VisitorActivity activity, String session, Instant now) {
        List<String> capped = entries.stream().filter(e -> "content".equals(e.type()) && caps.containsKey(e.identifier()))
                .map(PlacementResponse.Entry::identifier).toList();
        if (capped.isEmpty()) {
            return entries;
        }
        java.time.Duration longest = capped.stream().map(code -> caps.get(code).window()).max(java.time.Duration::compareTo).orElseThrow();
        Map<String, List<Instant>> shown = activities.contentImpressions(activity.visitor(), session, capped, now.minus(longest));
        return entries.stream().filter(entry -> {
            FrequencyCap cap = caps.get(entry.identifier());
            if (cap == null || !"content".equals(entry.type())) {
                return true;
            }
            Instant since = now.minus(cap.window());
            long times = shown.getOrDefault(entry.identifier().toLowerCase(Locale.ROOT), List.of()).stream()
                    .filter(at -> !at.isBefore(since)).count();
            return times < cap.impressions();
        }).toList();
    }

    /** A visitor's explicit choice about a product, one of its categories or its brand; null when they said nothing. */
    private record Preference(boolean like, String text) {
    }

    private Preference preference(VisitorProfile profile, FeedItem product, String locale) {
        if (!profile.hasPreferences()) {
            return null;
        }
        Boolean own = profile.likes(VisitorEvent.Preference.Kind.PRODUCT, product.identifier());
        if (own != null) {
            return new Preference(own, "you like it");
        }
        Object brand = product.values() == null ? null : product.values().get(personalizationConfig.brandAttribute());
        Boolean byBrand = brand instanceof String code ? profile.likes(VisitorEvent.Preference.Kind.BRAND, code) : null;
        if (byBrand != null) {
            return new Preference(byBrand, "you like " + brand);
        }
        for (String category : product.categories()) {
            Boolean byCategory = profile.likes(VisitorEvent.Preference.Kind.CATEGORY, category);
            if (byCategory != null) {
                String label = candidates.categoryLabel(category, locale);
                return new Preference(byCategory, "you like " + (label == null ? category : label));
            }
        }
        return null;
    }

    /** Liked products ahead of the others, keeping pinned products and content where the rules put them. */
    private static List<PlacementResponse.Entry> favourLiked(List<PlacementResponse.Entry> entries) {
        List<Integer> movable = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            boolean fixed = entries.get(i).reasons().stream().anyMatch(r -> r.code().equals(io.pimento.targeting.rules.engine.Reason.PINNED)
                    || r.code().equals(io.pimento.targeting.rules.engine.Reason.CONTENT));
            if (!fixed) {
                movable.add(i);
            }
        }
        List<PlacementResponse.Entry> moving = movable.stream().map(entries::get)
                .sorted(java.util.Comparator.comparing((PlacementResponse.Entry e) -> e.reasons().stream().noneMatch(r -> r.code().equals("liked"))))
                .toList();
        List<PlacementResponse.Entry> result = new ArrayList<>(entries);
        for (int k = 0; k < movable.size(); k++) {
            result.set(movable.get(k), moving.get(k));
        }
        return result;
    }

    /**
     * A product's label in the request's locale (its identifier when it has none), for "because you
     * viewed ...": the visitor's viewed products are resolved in one query, on the first call.
     */
    private Function<String, String> lazyLabels(VisitorProfile profile, String channel, String locale, String baseUrl) {
        Map<String, String> labels = new java.util.HashMap<>();
        boolean[] loaded = {false};
        return identifier -> {
            if (!loaded[0]) {
                loaded[0] = true;
                List<String> viewed = profile.history().stream().map(ViewedItem::itemId).distinct().toList();
                feeds.products(channel, viewed, locale, baseUrl).stream().filter(item -> item.label() != null)
                        .forEach(item -> labels.putIfAbsent(item.identifier().toLowerCase(Locale.ROOT), item.label()));
            }
            return labels.getOrDefault(identifier.toLowerCase(Locale.ROOT), identifier);
        };
    }

    /** 422 naming each context field that is not what it should be ({@code context.visits}). */
    private static VisitorContext context(JsonNode node) {
        VisitorContext.Parsed parsed = VisitorContext.parse(node, "context");
        Violations violations = new Violations();
        parsed.errors().forEach(error -> violations.add(error.field(), error.message()));
        violations.throwIfAny();
        return parsed.context();
    }
}
