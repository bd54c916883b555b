package io.pimento.bulkactions;

import io.pimento.jobs.JobRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One bulk action on products, with its counters; its failures are in {@code bulk_action_failure}. */
@Entity
@Table(name = "bulk_action_job")
public class BulkActionJob extends JobRecord {

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
}
