package io.pimento.catalog.attribute;

import io.pimento.common.IfMatch;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pimento.catalog.StructureChanged;
import io.pimento.catalog.support.Changes;
import io.pimento.catalog.support.Codes;
import io.pimento.catalog.support.Labels;
import io.pimento.catalog.support.Saved;
import io.pimento.catalog.support.Violations;
import io.pimento.common.BadRequestException;
import io.pimento.common.ConflictException;
import io.pimento.common.Cursor;
import io.pimento.common.FieldError;
import io.pimento.common.InvalidDataException;
import io.pimento.common.NotFoundException;
import io.pimento.common.Page;
import io.pimento.common.ProblemException;
import io.pimento.history.FieldChange;
import io.pimento.history.HistoryRecorder;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * Options of simple and multi select attributes. Option codes are unique per attribute,
 * case-insensitively. Options are identified by attribute and code, so they do not share
 * {@link io.pimento.catalog.support.StructureService}'s single-code life cycle, but follow the
 * same rules: validate everything first, history and a {@link StructureChanged} event
 * ({@code attribute_option}, {@code <attribute>.<option>}) per effective change.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = ProblemException.class)
public class AttributeOptionService {

    static final String KIND = "attribute_option";

    private final AttributeService attributes;
    private final HistoryRecorder history;
    private final Event<StructureChanged> structureChanged;

