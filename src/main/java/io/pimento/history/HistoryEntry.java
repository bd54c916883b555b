package io.pimento.history;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One recorded change of a catalog resource: who, when, and each field's before and after. */
@Entity
@Table(name = "change_history")
public class HistoryEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "resource_type", nullable = false)
    public String resourceType;

    @Column(name = "resource_code", nullable = false)
    public String resourceCode;

    /** The resource's version after the change. */
    public Integer version;

    /** created, updated or deleted. */
    @Column(nullable = false)
    public String action;

    @Column(nullable = false)
    public String author;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt = Instant.now();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<FieldChange> changes = new ArrayList<>();
}
