package io.pimento.security.token;

import io.pimento.common.FieldError;
import io.pimento.common.InvalidDataException;
import io.pimento.common.NotFoundException;
import io.pimento.common.Texts;
import io.pimento.security.Role;
import io.pimento.security.User;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Creates, lists and revokes personal API tokens, and resolves a presented token to its owner. */
@ApplicationScoped
@Transactional
public class ApiTokenService {

    /** Marks Pimento tokens, so secret scanners can recognise a leaked one. */
    public static final String TOKEN_MARK = "pim_";
    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_DAYS = 3650;

    /** The user and role a valid token stands for, and the token itself. */
    public record Owner(String username, Role role, TokenGrant grant) {
    }

    /**
     * Makes a token for {@code username}. {@code creator} is the token the request authenticated
     * with, if any: the new token is its child, no wider and living no longer, and goes when it goes.
     */
    public CreatedApiToken create(String username, Optional<TokenGrant> creator, NewApiToken request) {
        User user = currentUser(username);
        // No scope named: the creating token's (a child is never wider), else the owner's full role.
        TokenScope scope = validate(request, roleOf(user))
                .orElseGet(() -> creator.map(TokenGrant::scope).orElse(TokenScope.DEFAULT));
        ApiToken entity = new ApiToken();
        entity.user = user;
        entity.name = request.name().strip();
        entity.scope = scope.code();
        String token = entity.issue(TOKEN_MARK);
        entity.expiresAt = request.expiresInDays() == null ? null
                : entity.createdAt.plus(Duration.ofDays(request.expiresInDays()));
        if (creator.isPresent()) {
            bindToCreator(entity, scope, creator.get());
        }
        entity.persist();
        return new CreatedApiToken(entity.id, entity.name, token, entity.prefix, entity.scope, entity.parentId,
                entity.createdAt, entity.expiresAt);
    }

    private static void bindToCreator(ApiToken child, TokenScope scope, TokenGrant creator) {
        if (!creator.scope().covers(scope)) {
            throw InvalidDataException.of("scope", "the token you authenticate with has scope '%s'; it cannot create a '%s' token"
                    .formatted(creator.scope().code(), scope.code()));
        }
        if (creator.expiresAt() != null && (child.expiresAt == null || child.expiresAt.isAfter(creator.expiresAt()))) {
            throw InvalidDataException.of("expires_in_days",
                    "the token you authenticate with expires at %s; a token it creates must expire by then (set expires_in_days to at most %d)"
                            .formatted(creator.expiresAt(), Math.max(0, Duration.between(child.createdAt, creator.expiresAt()).toDays())));
        }
        child.parentId = creator.tokenId();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApiTokenView> list(String username) {
        return ApiToken.listOf(currentUser(username)).stream().map(ApiTokenView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ApiTokenView get(String username, long id) {
        return ApiTokenView.of(owned(username, id));
    }

    /** Revokes a token and, through the database's cascade, every token created with it. */
    public void revoke(String username, Optional<TokenGrant> revoker, long id) {
        ApiToken token = owned(username, id);
        if (revoker.isPresent() && revoker.get().scope() != TokenScope.ADMIN) {
            throw new ForbiddenException("revoking tokens needs a password or a token with scope 'admin'; yours has scope '%s'"
                    .formatted(revoker.get().scope().code()));
        }
        token.delete();
    }

    /** The owner of a valid token: known, not expired, its user enabled. Also notes when it was last used. */
    public Optional<Owner> authenticate(String token) {
        if (!TokenSecrets.carries(token, TOKEN_MARK)) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        return ApiToken.findByHashWithUser(TokenSecrets.hash(token))
                .filter(found -> !found.isExpired(now) && found.user.enabled)
                .map(found -> {
                    found.noteUse(now);
                    return new Owner(found.user.username, roleOf(found.user),
                            new TokenGrant(found.id, found.scope(), found.expiresAt));
                });
    }

    private ApiToken owned(String username, long id) {
        return ApiToken.findOwned(currentUser(username), id)
                .orElseThrow(() -> new NotFoundException("you have no API token with id " + id));
    }

    private static User currentUser(String username) {
        // The caller is authenticated, so the user exists unless it was deleted a moment ago.
        return User.findByUsername(username).orElseThrow(() -> NotFoundException.of("user", username));
    }

    private static Role roleOf(User user) {
        // Roles are checked on the way in (users API), so a stored role is always a known one.
        return Role.fromCode(user.role).orElseThrow();
    }

    /** Refuses a bad request with every faulty field; answers the scope asked for, if any. */
    private static Optional<TokenScope> validate(NewApiToken request, Role ownerRole) {
        List<FieldError> errors = new ArrayList<>();
        Optional<TokenScope> scope = Optional.empty();
        if (request != null && request.scope() != null) {
            Optional<TokenScope> asked = TokenScope.fromCode(request.scope());
            if (asked.isEmpty()) {
                errors.add(new FieldError("scope", "'%s' is not a scope; use one of %s"
                        .formatted(Texts.abbreviate(request.scope()), String.join(", ", TokenScope.codes()))));
            } else if (!asked.get().allowedFor(ownerRole)) {
                errors.add(new FieldError("scope", "a '%s' token needs at least the %s role; yours is %s"
                        .formatted(asked.get().code(), asked.get().least().code(), ownerRole.code())));
            } else {
                scope = asked;
            }
        }
        if (request == null || request.name() == null || request.name().isBlank()) {
            errors.add(new FieldError("name", "a name is required"));
        } else if (request.name().strip().length() > MAX_NAME_LENGTH) {
            errors.add(new FieldError("name", "at most %d characters".formatted(MAX_NAME_LENGTH)));
        }
        if (request != null && request.expiresInDays() != null
                && (request.expiresInDays() < 1 || request.expiresInDays() > MAX_DAYS)) {
            errors.add(new FieldError("expires_in_days", "must be between 1 and %d".formatted(MAX_DAYS)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidDataException(errors);
        }
        return scope;
    }
}
