package org.standoff.core.model;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.standoff.core.text.OffsetIndex;
import java.util.Objects;

/**
 * What identifies a document's text exactly: the SHA-256 of its UTF-8 encoding (lower-case hex)
 * and its length in code points and in UTF-16 code units. An annotation set that names a
 * fingerprint is checked against it before any span is read.
 *
 * @param sha256     64 lower-case hex digits
 * @param codepoints length in Unicode code points
 * @param utf16      length in UTF-16 code units ({@code String.length()})
 */
public record Fingerprint(String sha256, int codepoints, int utf16) {
    /** A SHA-256 digest prototype, cloned for each use: looking one up by name costs more than hashing a short text. */
    private static final MessageDigest SHA_256 = lookUpSha256();

    public Fingerprint {
        Objects.requireNonNull(sha256, "sha256");
        if (!isSha256Hex(sha256)) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits: \"" + sha256 + "\"");
        }
        if (codepoints < 0 || utf16 < codepoints) {
            throw new IllegalArgumentException("invalid lengths: codepoints=" + codepoints + ", utf16=" + utf16);
        }
    }

    /** Whether {@code value} is 64 lower-case hex digits, as a SHA-256 is written. */
    public static boolean isSha256Hex(String value) {
        if (value.length() != 64) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /** The fingerprint of {@code text}. */
    public static Fingerprint of(String text) {
        return new Fingerprint(sha256Hex(text), text.codePointCount(0, text.length()), text.length());
    }

    /**
     * The lower-case hex SHA-256 of the UTF-8 encoding of {@code text}. A lone surrogate is
     * encoded as U+FFFD (EF BF BD), as {@link org.standoff.core.text.OffsetIndex} counts it, not as
     * the {@code ?} that {@link String#getBytes} would write.
     */
    public static String sha256Hex(String text) {
        return sha256Hex(utf8(text));
    }

    /**
     * The SHA-256 of {@code utf8} in lower-case hex: the {@link #sha256} of a text whose UTF-8
     * encoding the caller already has.
     */
    public static String sha256Hex(byte[] utf8) {
        return HexFormat.of().formatHex(newSha256().digest(utf8));
    }

    private static MessageDigest lookUpSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static MessageDigest newSha256() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            return lookUpSha256(); // a provider whose digest cannot be cloned
        }
    }

    private static byte[] utf8(String text) {
        if (OffsetIndex.firstLoneSurrogate(text) < 0) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(new byte[] {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD});
        try {
            ByteBuffer encoded = encoder.encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing encoder does not fail", e);
        }
    }
}
