package io.pimento.security.user;

import io.pimento.common.ConflictException;
import io.pimento.common.Cursor;
import io.pimento.common.FieldError;
import io.pimento.common.InvalidDataException;
import io.pimento.common.NotFoundException;
import io.pimento.common.Page;
import io.pimento.common.PreconditionFailedException;
import io.pimento.history.FieldChange;
import io.pimento.history.HistoryRecorder;
import io.pimento.security.PasswordStrength;
import io.pimento.security.Passwords;
import io.pimento.security.session.UiSessions;
import io.pimento.security.Role;
import io.pimento.security.SecurityConfig;
import io.pimento.security.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Manages who may log in. There is always at least one enabled admin: removing, demoting or
 * disabling the last one is refused, so nobody can lock everyone out of user management.
 */
@ApplicationScoped
@Transactional
public class UserService {

    static final String RESOURCE_TYPE = "user";
    /** No colon (HTTP Basic splits on it) and nothing that needs escaping in a URL. */
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,99}");
    /** bcrypt ignores everything past 72 bytes; refusing longer passwords avoids a false sense of strength. */
    private static final int MAX_PASSWORD_BYTES = 72;

    private final SecurityConfig config;
    private final HistoryRecorder history;
    private final UiSessions sessions;

    UserService(SecurityConfig config, HistoryRecorder history, UiSessions sessions) {
        this.config = config;
        this.history = history;
        this.sessions = sessions;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<UserView> list(Integer requestedLimit, String after) {
        int limit = Cursor.limit(requestedLimit);
        String afterKey = Cursor.decode(after);
        List<User> users = afterKey == null
                ? User.find("order by lower(username)").page(0, limit + 1).list()
                : User.find("lower(username) > ?1 order by lower(username)", afterKey).page(0, limit + 1).list();
        boolean more = users.size() > limit;
        List<UserView> items = users.stream().limit(limit).map(UserView::of).toList();
        String next = more ? Cursor.encode(items.get(items.size() - 1).username().toLowerCase(Locale.ROOT)) : null;
        return Page.of(items, next);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UserView get(String username) {
        return UserView.of(find(username));
    }

    public UserView create(NewUser request) {
        List<FieldError> errors = new ArrayList<>();
        if (request == null) {
            throw InvalidDataException.of("", "a user is required");
        }
        if (request.username() == null || request.username().isBlank()) {
            errors.add(new FieldError("username", "a username is required"));
        } else if (!USERNAME.matcher(request.username()).matches()) {
            errors.add(new FieldError("username",
                    "1 to 100 letters, digits, '.', '_', '@' or '-', starting with a letter or digit"));
        }
        if (request.password() == null) {
            errors.add(new FieldError("password", "a password is required"));
        } else {
            checkPassword(request.password(), request.username(), errors);
        }
        if (request.role() == null) {
            errors.add(new FieldError("role", "a role is required, one of " + Role.codes()));
        } else {
            checkRole(request.role(), errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidDataException(errors);
        }
        if (User.findByUsername(request.username()).isPresent()) {
            throw new ConflictException("user '%s' already exists".formatted(request.username()),
                    List.of(new FieldError("username", "already taken")));
        }
        User user = User.create(request.username(), request.password(), Role.fromCode(request.role()).orElseThrow());
        user.enabled = request.enabled() == null || request.enabled();
        User.flush();
        history.created(RESOURCE_TYPE, user.username, user.version, List.of(
                new FieldChange("role", null, user.role),
                new FieldChange("enabled", null, user.enabled)));
        return UserView.of(user);
    }

    public UserView update(String username, Integer expectedVersion, UserChanges changes) {
        User user = find(username);
        checkVersion(user, expectedVersion, changes == null ? null : changes.version());
        if (changes == null) {
            return UserView.of(user);
        }
        List<FieldError> errors = new ArrayList<>();
        if (changes.password() != null) {
            checkPassword(changes.password(), user.username, errors);
        }
        if (changes.role() != null) {
            checkRole(changes.role(), errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidDataException(errors);
        }
        String newRole = changes.role() == null ? user.role : changes.role();
        boolean newEnabled = changes.enabled() == null ? user.enabled : changes.enabled();
        if (!(Role.ADMIN_CODE.equals(newRole) && newEnabled)) {
            keepAnotherAdmin(user, Objects.equals(newRole, user.role) ? "disable" : "demote");
        }
        List<FieldChange> fieldChanges = new ArrayList<>();
        if (!newRole.equals(user.role)) {
            fieldChanges.add(new FieldChange("role", user.role, newRole));
            user.role = newRole;
        }
        if (newEnabled != user.enabled) {
            fieldChanges.add(new FieldChange("enabled", user.enabled, newEnabled));
            user.enabled = newEnabled;
            if (!newEnabled) {
                // enabling the user again later must not bring old sessions back
                sessions.closeAll(user.username);
            }
        }
        if (changes.password() != null && !Passwords.matches(changes.password().toCharArray(), user.password)) {
            // The hash is not history material: only the fact that it changed is recorded.
            fieldChanges.add(new FieldChange("password", null, "(changed)"));
            user.password = Passwords.hash(changes.password());
            // whoever holds an old UI session of this user (a stolen cookie) is out at their next request
            sessions.closeAll(user.username);
        }
        User.flush();
        history.updated(RESOURCE_TYPE, user.username, user.version, fieldChanges);
        return UserView.of(user);
    }

    public void delete(String username, Integer expectedVersion) {
        User user = find(username);
        checkVersion(user, expectedVersion, null);
        keepAnotherAdmin(user, "delete");
        history.deleted(RESOURCE_TYPE, user.username, user.version);
        user.delete();
    }

    private static User find(String username) {
        return User.findByUsername(username).orElseThrow(() -> NotFoundException.of("user", username));
    }

    /** Refuses to take away the admin rights of the last enabled admin. */
    private static void keepAnotherAdmin(User user, String action) {
        if (!user.isAdmin() || !user.enabled) {
            return;
        }
        boolean anotherAdmin = User.lockEnabledAdmins().stream().anyMatch(admin -> !admin.id.equals(user.id));
        if (!anotherAdmin) {
            throw new ConflictException("cannot %s '%s': it is the last enabled admin; make another user admin first"
                    .formatted(action, user.username));
        }
    }

    private static void checkVersion(User user, Integer ifMatch, Integer bodyVersion) {
        if (ifMatch != null && ifMatch != user.version) {
            throw new PreconditionFailedException("user '%s' is at version %d, not %d: reload it and apply your change again"
                    .formatted(user.username, user.version, ifMatch));
        }
        if (bodyVersion != null && bodyVersion != user.version) {
            throw new ConflictException("user '%s' is at version %d, not %d: reload it and apply your change again"
                    .formatted(user.username, user.version, bodyVersion),
                    List.of(new FieldError("version", "stale version " + bodyVersion)));
        }
    }

    private void checkPassword(String password, String username, List<FieldError> errors) {
        if (password.length() < config.passwordMinLength()) {
            errors.add(new FieldError("password", "at least %d characters".formatted(config.passwordMinLength())));
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            errors.add(new FieldError("password", "at most %d bytes (bcrypt ignores the rest)".formatted(MAX_PASSWORD_BYTES)));
        } else {
            PasswordStrength.weakness(password, username, config.passwordMinScore())
                    .ifPresent(why -> errors.add(new FieldError("password", why)));
        }
    }

    private static void checkRole(String role, List<FieldError> errors) {
        if (Role.fromCode(role).isEmpty()) {
            errors.add(new FieldError("role", "'%s' is not a role; one of %s".formatted(role, Role.codes())));
        }
    }
}
