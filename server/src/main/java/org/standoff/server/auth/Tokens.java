package org.standoff.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.standoff.core.model.Fingerprint;

/**
 * API tokens: how they are made, hashed and compared.
 *
 * <p>A token is {@value #PREFIX} followed by 43 base64url characters: 256 bits from {@link SecureRandom},
 * e.g. {@code sot_Jx0c…}. The prefix lets secret scanners and people recognise one. Only its SHA-256 is
 * stored: a token is random enough that a slow password hash adds nothing, and a leaked accounts file
 * gives no token back. Hashes are compared with {@link MessageDigest#isEqual}, whose time does not depend
 * on where two values differ.
 */
public final class Tokens {
    /** What every token starts with. */
    public static final String PREFIX = "sot_";
    /** Random bytes in a token. */
    public static final int RANDOM_BYTES = 32;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern TOKEN = Pattern.compile(Pattern.quote(PREFIX) + "[A-Za-z0-9_-]{43}");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private Tokens() {
    }

    /** A new random token. */
    public static String generate() {
        byte[] random = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(random);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** Whether {@code token} has the shape of a token (it may still be unknown or revoked). */
    public static boolean isWellFormed(String token) {
        return token != null && TOKEN.matcher(token).matches();
    }

    /** The lower-case hex SHA-256 of the token's UTF-8 bytes: what is stored instead of the token. */
    public static String hash(String token) {
        return Fingerprint.sha256Hex(token.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether {@code value} has the shape of a {@link #hash}. */
    public static boolean isHash(String value) {
        return HASH.matcher(value).matches();
    }

    /**
     * Whether two hashes are equal, in a time that depends only on their lengths, never on their content.
     * {@code null} equals nothing.
     */
    public static boolean sameHash(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The account of {@code accounts} whose token is {@code token}, or empty. Every account's hash is
     * compared, also after a match, so the time taken says nothing about which account matched or how
     * closely another came.
     */
    public static Optional<Account> owner(List<Account> accounts, String token) {
        if (!isWellFormed(token)) {
            return Optional.empty();
        }
        String presented = hash(token);
        Account found = null;
        for (Account account : accounts) {
            boolean same = sameHash(presented, account.tokenSha256());
            found = same ? account : found;
        }
        return Optional.ofNullable(found);
    }
}
