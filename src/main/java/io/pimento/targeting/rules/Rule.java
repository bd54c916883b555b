package io.pimento.targeting.rules;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;

/**
 * A merchandising rule: on one placement (null: all), for one segment (null: everyone), from
 * {@code start} (included) to {@code end} (excluded), an action applied with a priority.
 */
@Entity
@Table(name = "merchandising_rule")
public class Rule extends PanacheEntityBase {

    @Id
    public String code;

    public String placement;

    public String segment;

    public int priority;

    @Column(name = "starts_at")
    public Instant start;

    @Column(name = "ends_at")
    public Instant end;

    @JdbcTypeCode(SqlTypes.JSON)
    public RuleActionPayload action;

    public boolean enabled = true;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @Column(name = "updated_at")
    public Instant updatedAt = Instant.now();

    @Version
    public int version;

    /** The rules whose content action shows this content item, by code. */
    @SuppressWarnings("unchecked")
    public static List<String> codesShowingContent(String contentCode) {
        return getEntityManager()
                .createNativeQuery("select code from merchandising_rule where action ->> 'type' = 'content' "
                        + "and exists (select 1 from jsonb_array_elements_text(action -> 'items') i where lower(i) = lower(:code)) order by code")
                .setParameter("code", contentCode)
                .getResultList();
    }
}
