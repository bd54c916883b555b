package io.pimento.catalog.category;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A node of a category tree; a root (no parent) is a tree that channels can use. */
@Entity
@Table(name = "category")
public class Category extends PanacheEntityBase {

    @Id
    public String code;

    /** Code of the parent category, null for a tree root. */
    public String parent;

    /** Materialized path of codes from the root, e.g. {@code /master/shoes/boots/}. */
    @Column(nullable = false)
    public String path;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> labels = new LinkedHashMap<>();

    @Column(name = "sort_order")
    public int sortOrder;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @Column(name = "updated_at")
    public Instant updatedAt = Instant.now();

    @Version
    public int version;

    public static String pathOf(String parentPath, String code) {
        return (parentPath == null ? "/" : parentPath) + code + "/";
    }

    /**
     * A {@code LIKE ... escape '\'} pattern matching a path and every path below it (the subtree).
     * Codes may contain '_', which LIKE reads as a wildcard.
     */
    public static String subtreePattern(String path) {
        return path.replace("\\", "\\\\").replace("_", "\\_").replace("%", "\\%") + "%";
    }
}
