package io.pimento.targeting.content;

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

/** A banner, offer or message merchandisers write and rules place among products. */
@Entity
@Table(name = "content_item")
public class ContentItem extends PanacheEntityBase {

    @Id
    public String code;

    public String type;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> title = new LinkedHashMap<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> text = new LinkedHashMap<>();

    public String image;

    public String link;

    @Column(name = "valid_from")
    public Instant validFrom;

    @Column(name = "valid_to")
    public Instant validTo;

    /** At most this many impressions per visitor within {@link #capWithin} (ISO-8601); null: no cap. */
    @Column(name = "cap_impressions")
    public Integer capImpressions;

    @Column(name = "cap_within")
    public String capWithin;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @Column(name = "updated_at")
    public Instant updatedAt = Instant.now();

    @Version
    public int version;
}
