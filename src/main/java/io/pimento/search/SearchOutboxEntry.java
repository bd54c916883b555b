package io.pimento.search;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

import java.time.Instant;

/**
 * A pending index update, written in the same transaction as the change it reflects.
 * <p>
 * Not indexed itself: the {@code @Indexed(enabled = false)} is there because Quarkus starts
 * Hibernate Search only when it finds an {@code @Indexed} entity, and products are mapped
 * programmatically ({@link io.pimento.search.mapping.ProductSearchMapping}).
 */
@Indexed(enabled = false)
@Entity
@Table(name = "search_outbox")
public class SearchOutboxEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "entity_type", nullable = false)
    public String entityType;

    @Column(name = "entity_id", nullable = false)
    public long entityId;

    @Column(name = "enqueued_at", nullable = false)
    public Instant enqueuedAt = Instant.now();

    public int attempts;

    /** Claimed before bulk rows: a person or channel waits for this change (see OutboxLanes). */
    public boolean interactive;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt = Instant.now();
}
