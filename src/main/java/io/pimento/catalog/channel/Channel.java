package io.pimento.catalog.channel;

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

    /** Codes of the channels that publish in this locale. */
    public static List<String> codesUsingLocale(String locale) {
        return codesContaining("locales", locale);
    }

    /** Codes of the channels that price in this currency. */
    public static List<String> codesUsingCurrency(String currency) {
        return codesContaining("currencies", currency);
    }

    /** Codes of the channels whose category tree is this root category. */
    public static List<String> codesUsingCategoryTree(String category) {
        return Panache.getEntityManager()
                .createQuery("select c.code from Channel c where c.categoryTree = :code order by c.code", String.class)
                .setParameter("code", category)
                .getResultList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> codesContaining(String column, String code) {
        // JSONB containment, so the array column needs no join table.
        return Panache.getEntityManager()
                .createNativeQuery("select code from channel where " + column + " @> jsonb_build_array(cast(:code as text)) order by code")
                .setParameter("code", code)
                .getResultList();
    }
}
