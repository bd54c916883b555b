package io.pimento.feeds.merchant;

import io.pimento.common.IfMatch;
import io.pimento.catalog.attribute.AttributeType;
import io.pimento.catalog.channel.Channel;
import io.pimento.catalog.product.schema.AttributeSchema;
import io.pimento.catalog.product.schema.CatalogSchema;
import io.pimento.catalog.product.schema.CatalogSchemas;
import io.pimento.catalog.support.CodeLookup;
import io.pimento.common.FieldError;
import io.pimento.common.InvalidDataException;
import io.pimento.common.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A channel's Google mapping: read (the defaults until the first change) and replaced, validated. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class GoogleMappingService {

    private final EntityManager em;
    private final CatalogSchemas schemas;

    GoogleMappingService(EntityManager em, CatalogSchemas schemas) {
        this.em = em;
        this.schemas = schemas;
    }

    public GoogleMapping mapping(String channelCode) {
        Channel channel = channel(channelCode);
        return view(channel.code, ChannelGoogleMapping.findById(channel.code));
    }

    /** Replaces the mapping; {@code ifMatch} or the body's version, when given, must be the current version. */
    @Transactional
    public GoogleMapping change(String channelCode, GoogleMapping requested, Integer ifMatch) {
        Channel channel = channel(channelCode);
        ChannelGoogleMapping stored = ChannelGoogleMapping.findById(channel.code);
        GoogleMapping wanted = requested == null ? GoogleMapping.defaults(channel.code) : requested;
        // the defaults stand for version 0 until the first change writes the row
        IfMatch.check("google mapping of channel", channel.code, stored == null ? 0 : stored.version, ifMatch,
                wanted.version());
        validate(wanted);
        if (stored == null) {
            stored = new ChannelGoogleMapping();
            stored.channel = channel.code;
            copy(wanted, stored);
            stored.persist();
        } else {
            copy(wanted, stored);
        }
        em.flush();
        return view(channel.code, stored);
    }

    private void validate(GoogleMapping mapping) {
        CatalogSchema schema = schemas.current();
        List<FieldError> errors = new ArrayList<>();
        attribute(schema, errors, "title", mapping.title(), null);
        attribute(schema, errors, "description", mapping.description(), null);
        attribute(schema, errors, "image_link", mapping.imageLink(), Set.of(AttributeType.IMAGE, AttributeType.TEXT));
        attribute(schema, errors, "price", mapping.price(), Set.of(AttributeType.PRICE_COLLECTION));
        attribute(schema, errors, "brand", mapping.brand(), null);
        attribute(schema, errors, "gtin", mapping.gtin(), null);
        attribute(schema, errors, "mpn", mapping.mpn(), null);
        attribute(schema, errors, "availability", mapping.availability(), null);
        String template = mapping.linkTemplate();
        if (template != null && !(template.matches("(?i)https?://\\S+") && template.contains("{identifier}"))) {
            errors.add(new FieldError("link_template",
                    "an http(s) URL containing {identifier}, such as https://shop.example.com/p/{identifier}"));
        }
        if (mapping.defaultAvailability() != null && !GoogleMapping.AVAILABILITIES.contains(mapping.defaultAvailability())) {
            errors.add(new FieldError("default_availability", "one of " + GoogleMapping.AVAILABILITIES));
        }
        if (mapping.condition() != null && !GoogleMapping.CONDITIONS.contains(mapping.condition())) {
            errors.add(new FieldError("condition", "one of " + GoogleMapping.CONDITIONS));
        }
        if (!errors.isEmpty()) {
            throw new InvalidDataException(errors);
        }
    }

    private static void attribute(CatalogSchema schema, List<FieldError> errors, String field, String code,
                                  Set<AttributeType> types) {
        if (code == null) {
            return;
        }
        AttributeSchema attribute = schema.attribute(code);
        if (attribute == null) {
            errors.add(new FieldError(field, "attribute '%s' does not exist".formatted(code)));
        } else if (types != null && !types.contains(attribute.type())) {
            errors.add(new FieldError(field, "attribute '%s' is a %s attribute; %s takes %s"
                    .formatted(code, attribute.type().name().toLowerCase(), field, types.stream()
                            .map(t -> t.name().toLowerCase()).sorted().toList())));
        }
    }

    private static void copy(GoogleMapping from, ChannelGoogleMapping to) {
        to.title = from.title();
        to.description = from.description();
        to.imageLink = from.imageLink();
        to.price = from.price();
        to.brand = from.brand();
        to.gtin = from.gtin();
        to.mpn = from.mpn();
        to.availability = from.availability();
        to.linkTemplate = from.linkTemplate();
        to.defaultAvailability = from.defaultAvailability() == null ? GoogleMapping.IN_STOCK : from.defaultAvailability();
        to.condition = from.condition() == null ? GoogleMapping.NEW : from.condition();
    }

    private static GoogleMapping view(String channel, ChannelGoogleMapping m) {
        return m == null ? GoogleMapping.defaults(channel)
                : new GoogleMapping(channel, m.title, m.description, m.imageLink, m.price, m.brand, m.gtin, m.mpn,
                m.availability, m.linkTemplate, m.defaultAvailability, m.condition, m.version);
    }

    static Channel channel(String code) {
        return CodeLookup.find(Channel.class, code).orElseThrow(() -> NotFoundException.of("channel", code));
    }
}
