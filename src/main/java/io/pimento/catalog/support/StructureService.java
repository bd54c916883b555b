package io.pimento.catalog.support;

import io.pimento.common.IfMatch;
import io.pimento.catalog.StructureChanged;
import io.pimento.common.BadRequestException;
import io.pimento.common.ConflictException;
import io.pimento.common.Cursor;
import io.pimento.common.FieldError;
import io.pimento.common.InvalidDataException;
import io.pimento.common.NotFoundException;
import io.pimento.common.Page;
import io.pimento.history.FieldChange;
import io.pimento.history.HistoryEntryPayload;
import io.pimento.history.HistoryReader;
import io.pimento.history.HistoryRecorder;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The life cycle every structure resource shares: case-insensitive codes, create / replace /
 * merge / delete with optimistic locking, validation of the whole resulting state before anything
 * is written, field-level history and a {@link StructureChanged} event per effective change.
 *
 * <p>Writes throw a {@link io.pimento.common.ProblemException} before writing anything and do not
 * mark the caller's transaction for rollback, so an importer may call them row by row inside its
 * own transaction and carry on after a refused row.
 *
 * @param <E> the entity
 * @param <P> the record used both as request and response
 */
@Transactional(dontRollbackOn = io.pimento.common.ProblemException.class)
public abstract class StructureService<E extends PanacheEntityBase, P extends StructurePayload> {

    @Inject
    protected HistoryRecorder history;

    @Inject
    protected HistoryReader historyReader;

    @Inject
    protected Event<StructureChanged> structureChanged;

    private final Class<E> entityType;
    private final String kind;
    private final String noun;

    /**
     * @param kind the resource type in history and events ({@code attribute_group})
     * @param noun how messages name one resource ({@code attribute group})
     */
    protected StructureService(Class<E> entityType, String kind, String noun) {
        this.entityType = entityType;
        this.kind = kind;
        this.noun = noun;
    }

    // ---- what each kind defines -------------------------------------------------------------

    protected abstract String codeOf(E entity);

    protected abstract int versionOf(E entity);

    protected abstract P toPayload(E entity);

    /** The state of a new resource before the request's fields are applied: its defaults. */
    protected abstract P defaults(String code);

    /** The request's non-null fields over {@code base} (Akeneo's PATCH: objects merged, lists replaced). */
    protected abstract P merge(P base, P patch);

    /**
     * Checks the complete state a write would produce and returns it normalised (references spelt
     * as stored, implied values added). {@code existing} is null for a creation.
     */
    protected abstract P validate(String code, P target, E existing, Violations violations);

    protected abstract E newEntity(String code);

    protected abstract void write(P state, E entity);

    /** Refuses (with a {@link ConflictException}) to delete something still in use. */
    protected void checkDeletable(E entity) {
    }

    /** Writes a deletion implies (e.g. dropping a channel's requirements), once it is known to be allowed. */
    protected void beforeDelete(E entity) {
    }

    /** Follow-up writes a change implies (e.g. moving a category's subtree), after the entity is flushed. */
    protected void afterWrite(E entity, P before, P after) {
    }

    /**
     * Tells the rest of the application, inside the writing transaction, that the resource was
     * created, changed or deleted: a {@link StructureChanged} for catalog structure. Resources
     * that share this life cycle without being catalog structure (segments, merchandising rules)
     * announce it their own way.
     */
    protected void changed(String code) {
        structureChanged.fire(new StructureChanged(kind, code));
    }

