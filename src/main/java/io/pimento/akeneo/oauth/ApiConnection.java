package io.pimento.akeneo.oauth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An Akeneo API connection: the OAuth2 client an Akeneo connector authenticates as (client id and
 * secret, the secret kept as its SHA-256 only) before it asks for a token in a user's name.
 */
@Entity
@Table(name = "api_connection")
public class ApiConnection extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String code;

    public String label;

    @Column(name = "client_id", nullable = false)
    public String clientId;

    @Column(name = "secret_hash", nullable = false)
    public String secretHash;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @Column(name = "created_by")
    public String createdBy;

    static Optional<ApiConnection> findByCode(String code) {
        return find("lower(code) = lower(?1)", code).firstResultOptional();
    }

    static Optional<ApiConnection> findByClientId(String clientId) {
        return find("clientId", clientId).firstResultOptional();
    }

    static List<ApiConnection> listByCode() {
        return list("order by lower(code)");
    }
}
