package io.pimento.bulkactions;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** One bulk action on products, with its counters; its failures are in {@code bulk_action_failure}. */
@Entity
@Table(name = "bulk_action_job")
public class BulkActionJob extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public BulkAction action;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public BulkSelection selection;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BulkActionStatus status = BulkActionStatus.QUEUED;

    /** How many products the selection held when the job resolved it; null before. */
    public Integer total;
    public int processed;
    public int changed;
    public int unchanged;
    public int failed;
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
