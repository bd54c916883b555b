package io.pimento.jobs;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/**
 * What every background job records besides its own counters: who started it, when it ran and
 * its last heartbeat (for {@link OrphanPolicy}). Each kind keeps its own table and status enum.
 */
@MappedSuperclass
public abstract class JobRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Why the job ended as it did (or null when there is nothing to say). */
    public String message;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "heartbeat_at")
    public Instant heartbeatAt;
}
