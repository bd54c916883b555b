package io.pimento.web.preview;

import io.pimento.targeting.rules.engine.Placement;
import io.pimento.web.segments.VisitorContextLines;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The preview form: which placement of which channel (with what it is about: a category, search
 * terms, a product, how many items) and the visitor (the standard context fields and custom
 * {@code ctx.<name>=value} lines). Sent as a GET, so a preview is a link.
 */
public class PreviewQuery {
    @RestQuery public String channel;
    @RestQuery public String placement;
    @RestQuery public String category;
    @RestQuery public String q;
    @RestQuery public String product;
    @RestQuery public Integer items;
    @RestQuery public String locale;
    @RestQuery public String device;
    @RestQuery public String country;
    @RestQuery public String referrer;
    @RestQuery("utm_source") public String utmSource;
    @RestQuery("utm_campaign") public String utmCampaign;
    @RestQuery("new") public String isNew;
    @RestQuery public String visits;
    @RestQuery public String tier;
    @RestQuery public String ctx;

    /** Whether the form was sent (a placement chosen), rather than opened. */
    public boolean submitted() {
        return placement != null && !placement.isBlank();
    }

    public Placement placementOrHome() {
        return Placement.fromCode(placement == null ? "" : placement).orElse(Placement.HOME);
    }

    public String value(String text) {
        return text == null ? "" : text;
    }

    public int itemsOrDefault() {
        return items == null ? 20 : items;
    }

    /** The visitor context as key=value lines, the standard fields first, then the custom lines. */
    VisitorContextLines context() {
        List<String> lines = new ArrayList<>();
        Map.of("device", value(device), "country", value(country), "referrer", value(referrer), "utm_source", value(utmSource),
                        "utm_campaign", value(utmCampaign), "new", value(isNew), "visits", value(visits), "tier", value(tier))
                .forEach((key, text) -> {
                    if (!text.isBlank()) {
                        lines.add(key + "=" + text);
                    }
                });
        VisitorContextLines custom = VisitorContextLines.parse(ctx);
        lines.add(ctx == null ? "" : ctx);
        VisitorContextLines all = VisitorContextLines.parse(String.join("\n", lines));
        return custom.errors().isEmpty() ? all : new VisitorContextLines(all.json(), custom.errors());
    }
}
