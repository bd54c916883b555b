package io.pimento.catalog.channel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A place products are published to (web shop, mobile app): its locales, currencies and category tree. */
@Entity
@Table(name = "channel")
public class Channel extends PanacheEntityBase {

    @Id
    public String code;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> labels = new LinkedHashMap<>();

    @Column(name = "category_tree", nullable = false)
    public String categoryTree;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> locales = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> currencies = new ArrayList<>();

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @Column(name = "updated_at")
    public Instant updatedAt = Instant.now();

    @Version
    public int version;
}
