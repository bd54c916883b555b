package io.pimento.history;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * Records who changed what, in the caller's transaction, so a change and its history entry are
 * committed (or rolled back) together. An update that changes nothing records nothing. Imports
 * that write thousands of products a batch use the bulk path, {@link HistoryBulkWriter}.
 */
@ApplicationScoped
public class HistoryRecorder {

    public static final String SYSTEM_AUTHOR = "system";

    private final Instance<SecurityIdentity> identity;

    HistoryRecorder(Instance<SecurityIdentity> identity) {
        this.identity = identity;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void created(String resourceType, String code, Integer version, List<FieldChange> changes) {
        record(resourceType, code, version, "created", changes, currentAuthor());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void updated(String resourceType, String code, Integer version, List<FieldChange> changes) {
        if (!changes.isEmpty()) {
            record(resourceType, code, version, "updated", changes, currentAuthor());
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void deleted(String resourceType, String code, Integer version) {
        record(resourceType, code, version, "deleted", List.of(), currentAuthor());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String resourceType, String code, Integer version, String action, List<FieldChange> changes, String author) {
        HistoryEntry entry = new HistoryEntry();
        entry.resourceType = resourceType;
        entry.resourceCode = code;
        entry.version = version;
        entry.action = action;
        entry.author = author;
        entry.changes = List.copyOf(changes);
        entry.persist();
    }

    /** A resource's code changed (a product's identifier): its earlier entries follow it, so its history stays one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void renamed(String resourceType, String oldCode, String newCode) {
        HistoryEntry.update("resourceCode = ?1 where resourceType = ?2 and lower(resourceCode) = lower(?3)", newCode, resourceType, oldCode);
    }

    /** The authenticated user's name, or {@value #SYSTEM_AUTHOR} for work done outside a request. */
    public String currentAuthor() {
        try {
            if (identity.isResolvable()) {
                SecurityIdentity current = identity.get();
                if (!current.isAnonymous()) {
                    return current.getPrincipal().getName();
                }
            }
        } catch (RuntimeException outsideRequest) {
            // no request context (startup, background job)
        }
        return SYSTEM_AUTHOR;
    }
}
