package io.pimento.feeds.placement;

import com.fasterxml.jackson.databind.JsonNode;
import io.pimento.catalog.support.Violations;
import io.pimento.common.Cursor;
import io.pimento.common.NotFoundException;
import io.pimento.feeds.FeedItem;
import io.pimento.feeds.FeedService;
import io.pimento.targeting.condition.BehaviorCounts;
import io.pimento.targeting.condition.VisitorContext;
import io.pimento.targeting.content.ResolvedContentItem;
import io.pimento.targeting.rules.PlacementRules;
import io.pimento.targeting.rules.engine.Candidate;
import io.pimento.targeting.rules.engine.Placement;
import io.pimento.targeting.rules.engine.PlacementItem;
import io.pimento.targeting.rules.engine.PlacementPipeline;
import io.pimento.targeting.rules.engine.Ranker;
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

    private final FeedService feeds;
    private final Candidates candidates;
    private final SegmentMatcher segments;
    private final PlacementRules rules;
    private final Clock clock;

    PlacementService(FeedService feeds, Candidates candidates, SegmentMatcher segments, PlacementRules rules) {
        this.feeds = feeds;
        this.candidates = candidates;
        this.segments = segments;
        this.rules = rules;
        this.clock = Clock.systemUTC();
    }

    public PlacementResponse serve(PlacementRequest request, String baseUrl) {
        Placement placement = Placement.fromCode(request.placement()).orElseThrow(() -> new NotFoundException(
                "unknown placement '%s'; placements are %s".formatted(request.placement(), String.join(", ", Placement.codes()))));
        String locale = feeds.target(request.channel(), request.locale()).locale();
        int limit = Cursor.limit(request.limit());
        VisitorContext context = context(request.context());

        List<MatchedSegment> matched = segments.match(context, BehaviorCounts.NONE);
        Set<String> segmentCodes = new LinkedHashSet<>(matched.stream().map(MatchedSegment::code).toList());
        Instant now = clock.instant();
        Candidates.Scope scope = new Candidates.Scope(request.channel(), feeds.categoryTree(request.channel()), locale, baseUrl,
                request.category(), request.q(), request.product(), request.items());
        int wanted = Math.min(MAX_CANDIDATES, Math.max(MIN_CANDIDATES, limit * CANDIDATES_PER_ITEM));
        List<Candidate> found = switch (placement) {
            case HOME, EMAIL -> candidates.home(scope, wanted);
            case CATEGORY -> candidates.category(scope, wanted);
            case SEARCH -> candidates.search(scope, wanted);
            case PRODUCT -> candidates.product(scope, wanted);
            case CART -> candidates.cart(scope, wanted);
        };

        PlacementRules.Resolved active = rules.resolve(placement, segmentCodes, now, locale,
                found.stream().map(Candidate::identifier).toList(), limit * 2);
        // Room for pinned or included products that turn out not to be in the channel's feed.
        List<PlacementItem> items = PlacementPipeline.run(found, Ranker.KEEP_ORDER,
                new RankingContext(placement, segmentCodes, now), active.rules(), limit * 2);
        Map<String, FeedItem> products = feeds.products(request.channel(),
                        items.stream().filter(item -> item.kind() == PlacementItem.Kind.PRODUCT).map(PlacementItem::identifier).toList(),
                        locale, baseUrl).stream()
                .collect(Collectors.toMap(product -> product.identifier().toLowerCase(Locale.ROOT), Function.identity()));
        List<PlacementResponse.Entry> entries = new ArrayList<>();
        for (PlacementItem item : items) {
            if (entries.size() == limit) {
                break;
            }
            FeedItem product = products.get(item.identifier().toLowerCase(Locale.ROOT));
            if (item.kind() == PlacementItem.Kind.PRODUCT && product != null) {
                entries.add(PlacementResponse.Entry.product(product, item.reasons()));
            } else if (item.kind() == PlacementItem.Kind.CONTENT) {
                ResolvedContentItem content = active.content().get(item.identifier());
                if (content != null) {
                    entries.add(PlacementResponse.Entry.content(content, item.reasons()));
                }
            }
        }
        return new PlacementResponse(UUID.randomUUID().toString(), placement.code(), List.copyOf(segmentCodes), entries);
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
