package io.pimento.catalog.group;

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

/** Akeneo's product groups (RELATED, XSELL...), kept so Akeneo catalogs move over without loss. */
@Entity
@Table(name = "product_group")
public class ProductGroup extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String type;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> labels = new LinkedHashMap<>();

    @Version
    public int version;
}
