package io.pimento.catalog.association;

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

/** A kind of link between products (X_SELL, UPSELL, SUBSTITUTION, PACK). */
@Entity
@Table(name = "association_type")
public class AssociationType extends PanacheEntityBase {

    @Id
    public String code;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> labels = new LinkedHashMap<>();

    @Column(name = "is_two_way")
    public boolean twoWay;

    @Column(name = "is_quantified")
    public boolean quantified;

    @Version
    public int version;
}
