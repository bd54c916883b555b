package io.pimento.catalog.locale;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A locale such as {@code en_US}; values of localizable attributes are kept per locale. */
@Entity
@Table(name = "locale")
public class CatalogLocale extends PanacheEntityBase {

    @Id
    public String code;

    public boolean enabled = true;

    @Version
    public int version;
}
