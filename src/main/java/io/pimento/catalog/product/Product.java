package io.pimento.catalog.product;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A sellable product, identified by its SKU (case-insensitive). A variant product has a parent
 * product model from which it inherits the values it does not hold itself.
 */
@Entity
@Table(name = "product")
public class Product extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String identifier;

    /**
     * Stable whatever the identifier becomes; given when first saved (not in a field initializer:
     * Hibernate constructs every loaded product, and a random UUID costs a SecureRandom draw);
     * rows written outside JPA (the import's COPY) get the column's default.
     */
    @Column(nullable = false, updatable = false)
    public UUID uuid;

    @PrePersist
    void giveUuid() {
        if (uuid == null) {
            uuid = UUID.randomUUID();
        }
    }

    public String family;

    @Column(name = "parent_id")
    public Long parentId;

    public boolean enabled = true;

    @Column(nullable = false)
    public EnrichmentStatus status = EnrichmentStatus.DRAFT;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> categories = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> groups = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "values")
    public ProductValues values = new ProductValues();

    @JdbcTypeCode(SqlTypes.JSON)
    public Associations associations = new Associations();

    /** Derived from the values and the structure; recomputing it is not a change of the product (no new version). */
    @JdbcTypeCode(SqlTypes.JSON)
    @OptimisticLock(excluded = true)
    public Completeness completeness = Completeness.none();

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @Column(name = "updated_at")
    public Instant updatedAt = Instant.now();

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_by")
    public String updatedBy;

    @Version
    public int version;

    public static Optional<Product> findByIdentifier(String identifier) {
        return find("lower(identifier) = lower(?1)", identifier).firstResultOptional();
    }
}