    AttributeOptionService(AttributeService attributes, HistoryRecorder history, Event<StructureChanged> structureChanged) {
        this.attributes = attributes;
        this.history = history;
        this.structureChanged = structureChanged;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AttributeOptionPayload> list(String attribute, Integer limit, String after) {
        Attribute owner = attributes.require(attribute);
        int size = Cursor.limit(limit);
        String from = Cursor.decode(after);
        List<AttributeOption> rows = AttributeOption.find(from == null ? "attribute = ?1 order by code" : "attribute = ?1 and code > ?2 order by code",
                        from == null ? new Object[]{owner.code} : new Object[]{owner.code, from})
                .range(0, size).list();
        boolean more = rows.size() > size;
        List<AttributeOption> page = more ? rows.subList(0, size) : rows;
        return Page.of(page.stream().map(AttributeOptionService::toPayload).toList(), more ? Cursor.encode(page.get(size - 1).code) : null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AttributeOptionPayload get(String attribute, String code) {
        Attribute owner = attributes.require(attribute);
        return toPayload(find(owner.code, code).orElseThrow(() -> notFound(owner.code, code)));
    }

    /** POST: creates, refusing an option code the attribute already has (case-insensitively). */
    public AttributeOptionPayload create(String attribute, AttributeOptionPayload payload) {
        requireBody(payload);
        Violations violations = new Violations();
        Codes.check("code", payload.code(), violations);
        violations.throwIfAny();
        Attribute owner = selectAttribute(attribute, payload);
        find(owner.code, payload.code()).ifPresent(existing -> {
            String message = "attribute '%s' already has an option '%s'".formatted(owner.code, existing.code);
            throw new ConflictException(message, List.of(new FieldError("code", message)));
        });
        return save(owner, payload.code(), payload, null, false).value();
    }

    public Saved<AttributeOptionPayload> replace(String attribute, String code, AttributeOptionPayload payload, Integer ifMatch) {
        requireBody(payload);
        return save(selectAttribute(attribute, payload), code, payload, ifMatch, false);
    }

    public Saved<AttributeOptionPayload> patch(String attribute, String code, AttributeOptionPayload payload, Integer ifMatch) {
        requireBody(payload);
        return save(selectAttribute(attribute, payload), code, payload, ifMatch, true);
    }

    /** For importers: creates, or changes the non-null fields of, the option named by the payload's attribute and code. */
    public Saved<AttributeOptionPayload> upsert(AttributeOptionPayload payload) {
        requireBody(payload);
        if (payload.attribute() == null || payload.attribute().isBlank()) {
            throw InvalidDataException.of("attribute", "an option needs the code of its attribute");
        }
        // For a row of a file, an unknown attribute is bad data (422), not a missing URL (404).
        if (attributes.find(payload.attribute()).isEmpty()) {
            throw InvalidDataException.of("attribute", "attribute '%s' does not exist".formatted(payload.attribute()));
        }
        return patch(payload.attribute(), payload.code(), payload, null);
    }

    public void delete(String attribute, String code, Integer ifMatch) {
        Attribute owner = attributes.require(attribute);
        AttributeOption option = find(owner.code, code).orElseThrow(() -> notFound(owner.code, code));
        IfMatch.check("option", option.code, option.version, ifMatch, null);
        checkUnused(owner, option);
        String key = key(option);
        int version = option.version;
        option.delete();
        Panache.getEntityManager().flush();
        history.deleted(KIND, key, version);
        structureChanged.fire(new StructureChanged(KIND, key));
    }

    /**
     * Refuses to delete an option that products or product models hold: their values would name an
     * option that no longer exists (and fail validation at their next save). Values hold the
     * option's code as written in the option (the validator makes it so), so a JSON containment
     * test finds them, through the GIN index on product values.
     */
    private static void checkUnused(Attribute owner, AttributeOption option) {
        ObjectNode value = JsonNodeFactory.instance.objectNode();
        if (owner.type == AttributeType.MULTISELECT) {
            value.putArray("data").add(option.code);
        } else {
            value.put("data", option.code);
        }
        ObjectNode values = JsonNodeFactory.instance.objectNode();
        values.putArray(owner.code).add(value);
        Object[] counts = (Object[]) Panache.getEntityManager()
                .createNativeQuery("select (select count(*) from product where \"values\" @> cast(:values as jsonb)), "
                        + "(select count(*) from product_model where \"values\" @> cast(:values as jsonb))")
                .setParameter("values", values.toString())
                .getSingleResult();
        long products = ((Number) counts[0]).longValue();
        long models = ((Number) counts[1]).longValue();
        if (products + models > 0) {
            throw new ConflictException("option '%s' of attribute '%s' is used by %s and %s; change their values first"
                    .formatted(option.code, owner.code, count(products, "product"), count(models, "product model")));
        }
    }

    private static String count(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** Options of this attribute by code (case-insensitively); unknown codes are absent. */
    public static Optional<AttributeOption> find(String attribute, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return AttributeOption.find("attribute = ?1 and lower(code) = ?2", attribute, Codes.key(code)).firstResultOptional();
    }

    private Saved<AttributeOptionPayload> save(Attribute owner, String code, AttributeOptionPayload payload, Integer ifMatch, boolean merge) {
        if (payload.code() != null && code != null && !Codes.same(code, payload.code())) {
            throw InvalidDataException.of("code", "the code in the body ('%s') differs from the one in the path ('%s')".formatted(payload.code(), code));
        }
        AttributeOption existing = find(owner.code, code).orElse(null);
        String stored = code;
        if (existing != null) {
            stored = existing.code;
            IfMatch.check("option", stored, existing.version, ifMatch, payload.version());
        } else {
            Violations violations = new Violations();
            Codes.check("code", code, violations);
            violations.throwIfAny();
            IfMatch.check("option", code, null, ifMatch, null);
        }
        AttributeOptionPayload before = existing == null ? null : toPayload(existing);
        Violations violations = new Violations();
        AttributeOptionPayload state = new AttributeOptionPayload(stored, owner.code,
                payload.sortOrder() != null ? payload.sortOrder() : merge && before != null ? before.sortOrder() : 0,
                Labels.validate("labels", merge && before != null ? Labels.merge(before.labels(), payload.labels()) : payload.labels(), violations),
                null);
        violations.throwIfAny();

        List<FieldChange> changes = Changes.between(before, state);
        if (existing != null && changes.isEmpty()) {
            return new Saved<>(before, false);
        }
        AttributeOption option = existing;
        if (option == null) {
            option = new AttributeOption();
            option.attribute = owner.code;
            option.code = stored;
        }
        option.sortOrder = state.sortOrder();
        option.labels = Labels.copy(state.labels());
        if (existing == null) {
            option.persist();
        }
        flush();
        if (existing == null) {
            history.created(KIND, key(option), option.version, changes);
        } else {
            history.updated(KIND, key(option), option.version, changes);
        }
        structureChanged.fire(new StructureChanged(KIND, key(option)));
        return new Saved<>(toPayload(option), existing == null);
    }

    /** The attribute named by the path, which must take options and match the body's {@code attribute}. */
    private Attribute selectAttribute(String attribute, AttributeOptionPayload payload) {
        Attribute owner = attributes.require(attribute);
        if (payload.attribute() != null && !Codes.same(payload.attribute(), owner.code)) {
            throw InvalidDataException.of("attribute", "the attribute in the body ('%s') differs from the one in the path ('%s')".formatted(payload.attribute(), attribute));
        }
        if (!owner.type.isSelect()) {
            throw InvalidDataException.of("attribute", "attribute '%s' is a %s attribute; only simpleselect and multiselect attributes have options"
                    .formatted(owner.code, owner.type.code()));
        }
        return owner;
    }

    static AttributeOptionPayload toPayload(AttributeOption option) {
        return new AttributeOptionPayload(option.code, option.attribute, option.sortOrder, Labels.copy(option.labels), option.version);
    }

    /** How history and events name an option: {@code <attribute>.<option>} (codes never contain dots). */
    static String key(AttributeOption option) {
        return option.attribute + "." + option.code;
    }

    private static void flush() {
        try {
            Panache.getEntityManager().flush();
        } catch (PersistenceException e) {
            throw new ConflictException("the option was written by someone else at the same time; reload it and try again");
        }
    }

    private static NotFoundException notFound(String attribute, String code) {
        return new NotFoundException("attribute '%s' has no option '%s'".formatted(attribute, code));
    }

    private static void requireBody(Object payload) {
        if (payload == null) {
            throw new BadRequestException("a JSON body is required");
        }
    }
}
