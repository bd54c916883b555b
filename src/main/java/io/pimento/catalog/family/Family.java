package io.pimento.catalog.family;

import io.quarkus.hibernate.orm.panache.Panache;
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

/**
 * A kind of product (boots, laptops): the attributes its products have, the one used as their
 * label, and per channel the attributes required for the product to be complete.
 */
@Entity
@Table(name = "family")
public class Family extends PanacheEntityBase {

    @Id
    public String code;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> labels = new LinkedHashMap<>();

    @Column(name = "attribute_as_label")
    public String attributeAsLabel;

    @Column(name = "attribute_as_image")
    public String attributeAsImage;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> attributes = new ArrayList<>();

    /** Channel code to the attribute codes a product needs to be complete on that channel. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "attribute_requirements")
    public Map<String, List<String>> attributeRequirements = new LinkedHashMap<>();

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @Column(name = "updated_at")
    public Instant updatedAt = Instant.now();

    @Version
    public int version;

    /** Codes of the families that have this attribute. */
    @SuppressWarnings("unchecked")
    public static List<String> codesUsingAttribute(String attribute) {
        return Panache.getEntityManager()
                .createNativeQuery("select code from family where attributes @> jsonb_build_array(cast(:code as text)) order by code")
                .setParameter("code", attribute)
                .getResultList();
    }
}
