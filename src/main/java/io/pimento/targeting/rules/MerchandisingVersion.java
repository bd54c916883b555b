package io.pimento.targeting.rules;

import io.pimento.targeting.content.ContentItemChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The shared version of everything placements cache (rules and content items): bumped in the
 * transaction of every change, read by every instance, so a cache is known stale whichever
 * instance made the change. The instance that made it also hears so once it is committed.
 */
@ApplicationScoped
public class MerchandisingVersion {

    private final EntityManager entityManager;
    private final Event<Bumped> bumped;

    MerchandisingVersion(EntityManager entityManager, Event<Bumped> bumped) {
        this.entityManager = entityManager;
        this.bumped = bumped;
    }

    /** Fired in the writer's transaction; observed after it committed by the caches of this instance. */
    public record Bumped() {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void bump() {
        entityManager.createNativeQuery("update merchandising_version set version = version + 1 where id = 1").executeUpdate();
        bumped.fire(new Bumped());
    }

    void onContentItemChanged(@Observes ContentItemChanged event) {
        bump();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long current() {
        return ((Number) entityManager.createNativeQuery("select version from merchandising_version where id = 1")
                .getSingleResult()).longValue();
    }
}
