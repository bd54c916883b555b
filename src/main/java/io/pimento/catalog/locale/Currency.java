package io.pimento.catalog.locale;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An ISO 4217 currency; price attributes hold one amount per enabled currency. */
@Entity
@Table(name = "currency")
public class Currency extends PanacheEntityBase {

    @Id
    public String code;

    public boolean enabled = true;

    @Version
    public int version;
}
