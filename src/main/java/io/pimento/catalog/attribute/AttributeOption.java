package io.pimento.catalog.attribute;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/** One choice of a simple or multi select attribute, with its labels per locale. */
@Entity
@Table(name = "attribute_option")
@IdClass(AttributeOption.Key.class)
public class AttributeOption extends PanacheEntityBase {

    @Id
    public String attribute;

    @Id
    public String code;

    @Column(name = "sort_order")
    public int sortOrder;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> labels = new LinkedHashMap<>();

    @Version
    public int version;

    public record Key(String attribute, String code) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
