package io.pimento.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Someone who works in Pimento; the password is kept as a bcrypt hash. Authentication goes
 * through {@link PasswordIdentityProvider}, which also refuses disabled users.
 */
@Entity
@Table(name = "app_user")
public class User extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String username;

    /** A bcrypt hash in modular crypt format ({@code $2a$10$...}). */
    @Column(nullable = false)
    public String password;

    /** One of {@link Role}'s codes. */
    @Column(nullable = false)
    public String role;

    public boolean enabled = true;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @Version
    public int version;

    public static User create(String username, String clearPassword, Role role) {
        User user = new User();
        user.username = username;
        user.password = Passwords.hash(clearPassword);
        user.role = role.code();
        user.persist();
        return user;
    }

    public static Optional<User> findByUsername(String username) {
        return find("lower(username) = lower(?1)", username).firstResultOptional();
    }

    public boolean isAdmin() {
        return Role.ADMIN_CODE.equals(role);
    }

    /** The enabled admins, locked until the end of the transaction so two requests cannot remove the last two at once. */
    public static List<User> lockEnabledAdmins() {
        return find("role = ?1 and enabled = true", Role.ADMIN_CODE).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }
}
