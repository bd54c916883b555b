package io.pimento.security.token;

import io.pimento.common.FieldError;
import io.pimento.common.InvalidDataException;
import io.pimento.common.NotFoundException;
import io.pimento.security.User;
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

    /** The user and role a valid token stands for. */
    public record Owner(String username, String role) {
    }

    public CreatedApiToken create(String username, NewApiToken request) {
        validate(request);
        ApiToken entity = new ApiToken();
        entity.user = currentUser(username);
        entity.name = request.name().strip();
        String token = entity.issue(TOKEN_MARK);
        entity.expiresAt = request.expiresInDays() == null ? null
                : entity.createdAt.plus(Duration.ofDays(request.expiresInDays()));
        entity.persist();
        return new CreatedApiToken(entity.id, entity.name, token, entity.prefix, entity.createdAt, entity.expiresAt);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApiTokenView> list(String username) {
        return ApiToken.listOf(currentUser(username)).stream().map(ApiTokenView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ApiTokenView get(String username, long id) {
        return ApiTokenView.of(owned(username, id));
    }

    public void revoke(String username, long id) {
        owned(username, id).delete();
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
                    return new Owner(found.user.username, found.user.role);
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

    private static void validate(NewApiToken request) {
        List<FieldError> errors = new ArrayList<>();
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
    }
}
