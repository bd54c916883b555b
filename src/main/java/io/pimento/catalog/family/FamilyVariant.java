package io.pimento.catalog.family;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How a family's product models split into variants: up to two levels of variant axes. */
@Entity
@Table(name = "family_variant")
public class FamilyVariant extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String family;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> labels = new LinkedHashMap<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "variant_attribute_sets")
    public List<VariantAttributeSet> variantAttributeSets = new ArrayList<>();

    @Version
    public int version;
}
