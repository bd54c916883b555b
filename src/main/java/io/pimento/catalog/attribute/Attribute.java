package io.pimento.catalog.attribute;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A typed characteristic of products (name, price, weight, colour...). Localizable attributes
 * hold one value per locale, scopable ones one per channel; the optional constraints below are
 * checked on every write.
 */
@Entity
@Table(name = "attribute")
public class Attribute extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public AttributeType type;

    @Column(name = "attribute_group", nullable = false)
    public String group;

    public boolean localizable;

    public boolean scopable;

    @Column(name = "unique_value")
    public boolean unique;

    @Column(name = "useable_as_grid_filter")
    public boolean useableAsGridFilter;

    @Column(name = "sort_order")
    public int sortOrder;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> labels = new LinkedHashMap<>();

    /** When not empty, the only locales this (localizable) attribute may have values in. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "available_locales")
    public List<String> availableLocales = new ArrayList<>();

    @Column(name = "max_characters")
    public Integer maxCharacters;

    /** {@code email}, {@code url} or {@code regexp} (then {@link #validationRegexp} applies). */
    @Column(name = "validation_rule")
    public String validationRule;

    @Column(name = "validation_regexp")
    public String validationRegexp;

    @Column(name = "number_min")
    public BigDecimal numberMin;

    @Column(name = "number_max")
    public BigDecimal numberMax;

    @Column(name = "decimals_allowed")
    public Boolean decimalsAllowed;

    @Column(name = "negative_allowed")
    public Boolean negativeAllowed;

    @Column(name = "date_min")
    public LocalDate dateMin;

    @Column(name = "date_max")
    public LocalDate dateMax;

    @Column(name = "metric_family")
    public String metricFamily;

    @Column(name = "default_metric_unit")
    public String defaultMetricUnit;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "allowed_extensions")
    public List<String> allowedExtensions = new ArrayList<>();

    /** In megabytes, as in Akeneo. */
    @Column(name = "max_file_size")
    public BigDecimal maxFileSize;

    @Column(name = "reference_data_name")
    public String referenceDataName;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @Column(name = "updated_at")
    public Instant updatedAt = Instant.now();

    @Version
    public int version;
}
