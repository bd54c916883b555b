package io.pimento.targeting.content;

import io.pimento.catalog.support.CodeLookup;
import io.pimento.catalog.support.Labels;
import io.pimento.catalog.support.StructureService;
import io.pimento.catalog.support.Violations;
import io.pimento.common.ConflictException;
import io.pimento.targeting.Schedules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Content items: the catalog resources' life cycle (case-insensitive codes, versions, If-Match,
 * history). A content item a rule shows cannot be deleted.
 */
@ApplicationScoped
public class ContentItemService extends StructureService<ContentItem, ContentItemPayload> {

    public static final String KIND = "content_item";
    public static final Set<String> TYPES = Set.of("banner", "offer", "message");
    public static final int TITLE_MAX_LENGTH = 255;
    public static final int TEXT_MAX_LENGTH = 2000;
    public static final int URL_MAX_LENGTH = 2000;

    // Field injection, like the base class: a normal-scoped bean needs a no-args constructor.
    @Inject
    Event<ContentItemChanged> contentItemChanged;

    @Inject
    Instance<ContentItemUsage> usages;

    public ContentItemService() {
        super(ContentItem.class, KIND, "content item");
    }

    /** The codes of existing content items among these, as stored, keyed by lower case. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, String> existing(Collection<String> codes) {
        Map<String, String> stored = new TreeMap<>();
        CodeLookup.findAll(ContentItem.class, codes, item -> item.code).forEach((key, item) -> stored.put(key, item.code));
        return stored;
    }

    /** The content items with these codes (unknown codes are left out). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ContentItemPayload> byCodes(Collection<String> codes) {
        return CodeLookup.findAll(ContentItem.class, codes, item -> item.code).values().stream().map(this::toPayload).toList();
    }

    @Override
    protected String codeOf(ContentItem entity) {
        return entity.code;
    }

    @Override
    protected int versionOf(ContentItem entity) {
        return entity.version;
    }

    @Override
    protected ContentItemPayload toPayload(ContentItem entity) {
        return new ContentItemPayload(entity.code, entity.type, Labels.copy(entity.title), Labels.copy(entity.text),
                entity.image, entity.link, Schedules.format(entity.validFrom), Schedules.format(entity.validTo),
                entity.capImpressions == null ? null : new FrequencyCap(entity.capImpressions, entity.capWithin), entity.version);
    }

    @Override
    protected ContentItemPayload defaults(String code) {
        return new ContentItemPayload(code, null, Map.of(), Map.of(), null, null, null, null, null, null);
    }

    @Override
    protected ContentItemPayload merge(ContentItemPayload base, ContentItemPayload patch) {
        return new ContentItemPayload(base.code(),
                patch.type() != null ? patch.type() : base.type(),
                Labels.merge(base.title(), patch.title()),
                Labels.merge(base.text(), patch.text()),
                patch.image() != null ? patch.image() : base.image(),
                patch.link() != null ? patch.link() : base.link(),
                patch.validFrom() != null ? patch.validFrom() : base.validFrom(),
                patch.validTo() != null ? patch.validTo() : base.validTo(),
                patch.frequencyCap() != null ? patch.frequencyCap() : base.frequencyCap(),
                base.version());
    }

    @Override
    protected ContentItemPayload validate(String code, ContentItemPayload target, ContentItem existing, Violations violations) {
        String type = target.type() == null ? null : target.type().strip().toLowerCase(java.util.Locale.ROOT);
        if (type == null || type.isEmpty()) {
            violations.add("type", "a content item needs a type: banner, offer or message");
        } else if (!TYPES.contains(type)) {
            violations.add("type", "unknown type '%s': use banner, offer or message".formatted(target.type()));
        }
        Map<String, String> title = Labels.validate("title", target.title(), "a title", TITLE_MAX_LENGTH, violations);
        if (title.isEmpty() && !violations.concerns("title")) {
            violations.add("title", "a content item needs a title in at least one locale, such as {\"en_US\": \"Welcome\"}");
        }
        Map<String, String> text = Labels.validate("text", target.text(), "a text", TEXT_MAX_LENGTH, violations);
        String image = url("image", target.image(), false, violations);
        String link = url("link", target.link(), true, violations);
        Instant from = Schedules.parse("valid_from", target.validFrom(), violations);
        Instant to = Schedules.parse("valid_to", target.validTo(), violations);
        Schedules.checkOrder(from, to, "valid_to", violations);
        FrequencyCap cap = frequencyCap(target.frequencyCap(), violations);
        return new ContentItemPayload(code, type, title, text, image, link, Schedules.format(from), Schedules.format(to), cap,
                target.version());
    }

    /** Null for no cap ({@code {}} included); both fields are needed otherwise. */
    private static FrequencyCap frequencyCap(FrequencyCap cap, Violations violations) {
        if (cap == null || cap.isEmpty()) {
            return null;
        }
        if (cap.impressions() == null || cap.impressions() < 1 || cap.impressions() > FrequencyCap.MAX_IMPRESSIONS) {
            violations.add("frequency_cap.impressions", "how many times one visitor may see the item: 1 to %d"
                    .formatted(FrequencyCap.MAX_IMPRESSIONS));
        }
        java.time.Duration window = null;
        try {
            window = cap.within() == null ? null : java.time.Duration.parse(cap.within().strip());
        } catch (java.time.format.DateTimeParseException e) {
            // reported below
        }
        if (window == null || window.compareTo(FrequencyCap.SHORTEST) < 0 || window.compareTo(FrequencyCap.LONGEST) > 0) {
            violations.add("frequency_cap.within", "'%s' is not a duration from PT1M to P400D (ISO-8601, such as PT12H or P7D)"
                    .formatted(cap.within() == null ? "" : io.pimento.common.Texts.abbreviate(cap.within())));
            return cap;
        }
        return new FrequencyCap(cap.impressions(), cap.within().strip());
    }

