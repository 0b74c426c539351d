package org.standoff.corpus.exchange;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.standoff.core.model.Fingerprint;

/**
 * The one rule that turns a document id into a file name, used by every writer that names a file
 * after a document (standoff JSON, brat, UIMA CAS JSON, W3C, Label Studio) and by the server's
 * corpus directory. Ids come from data, so the rule must give a usable, single-segment file name
 * for any id at all, and two different ids must not get the same name.
 *
 * <ul>
 *   <li>Letters and digits of any script, {@code .}, {@code _} and {@code -} are kept; every other
 *       character (a {@code /}, a space, NUL or another control character, {@code :}, {@code \},
 *       an unpaired surrogate) becomes {@code _}, and a leading {@code .} becomes {@code _}.</li>
 *   <li>The result is cut to at most {@value #MAX_STEM_BYTES} bytes of UTF-8, at a character
 *       boundary (file systems allow 255 bytes per name, and the suffix and a counter need room).</li>
 *   <li>Whenever anything was replaced or cut, or the id is a reserved device name on Windows
 *       ({@code CON}, {@code NUL}, {@code COM1}…), {@code -} and the first 8 hexadecimal digits of
 *       the SHA-256 of the id's UTF-8 bytes are appended, so ids differing only in replaced
 *       characters keep different names.</li>
 * </ul>
 *
 * <pre>
 * putin-jiang-2001  → putin-jiang-2001.standoff.json
 * café-2            → café-2.standoff.json
 * new doc/1         → new_doc_1-&lt;8 hex&gt;.standoff.json
 * a\0b              → a_b-&lt;8 hex&gt;.standoff.json
 * (300 × "x")       → (150 × "x")-&lt;8 hex&gt;.standoff.json
 * </pre>
 */
public final class DocumentFileName {
    /** The longest stem kept from an id, in UTF-8 bytes, before the hash. */
    public static final int MAX_STEM_BYTES = 150;

    private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N}._-]");
    private static final Pattern RESERVED = Pattern.compile("(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\\..*)?");

    private DocumentFileName() {
    }

    /** {@code stem(documentId) + suffix}, e.g. {@code of("doc 1", ".ann")}. */
    public static String of(String documentId, String suffix) {
        return stem(documentId) + Objects.requireNonNull(suffix, "suffix");
    }

    /** The file name stem of {@code documentId}, as the rule above says; never empty. */
    public static String stem(String documentId) {
        Objects.requireNonNull(documentId, "documentId");
        String safe = UNSAFE.matcher(documentId).replaceAll("_");
        if (safe.startsWith(".")) {
            safe = "_" + safe.substring(1);
        }
        String cut = cut(safe);
        boolean changed = !cut.equals(documentId) || cut.isEmpty()
                || RESERVED.matcher(cut.toUpperCase(Locale.ROOT)).matches();
        if (!changed) {
            return cut;
        }
        String hash = Fingerprint.sha256Hex(documentId.getBytes(StandardCharsets.UTF_8)).substring(0, 8);
        return cut.isEmpty() ? hash : cut + "-" + hash;
    }

    /** The longest prefix of {@code safe} within {@link #MAX_STEM_BYTES} UTF-8 bytes, ending between characters. */
    private static String cut(String safe) {
        int bytes = 0;
        for (int i = 0; i < safe.length(); ) {
            int c = safe.codePointAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            if (bytes > MAX_STEM_BYTES) {
                return safe.substring(0, i);
            }
            i += Character.charCount(c);
        }
        return safe;
    }
}
