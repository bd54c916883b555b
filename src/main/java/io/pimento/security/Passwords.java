package io.pimento.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import org.wildfly.security.credential.PasswordCredential;
import org.wildfly.security.evidence.PasswordGuessEvidence;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.util.ModularCrypt;

import java.security.Provider;
import java.security.spec.InvalidKeySpecException;

/** Bcrypt hashing (cost 10) and verification of user passwords. */
public final class Passwords {

    private static final Provider[] PROVIDERS = {WildFlyElytronPasswordProvider.getInstance()};

    /** Verified against when the user does not exist, so an unknown name costs as much time as a wrong password. */
    private static final String DECOY_HASH = BcryptUtil.bcryptHash("pimento-decoy-password");

    private Passwords() {
    }

    public static String hash(String clearPassword) {
        return BcryptUtil.bcryptHash(clearPassword);
    }

    public static boolean matches(char[] clearPassword, String hash) {
        try {
            PasswordCredential stored = new PasswordCredential(ModularCrypt.decode(hash));
            return stored.verify(() -> PROVIDERS, new PasswordGuessEvidence(clearPassword));
        } catch (InvalidKeySpecException | RuntimeException unreadableHash) {
            return false;
        }
    }

    /** Burns the time of one verification; see {@link #DECOY_HASH}. */
    public static void verifyDecoy(char[] clearPassword) {
        matches(clearPassword, DECOY_HASH);
    }
}
