package org.standoff.corpus.standoff.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.standoff.core.model.Fingerprint;
import org.standoff.corpus.standoff.DiagnosticCodes;

/**
 * Sidecar text files ({@code textRef}): a relative path, resolved against a base directory, to a
 * file holding exactly the document's text as UTF-8 (no byte order mark is stripped), verified by
 * the SHA-256 of its bytes.
 *
 * <p>The file must be a regular file inside the base directory once every symbolic link is
 * resolved: a link within the corpus is followed, a link out of it (to {@code /dev/zero}, to a
 * secret file) is refused before anything is read or hashed, and a FIFO or device is refused
 * without opening it. Reading stops after {@code maxBytes + 1} bytes actually read, whatever
 * size the file claims.
 */
public final class TextRefs {
    private TextRefs() {
    }

    /**
     * Whether {@code path} is a safe relative path: non-empty, '/'-separated, not absolute, with no
     * empty, {@code .} or {@code ..} segment, no backslash, no colon and no control character
     * (NUL included).
     */
    public static boolean isSafeRelativePath(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.indexOf('\\') >= 0 || path.indexOf(':') >= 0) {
            return false;
        }
        if (path.chars().anyMatch(Character::isISOControl)) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** The sidecar text, or {@code null} after reporting why it cannot be used. */
    static String load(Path base, String path, String sha256, long maxBytes, Loc loc, Sink sink) {
        if (base == null) {
            sink.error(DiagnosticCodes.TEXTREF_PATH, null, loc.child("/path"), "sidecar text " + Texts.quote(path)
                    + " cannot be resolved: the document was not read from a file and no base directory was given");
            return null;
        }
        if (!isSafeRelativePath(path)) {
            sink.error(DiagnosticCodes.TEXTREF_PATH, null, loc.child("/path"), "textRef path " + Texts.quote(path)
                    + " must be relative, '/'-separated, without '.', '..' or empty segments, a control character, '\\' or ':'");
            return null;
        }
        byte[] bytes = read(base, path, maxBytes, loc, sink);
        if (bytes == null) {
            return null;
        }
        String actual = Fingerprint.sha256Hex(bytes);
        if (!actual.equals(sha256)) {
            sink.error(DiagnosticCodes.TEXTREF_MISMATCH, null, loc.child("/sha256"), "sidecar text " + Texts.quote(path)
                    + " has SHA-256 " + actual + ", but textRef names " + sha256);
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            sink.error(DiagnosticCodes.TEXTREF_UNREADABLE, null, loc.child("/path"), "sidecar text " + Texts.quote(path)
                    + " is not valid UTF-8");
            return null;
        }
    }

    private static byte[] read(Path base, String path, long maxBytes, Loc loc, Sink sink) {
        Path file;
        try {
            file = resolveInside(base, path);
        } catch (InvalidPathException e) {
            sink.error(DiagnosticCodes.TEXTREF_PATH, null, loc.child("/path"), "textRef path " + Texts.quote(path)
                    + " cannot be a file name here");
            return null;
        } catch (NoSuchFileException e) {
            sink.error(DiagnosticCodes.TEXTREF_UNREADABLE, null, loc.child("/path"), "sidecar text " + Texts.quote(path)
                    + " does not exist");
            return null;
        } catch (IOException e) {
            sink.error(DiagnosticCodes.TEXTREF_UNREADABLE, null, loc.child("/path"), "cannot read sidecar text " + Texts.quote(path)
                    + ": " + e.getClass().getSimpleName());
            return null;
        }
        if (file == null) {
            sink.error(DiagnosticCodes.TEXTREF_PATH, null, loc.child("/path"), "sidecar text " + Texts.quote(path)
                    + " is a symbolic link to a file outside the document's directory; it is not read");
            return null;
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            sink.error(DiagnosticCodes.TEXTREF_UNREADABLE, null, loc.child("/path"), "sidecar text " + Texts.quote(path)
                    + " is not a regular file (a directory, FIFO or device); it is not read");
            return null;
        }
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, maxBytes + 1));
            if (bytes.length > maxBytes) {
                sink.error(DiagnosticCodes.TEXTREF_UNREADABLE, null, loc.child("/path"), "sidecar text " + Texts.quote(path)
                        + " is larger than the limit of " + maxBytes + " bytes");
                return null;
            }
            return bytes;
        } catch (IOException e) {
            sink.error(DiagnosticCodes.TEXTREF_UNREADABLE, null, loc.child("/path"), "cannot read sidecar text " + Texts.quote(path)
                    + ": " + e.getClass().getSimpleName());
            return null;
        }
    }

    /**
     * The real path of {@code base/path} with every symbolic link resolved, or {@code null} when
     * that lies outside the real path of {@code base}.
     */
    private static Path resolveInside(Path base, String path) throws IOException {
        Path root = base.toRealPath();
        Path file = root.resolve(path).toRealPath();
        return file.startsWith(root) ? file : null;
    }
}
