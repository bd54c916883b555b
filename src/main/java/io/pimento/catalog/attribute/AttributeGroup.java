package io.pimento.catalog.attribute;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.LinkedHashMap;
import java.util.Map;

/** Groups attributes on the product form (marketing, technical, media...). */
@Entity
@Table(name = "attribute_group")
public class AttributeGroup extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "sort_order")
    public int sortOrder;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> labels = new LinkedHashMap<>();

    @Version
    public int version;
}
