package io.pimento.catalog.product;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The common part of a set of variants (a t-shirt model whose variants differ by colour and
 * size). A sub-model (level 2) has a root model as parent.
 */
@Entity
@Table(name = "product_model")
public class ProductModel extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String code;

    @Column(name = "family_variant", nullable = false)
    public String familyVariant;

    @Column(name = "parent_id")
    public Long parentId;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> categories = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "values")
    public ProductValues values = new ProductValues();

    @JdbcTypeCode(SqlTypes.JSON)
    public Associations associations = new Associations();

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

    public static Optional<ProductModel> findByCode(String code) {
        return find("lower(code) = lower(?1)", code).firstResultOptional();
    }
}
