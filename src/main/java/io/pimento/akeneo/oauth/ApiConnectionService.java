package io.pimento.akeneo.oauth;

import io.pimento.akeneo.AkeneoException;
import io.pimento.common.ConflictException;
import io.pimento.common.FieldError;
import io.pimento.common.InvalidDataException;
import io.pimento.common.NotFoundException;
import io.pimento.security.User;
import io.pimento.security.token.TokenSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * API connections and the OAuth2 grants Akeneo's clients use: the password grant (a user's
 * credentials, checked by the caller) and the refresh-token grant, which consumes the refresh
 * token. Tokens expire, are kept hashed, and stop working with their connection or their user.
 */
@ApplicationScoped
@Transactional
public class ApiConnectionService {

    /** Marks of the secrets, so a leaked one is recognisable (and the bearer mechanism routes access tokens here). */
    public static final String SECRET_MARK = "pks_";
    public static final String ACCESS_MARK = "pka_";
    public static final String REFRESH_MARK = "pkr_";
    /** Akeneo's lifetimes: an hour for access tokens, two weeks for refresh tokens. */
    public static final Duration ACCESS_LIFETIME = Duration.ofHours(1);
    static final Duration REFRESH_LIFETIME = Duration.ofDays(14);
    static final String CODE_PATTERN = "^[A-Za-z0-9_]{1,100}$";
    private static final int CLIENT_ID_LENGTH = 24;

    /** The user and role a valid access token stands for. */
    public record Holder(String username, String role) {
    }

    public CreatedApiConnection create(NewApiConnection request, String createdBy) {
        validate(request);
        if (ApiConnection.findByCode(request.code()).isPresent()) {
            throw new ConflictException("API connection '%s' already exists".formatted(request.code()),
                    List.of(new FieldError("code", "API connection '%s' already exists".formatted(request.code()))));
        }
        ApiConnection connection = new ApiConnection();
        connection.code = request.code();
        connection.label = request.label() == null || request.label().isBlank() ? request.code() : request.label().strip();
        // a client id is not a secret, but random all the same: nothing to guess from a code
        connection.clientId = TokenSecrets.generate("").substring(0, CLIENT_ID_LENGTH);
        String secret = TokenSecrets.generate(SECRET_MARK);
        connection.secretHash = TokenSecrets.hash(secret);
        connection.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        connection.createdBy = createdBy;
        connection.persist();
        return new CreatedApiConnection(connection.code, connection.label, connection.clientId, secret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApiConnectionView> list() {
        return ApiConnection.listByCode().stream().map(ApiConnectionView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ApiConnectionView get(String code) {
        return ApiConnectionView.of(find(code));
    }

    /** Deletes the connection; its tokens go with it (on delete cascade), so they stop working at once. */
    public void delete(String code) {
        find(code).delete();
    }

    /** The connection whose client id and secret these are; Akeneo's 422 otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ApiConnection client(String clientId, String secret) {
        Optional<ApiConnection> found = clientId == null ? Optional.empty() : ApiConnection.findByClientId(clientId);
        String presented = secret == null ? "" : TokenSecrets.hash(secret);
        if (found.isEmpty() || !MessageDigest.isEqual(found.get().secretHash.getBytes(StandardCharsets.US_ASCII),
                presented.getBytes(StandardCharsets.US_ASCII))) {
            throw AkeneoException.unprocessable("Parameter \"client_id\" is missing or does not match any client, or secret is invalid");
        }
        return found.get();
    }

    /** A new pair for a user whose password the caller has checked. */
    public TokenPair grant(long connectionId, String username) {
        User user = User.findByUsername(username).orElseThrow(() -> AkeneoException.unprocessable("Invalid user credentials."));
        return issue(ApiConnection.findById(connectionId), user);
    }

    /** Trades a refresh token of this connection for a new pair; the old pair stops working. */
    public TokenPair refresh(long connectionId, String refreshToken) {
        if (!TokenSecrets.carries(refreshToken, REFRESH_MARK)) {
            throw AkeneoException.unprocessable("Invalid refresh token");
        }
        Instant now = Instant.now();
        ApiConnectionToken grant = ApiConnectionToken.findByRefreshHash(TokenSecrets.hash(refreshToken))
                .filter(found -> found.connection.id == connectionId && found.refreshExpiresAt.isAfter(now) && found.user.enabled)
                .orElseThrow(() -> AkeneoException.unprocessable("Invalid refresh token"));
        User user = grant.user;
        ApiConnection connection = grant.connection;
        grant.delete();
        return issue(connection, user);
    }

    /** The holder of a valid access token: known, not expired, its user enabled. */
    public Optional<Holder> authenticate(String accessToken) {
        if (!TokenSecrets.carries(accessToken, ACCESS_MARK)) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        return ApiConnectionToken.findByAccessHash(TokenSecrets.hash(accessToken))
                .filter(found -> found.accessExpiresAt.isAfter(now) && found.user.enabled)
                .map(found -> new Holder(found.user.username, found.user.role));
    }

    private static TokenPair issue(ApiConnection connection, User user) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        ApiConnectionToken.deleteExpired(now);
        String access = TokenSecrets.generate(ACCESS_MARK);
        String refresh = TokenSecrets.generate(REFRESH_MARK);
        ApiConnectionToken grant = new ApiConnectionToken();
        grant.connection = connection;
        grant.user = user;
        grant.accessHash = TokenSecrets.hash(access);
        grant.accessExpiresAt = now.plus(ACCESS_LIFETIME);
        grant.refreshHash = TokenSecrets.hash(refresh);
        grant.refreshExpiresAt = now.plus(REFRESH_LIFETIME);
        grant.createdAt = now;
        grant.persist();
        return new TokenPair(access, ACCESS_LIFETIME.toSeconds(), "bearer", null, refresh);
    }

    private static ApiConnection find(String code) {
        return ApiConnection.findByCode(code).orElseThrow(() -> NotFoundException.of("API connection", code));
    }

    private static void validate(NewApiConnection request) {
        List<FieldError> errors = new ArrayList<>();
        if (request == null || request.code() == null || !request.code().matches(CODE_PATTERN)) {
            errors.add(new FieldError("code", "a code of 1 to 100 letters, digits or underscores is required"));
        }
        if (request != null && request.label() != null && request.label().strip().length() > 255) {
            errors.add(new FieldError("label", "at most 255 characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidDataException(errors);
        }
    }
}