    // ---- reads --------------------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<P> list(Integer limit, String after) {
        return list(limit, after, null, Map.of());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public P get(String code) {
        return toPayload(require(code));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<P> findPayload(String code) {
        return find(code).map(this::toPayload);
    }

    /** The resource's history, newest first; still readable once it is deleted. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<HistoryEntryPayload> history(String code, Integer limit, String after) {
        return historyReader.page(kind, code, limit, after);
    }

    public Optional<E> find(String code) {
        return CodeLookup.find(entityType, code);
    }

    public E require(String code) {
        return find(code).orElseThrow(() -> NotFoundException.of(capitalized(), code));
    }

    /** Keyset pagination by code, optionally narrowed by an HQL condition on {@code e}. */
    protected Page<P> list(Integer limit, String after, String condition, Map<String, Object> parameters) {
        int size = Cursor.limit(limit);
        String from = Cursor.decode(after);
        StringBuilder hql = new StringBuilder("from ").append(CodeLookup.entityName(entityType)).append(" e where 1 = 1");
        if (condition != null) {
            hql.append(" and (").append(condition).append(')');
        }
        if (from != null) {
            hql.append(" and e.code > :after");
        }
        hql.append(" order by e.code");
        TypedQuery<E> query = Panache.getEntityManager().createQuery(hql.toString(), entityType);
        parameters.forEach(query::setParameter);
        if (from != null) {
            query.setParameter("after", from);
        }
        List<E> rows = query.setMaxResults(size + 1).getResultList();
        boolean more = rows.size() > size;
        List<E> page = more ? rows.subList(0, size) : rows;
        return Page.of(page.stream().map(this::toPayload).toList(), more ? Cursor.encode(codeOf(page.get(size - 1))) : null);
    }

    // ---- writes -------------------------------------------------------------------------------

    /** POST: creates, refusing a code already taken (case-insensitively). */
    public P create(P payload) {
        requireBody(payload);
        Violations violations = new Violations();
        if (!Codes.check("code", payload.code(), violations)) {
            violations.throwIfAny();
        }
        find(payload.code()).ifPresent(existing -> {
            String message = "%s '%s' already exists".formatted(noun, codeOf(existing));
            throw new ConflictException(message, List.of(new FieldError("code", message)));
        });
        return save(payload.code(), payload, null, false).value();
    }

    /** PUT: creates, or replaces every field (absent fields get their defaults). */
    public Saved<P> replace(String code, P payload, Integer ifMatch) {
        return save(code, payload, ifMatch, false);
    }

    /** PATCH: creates, or changes only the given fields. */
    public Saved<P> patch(String code, P payload, Integer ifMatch) {
        return save(code, payload, ifMatch, true);
    }

    /** For importers: creates, or changes only the non-null fields, of the resource named by the payload's code. */
    public Saved<P> upsert(P payload) {
        requireBody(payload);
        return save(payload.code(), payload, null, true);
    }

    public void delete(String code, Integer ifMatch) {
        E entity = require(code);
        IfMatch.check(noun, codeOf(entity), versionOf(entity), ifMatch, null);
        checkDeletable(entity);
        beforeDelete(entity);
        String stored = codeOf(entity);
        int version = versionOf(entity);
        entity.delete();
        flush();
        history.deleted(kind, stored, version);
        changed(stored);
    }

    private Saved<P> save(String code, P payload, Integer ifMatch, boolean merge) {
        requireBody(payload);
        if (payload.code() != null && code != null && !Codes.same(code, payload.code())) {
            throw InvalidDataException.of("code", "the code in the body ('%s') differs from the one in the path ('%s')".formatted(payload.code(), code));
        }
        E existing = find(code).orElse(null);
        String stored;
        if (existing != null) {
            stored = codeOf(existing);
            IfMatch.check(noun, stored, versionOf(existing), ifMatch, payload.version());
        } else {
            Violations violations = new Violations();
            Codes.check("code", code, violations);
            violations.throwIfAny();
            IfMatch.check(noun, code, null, ifMatch, null);
            stored = code;
        }
        P before = existing == null ? null : toPayload(existing);
        P base = merge && before != null ? before : defaults(stored);
        Violations violations = new Violations();
        P state = validate(stored, merge(base, payload), existing, violations);
        violations.throwIfAny();

        List<FieldChange> changes = Changes.between(before, state);
        if (existing != null && changes.isEmpty()) {
            return new Saved<>(before, false);
        }
        E entity = existing != null ? existing : newEntity(stored);
        write(state, entity);
        if (existing == null) {
            entity.persist();
        }
        flush();
        afterWrite(entity, before, state);
        P after = toPayload(entity);
        if (existing == null) {
            history.created(kind, stored, versionOf(entity), changes);
        } else {
            history.updated(kind, stored, versionOf(entity), changes);
        }
        changed(stored);
        return new Saved<>(after, existing == null);
    }

    /** Flushes now so the new version is known and a race on the same code is a 409, not a 500. */
    protected void flush() {
        try {
            Panache.getEntityManager().flush();
        } catch (PersistenceException e) {
            if (isConstraintViolation(e)) {
                // A concurrent write with the same (case-insensitive) code or reference won the race.
                throw new ConflictException("the %s was written by someone else at the same time; reload it and try again".formatted(noun));
            }
            throw e;
        }
    }

    protected String kind() {
        return kind;
    }

    protected String noun() {
        return noun;
    }

    protected String capitalized() {
        return Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
    }

    private static void requireBody(Object payload) {
        if (payload == null) {
            throw new BadRequestException("a JSON body is required");
        }
    }

    private static boolean isConstraintViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
