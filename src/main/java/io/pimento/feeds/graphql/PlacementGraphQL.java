package io.pimento.feeds.graphql;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pimento.feeds.FeedTarget;
import io.pimento.feeds.access.ChannelPrincipal;
import io.pimento.feeds.placement.PlacementRequest;
import io.pimento.feeds.placement.PlacementResponse;
import io.pimento.feeds.placement.PlacementService;
import io.pimento.security.Role;
import io.pimento.targeting.content.ResolvedContentItem;
import io.pimento.targeting.rules.engine.Reason;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.List;

/** Placements over GraphQL: the same {@link PlacementService} as {@code /api/v1/feeds/{channel}/placements/{placement}}. */
@GraphQLApi
@RolesAllowed({Role.VIEWER_CODE, ChannelPrincipal.ROLE})
public class PlacementGraphQL {

    private final PlacementService placements;
    private final GraphQLReader reader;
    private final ObjectMapper mapper;

    PlacementGraphQL(PlacementService placements, GraphQLReader reader, ObjectMapper mapper) {
        this.placements = placements;
        this.reader = reader;
        this.mapper = mapper;
    }

    /** What a visitor context says, as segments read it; {@code custom} holds the ctx.<name> fields. */
    @Input("VisitorContext")
    public record VisitorInput(String device, String country, String referrer, String utmSource, String utmCampaign,
                               @Name("new") Boolean isNew, Long visits, String tier, List<CustomField> custom) {
    }

    @Input("CustomField")
    @Description("A custom context field: name without the ctx. prefix; value as JSON (\"paris\", 3, true)")
    public record CustomField(@NonNull String name, @NonNull String value) {
    }

    @Name("Placement")
    public record PlacementResult(String id, String placement, List<String> segments, List<PlacementEntry> items) {
    }

    @Name("PlacementItem")
    @Description("A product (type product) or a content item (type content), with why it is there")
    public record PlacementEntry(String type, String identifier, FeedProduct product, ResolvedContentItem content, List<Reason> reasons) {
    }

    @Query
    @Description("The list a channel shows at a point of the journey (home, category, search, product, cart, email) "
            + "for a visitor context: candidates, segments, merchandising rules, each item with its reasons; see docs/feeds.md")
    public PlacementResult placement(@NonNull String channel, @NonNull String placement, String locale, Integer limit,
                                     String visitor, String session, String category, String q, String product,
                                     List<String> items, VisitorInput context) {
        FeedTarget target = reader.admit(channel, locale);
        PlacementResponse response = placements.serve(new PlacementRequest(channel, placement, visitor, session, target.locale(),
                limit, category, q, product, items, json(context)), reader.baseUrl());
        return new PlacementResult(response.id(), response.placement(), response.segments(), response.items().stream()
                .map(entry -> new PlacementEntry(entry.type(), entry.identifier(),
                        entry.product() == null ? null : FeedProduct.of(entry.product(), target.channel(), target.locale(), mapper),
                        entry.content(), entry.reasons()))
                .toList());
    }

    /** The context as the placement service reads it, so the same checks give the same errors. */
    private ObjectNode json(VisitorInput context) {
        ObjectNode node = mapper.createObjectNode();
        if (context == null) {
            return node;
        }
        node.put("device", context.device()).put("country", context.country()).put("referrer", context.referrer())
                .put("utm_source", context.utmSource()).put("utm_campaign", context.utmCampaign()).put("tier", context.tier());
        if (context.isNew() != null) {
            node.put("new", context.isNew());
        }
        if (context.visits() != null) {
            node.put("visits", context.visits());
        }
        if (context.custom() != null) {
            for (CustomField field : context.custom()) {
                try {
                    node.set("ctx." + field.name(), mapper.readTree(field.value()));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    node.put("ctx." + field.name(), field.value()); // plain text, unquoted
                }
            }
        }
        return node;
    }
}
