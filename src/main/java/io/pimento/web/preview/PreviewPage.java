package io.pimento.web.preview;

import io.pimento.catalog.channel.ChannelService;
import io.pimento.common.ProblemException;
import io.pimento.security.Role;
import io.pimento.feeds.placement.PlacementRequest;
import io.pimento.feeds.placement.PlacementResponse;
import io.pimento.feeds.placement.PlacementService;
import io.pimento.targeting.rules.PlacementRules;
import io.pimento.targeting.rules.engine.ActiveRule;
import io.pimento.targeting.rules.engine.Placement;
import io.pimento.targeting.rules.engine.RuleAction;
import io.pimento.targeting.segment.EvaluationRequest;
import io.pimento.targeting.segment.EvaluationResponse;
import io.pimento.targeting.segment.MatchedSegment;
import io.pimento.targeting.segment.SegmentEvaluations;
import io.pimento.web.ChannelChoice;
import io.pimento.web.FieldErrors;
import io.pimento.web.segments.VisitorContextLines;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a channel's placement shows a visitor: the segments the visitor context matches (and what
 * held), the merchandising rules that apply to the placement for those segments now, and the
 * placement's items with their reasons ({@link #placementItems}).
 */
@Path("/ui/preview")
@RolesAllowed(Role.VIEWER_CODE)
@Produces(MediaType.TEXT_HTML)
public class PreviewPage {

    private static final int CHANNELS = 100;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance preview(PreviewQuery query, List<ChannelChoice> channels,
                                               List<String> placements, Result result);

        static native TemplateInstance preview$items(PreviewItems items);
    }

    /** What the preview found; {@code errors} when the visitor context could not be read. */
    public record Result(List<MatchedSegment> segments, int evaluated, List<RuleRow> rules, PreviewItems items, FieldErrors errors) {
    }

    /** An active rule as the table shows it. */
    public record RuleRow(String code, int priority, String type, String segment, String summary) {

        static RuleRow of(ActiveRule rule) {
            return new RuleRow(rule.code(), rule.priority(), rule.action().type(), rule.segment() == null ? "everyone" : rule.segment(),
                    summary(rule.action()));
        }

        private static String summary(RuleAction action) {
            if (action instanceof RuleAction.Pin pin) {
                return "pins %s at %d".formatted(String.join(", ", pin.products()), pin.position());
            }
            if (action instanceof RuleAction.Content content) {
                return "shows %s at %d".formatted(String.join(", ", content.items()), content.position());
            }
            if (action instanceof RuleAction.Boost boost) {
                return "boosts %d products ×%s".formatted(boost.matched().size(), boost.weight());
            }
            if (action instanceof RuleAction.Include include) {
                return "includes %d products".formatted(include.matched().size());
            }
            if (action instanceof RuleAction.Exclude exclude) {
                return "excludes %d products".formatted(exclude.matched().size());
            }
            return action instanceof RuleAction.Bury bury ? "buries %d products".formatted(bury.matched().size()) : action.type();
        }
    }

    private final SegmentEvaluations evaluations;
    private final PlacementRules placementRules;
    private final ChannelService channels;
    private final PlacementService placements;

    PreviewPage(SegmentEvaluations evaluations, PlacementRules placementRules, ChannelService channels, PlacementService placements) {
        this.placements = placements;
        this.evaluations = evaluations;
        this.placementRules = placementRules;
        this.channels = channels;
    }

    @GET
    public TemplateInstance preview(@BeanParam PreviewQuery query) {
        List<ChannelChoice> choices = channels.list(CHANNELS, null).items().stream()
                .map(c -> ChannelChoice.of(c, c.code().equals(query.channel))).toList();
        return Templates.preview(query, choices, Placement.codes(), query.submitted() ? result(query) : null);
    }

    private Result result(PreviewQuery query) {
        VisitorContextLines context = query.context();
        if (!context.errors().isEmpty()) {
            return new Result(List.of(), 0, List.of(), PreviewItems.NOT_WIRED, new FieldErrors(context.errors()));
        }
        EvaluationResponse matched;
        try {
            matched = evaluations.evaluate(new EvaluationRequest(context.json(), null, null));
        } catch (ProblemException e) {
            return new Result(List.of(), 0, List.of(), PreviewItems.NOT_WIRED, FieldErrors.of(e));
        }
        Set<String> codes = matched.matched().stream().map(MatchedSegment::code).collect(Collectors.toSet());
        List<RuleRow> rules = placementRules.resolve(query.placementOrHome(), codes, Instant.now(), blankToNull(query.locale))
                .rules().stream().map(RuleRow::of).toList();
        try {
            return new Result(matched.matched(), matched.evaluated(), rules, placementItems(query), FieldErrors.NONE);
        } catch (ProblemException e) {
            // a missing category, a product not in the channel: said next to its field, with what matched so far
            return new Result(matched.matched(), matched.evaluated(), rules, PreviewItems.NOT_WIRED, FieldErrors.of(e));
        }
    }

    /**
     * The placement's items, for the {@code items} fragment of the page: the placement service a
     * channel calls, with the form's channel, placement, anchor, locale and visitor context. For
     * the cart placement, the product field holds the cart's items, comma-separated.
     */
    PreviewItems placementItems(PreviewQuery query) {
        if (blankToNull(query.channel) == null) {
            throw io.pimento.common.BadRequestException.of("channel", "choose the channel whose placement to preview");
        }
        String product = blankToNull(query.product);
        List<String> cart = product == null ? List.of()
                : java.util.Arrays.stream(product.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList();
        PlacementResponse response = placements.serve(new PlacementRequest(query.channel, query.placementOrHome().code(), null, null,
                blankToNull(query.locale), query.itemsOrDefault(), blankToNull(query.category), blankToNull(query.q), product, cart,
                query.context().json()), "/");
        return PreviewItems.of(response);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
