package org.standoff.server;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

/**
 * Reads a request body within a size and a time bound: a body longer than {@code maxBytes} is
 * answered 413 (when its Content-Length says so, after reading and dropping it if it is at most four
 * times the limit, so that a client still sending it gets the answer), one still arriving after {@code timeout}
 * 408. A client that sends one byte every few seconds therefore holds a worker thread for at most
 * the timeout plus one idle timeout (the longest a single read waits), not as long as it likes.
 */
final class BodyReader {
    private final long maxBytes;
    private final Duration timeout;

    BodyReader(long maxBytes, Duration timeout) {
        this.maxBytes = maxBytes;
        this.timeout = timeout;
    }

    byte[] read(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        long deadline = System.nanoTime() + timeout.toNanos();
        if (declared > maxBytes) {
            if (declared <= DRAINED_TIMES * maxBytes) {
                // read and drop a body at most a few times the limit, within the same time bound, so the
                // client, still sending it, receives the 413 instead of a broken pipe
                drain(ctx, deadline);
            }
            throw tooLarge();
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(declared > 0 ? (int) declared : 1_024);
        byte[] chunk = new byte[16_384];
        try (InputStream in = ctx.req().getInputStream()) {
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                if ((long) body.size() + n > maxBytes) {
                    throw tooLarge();
                }
                body.write(chunk, 0, n);
                if (System.nanoTime() - deadline > 0) {
                    throw new HttpResponseException(408, "the request body took longer than " + timeout.toMillis()
                            + " ms to arrive");
                }
            }
        } catch (IOException e) {
            throw new HttpResponseException(408, "the request body could not be read: the client stopped sending it");
        }
        return body.toByteArray();
    }

    /** A declared body up to this many times the limit is read and dropped before the 413; a larger one is not read. */
    private static final int DRAINED_TIMES = 4;

    private static void drain(Context ctx, long deadline) {
        byte[] chunk = new byte[16_384];
        try (InputStream in = ctx.req().getInputStream()) {
            while (in.read(chunk) >= 0 && System.nanoTime() - deadline < 0) {
                // dropped
            }
        } catch (IOException e) {
            // the client stopped sending: it gets the 413 if it still listens
        }
    }

    private HttpResponseException tooLarge() {
        return new HttpResponseException(413, "the request body is larger than " + maxBytes + " bytes");
    }
}