    /** An absolute http(s) URL or, for links, a path on the channel's own site ({@code /winter-sale}). */
    private static String url(String field, String value, boolean pathAllowed, Violations violations) {
        if (Schedules.isAbsent(value)) {
            return null;
        }
        String url = value.strip();
        boolean valid;
        try {
            URI uri = new URI(url);
            valid = uri.isAbsolute() ? ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null
                    : pathAllowed && url.startsWith("/") && !url.startsWith("//");
        } catch (URISyntaxException e) {
            valid = false;
        }
        if (!valid || url.length() > URL_MAX_LENGTH) {
            violations.add(field, (pathAllowed ? "'%s' is not an http(s) URL or a path starting with /" : "'%s' is not an http(s) URL")
                    .formatted(url.length() > 80 ? url.substring(0, 77) + "..." : url)
                    + (url.length() > URL_MAX_LENGTH ? " of at most %d characters".formatted(URL_MAX_LENGTH) : ""));
        }
        return url;
    }

    @Override
    protected ContentItem newEntity(String code) {
        ContentItem item = new ContentItem();
        item.code = code;
        return item;
    }

    @Override
    protected void write(ContentItemPayload state, ContentItem entity) {
        entity.type = state.type();
        entity.title = Labels.copy(state.title());
        entity.text = Labels.copy(state.text());
        entity.image = state.image();
        entity.link = state.link();
        entity.validFrom = state.validFrom() == null ? null : Instant.parse(state.validFrom());
        entity.validTo = state.validTo() == null ? null : Instant.parse(state.validTo());
        entity.capImpressions = state.frequencyCap() == null ? null : state.frequencyCap().impressions();
        entity.capWithin = state.frequencyCap() == null ? null : state.frequencyCap().within();
        entity.updatedAt = Instant.now();
    }

    @Override
    protected void checkDeletable(ContentItem entity) {
        List<String> rules = new ArrayList<>();
        usages.forEach(usage -> rules.addAll(usage.rulesShowing(entity.code)));
        if (!rules.isEmpty()) {
            throw new ConflictException("content item '%s' is shown by the rules %s; change or delete them first".formatted(entity.code, rules));
        }
    }

    @Override
    protected void changed(String code) {
        contentItemChanged.fire(new ContentItemChanged(code));
    }
}
