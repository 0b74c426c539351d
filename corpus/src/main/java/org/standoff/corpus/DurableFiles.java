package org.standoff.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes and deletes files so that a crash never leaves a half-written file and a finished write
 * survives a crash: the bytes go to a temporary file in the same directory, which is forced to disk,
 * atomically renamed over the target, and then the directory itself is forced so the rename is
 * durable too. Readers of the target see the old file or the new one, never a mix.
 *
 * <p>This is the one way Standoff writes a corpus file: standoff JSON ({@code StandoffJson.write}),
 * the server's document store and the command line's exports all go through it.
 *
 * <p>Temporary files are named {@code .<target>.<random>.tmp}; {@link #isTemporary(Path)} tells them
 * apart so a directory scan can skip (and clean up) what a crash left behind.
 */
public final class DurableFiles {
    private static final String TEMP_SUFFIX = ".tmp";

    private DurableFiles() {
    }

    /** Replaces {@code target}'s content with {@code content}, durably and atomically. */
    public static void write(Path target, byte[] content) throws IOException {
        try (OutputStream out = open(target)) {
            out.write(content);
        }
    }

    /**
     * A stream whose bytes replace {@code target}'s content, durably and atomically, when it is
     * closed: for a file written piece by piece (a JSON Lines corpus). Until then readers see the old
     * file; closing commits what was written, and a stream never closed leaves a temporary file that
     * {@link #isTemporary(Path)} recognizes. Not thread-safe.
     */
    public static OutputStream open(Path target) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temp = Files.createTempFile(directory, "." + target.getFileName() + ".", TEMP_SUFFIX);
        try {
            keepPermissions(target, temp);
            FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
            return new Replacing(channel, temp, target, directory);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /** The stream of {@link #open}: writes to the temporary file, and on close forces, renames and forces the directory. */
    private static final class Replacing extends OutputStream {
        private final FileChannel channel;
        private final Path temp;
        private final Path target;
        private final Path directory;
        private boolean closed;

        Replacing(FileChannel channel, Path temp, Path target, Path directory) {
            this.channel = channel;
            this.temp = temp;
            this.target = target;
            this.directory = directory;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try (channel) {
                channel.force(true);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
            forceDirectory(directory);
        }
    }

    /**
     * Gives the temporary file the target's permissions, or {@code rw-r--r--} for a new file (a
     * temporary file starts private), so that replacing a corpus file does not change who may read it.
     */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!isPosix(temp)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }

    /** Deletes {@code target} if it exists, and makes the deletion durable. */
    public static void delete(Path target) throws IOException {
        if (Files.deleteIfExists(target)) {
            forceDirectory(target.toAbsolutePath().getParent());
        }
    }

    /** Whether {@code file} is a temporary file of {@link #write}, left behind by a crash. */
    public static boolean isTemporary(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(TEMP_SUFFIX);
    }

    /**
     * Forces a directory's entries (creations, renames, deletions) to disk. Some platforms (Windows)
     * cannot open a directory as a channel; there the rename is as durable as the platform makes it.
     */
    private static void forceDirectory(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            if (isPosix(directory)) {
                throw e instanceof IOException ? (IOException) e : new IOException(e);
            }
        }
    }

    private static boolean isPosix(Path directory) {
        return directory.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
