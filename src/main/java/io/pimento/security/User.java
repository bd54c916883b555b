package io.pimento.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/** Someone who works in Pimento; the password is kept as a bcrypt hash. */
@Entity
@Table(name = "app_user")
@UserDefinition
public class User extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Username
    @Column(nullable = false)
    public String username;

    @Password
    @Column(nullable = false)
    public String password;

    /** One of {@link Role}'s codes. */
    @Roles
    @Column(nullable = false)
    public String role;

    public boolean enabled = true;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    public static User create(String username, String clearPassword, Role role) {
        User user = new User();
        user.username = username;
        user.password = BcryptUtil.bcryptHash(clearPassword);
        user.role = role.code();
        user.persist();
        return user;
    }

    public static Optional<User> findByUsername(String username) {
        return find("lower(username) = lower(?1)", username).firstResultOptional();
    }
}
