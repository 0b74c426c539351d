package org.standoff.corpus.standoff.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.MalformedInputException;
import java.util.Arrays;

/**
 * An input stream that checks, chunk by chunk as the byte-based JSON parser reads it, that its
 * bytes are well-formed UTF-8 (exactly what a strict {@code CharsetDecoder} accepts: no overlong
 * forms, no surrogates, nothing above U+10FFFF, no truncated sequence at the end), failing with a
 * {@link MalformedInputException} on the first chunk that is not. It also records where the runs of
 * non-ASCII bytes end, so that a parser's byte column can be turned into the column in UTF-16
 * characters that the char-based parser reports ({@link #charColumn}), and keeps the bytes not yet
 * released, so that {@link DuplicateKeys} can find where a repeated key ends.
 */
final class Utf8Input extends FilterInputStream implements DuplicateKeys.Source {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Bytes of the sequence still expected after a lead byte split across chunks. */
    private int pending;
    /** Allowed range of the next continuation byte (narrowed after E0, ED, F0, F4). */
    private int nextLow = 0x80;
    private int nextHigh = 0xBF;
    /** Bytes before the current chunk. */
    private long total;
    /** Extra bytes (bytes − UTF-16 units) of everything so far. */
    private long extra;
    private boolean inRun;
    private long runStart;
    private long[] runEnds = new long[16];
    private long[] runExtras = new long[16];
    private int runs;
    /** The bytes read from offset {@code keptFrom} on, for {@link #keyEnd}. */
    private byte[] kept = new byte[1 << 14];
    private int keptLength;
    private long keptFrom;
    private long releasedBefore;

    Utf8Input(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0) {
            keep(buffer, offset, n);
            check(buffer, offset, n);
        } else if (n < 0 && pending > 0) {
            throw new MalformedInputException(pending);
        } else if (n < 0) {
            closeRun(total);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skip is not supported");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void check(byte[] b, int from, int n) throws MalformedInputException {
        int end = from + n;
        int i = from;
        while (i < end) {
            if (pending == 0) {
                int ascii = i;
                i = skipAscii(b, i, end);
                if (inRun && i > ascii) {
                    closeRun(total + (ascii - from));
                }
                if (i == end) {
                    break;
                }
                int lead = b[i] & 0xFF;
                if (!inRun) {
                    inRun = true;
                    runStart = total + (i - from);
                }
                if (lead >= 0xC2 && lead <= 0xDF) {
                    pending = 1;
                    extra += 1;
                    nextLow = 0x80;
                    nextHigh = 0xBF;
                } else if (lead >= 0xE0 && lead <= 0xEF) {
                    pending = 2;
                    extra += 2;
                    nextLow = lead == 0xE0 ? 0xA0 : 0x80;
                    nextHigh = lead == 0xED ? 0x9F : 0xBF;
                } else if (lead >= 0xF0 && lead <= 0xF4) {
                    pending = 3;
                    extra += 2;
                    nextLow = lead == 0xF0 ? 0x90 : 0x80;
                    nextHigh = lead == 0xF4 ? 0x8F : 0xBF;
                } else {
                    throw new MalformedInputException(1);
                }
                i++;
            } else {
                int c = b[i] & 0xFF;
                if (c < nextLow || c > nextHigh) {
                    throw new MalformedInputException(1);
                }
                nextLow = 0x80;
                nextHigh = 0xBF;
                pending--;
                i++;
            }
        }
        total += n;
    }

    private void keep(byte[] b, int from, int n) {
        if (keptLength + n > kept.length) {
            int drop = (int) (releasedBefore - keptFrom);
            System.arraycopy(kept, drop, kept, 0, keptLength - drop);
            keptLength -= drop;
            keptFrom += drop;
            if (keptLength + n > kept.length) {
                kept = Arrays.copyOf(kept, Math.max(kept.length * 2, keptLength + n));
            }
        }
        System.arraycopy(b, from, kept, keptLength, n);
        keptLength += n;
    }

    @Override
    public boolean inBytes() {
        return true;
    }

    @Override
    public int at(long offset) {
        return kept[(int) (offset - keptFrom)] & 0xFF;
    }

    @Override
    public void release(long offset) {
        releasedBefore = Math.max(releasedBefore, offset);
    }

    /**
     * Whether {@code b[from, end)} is well-formed UTF-8 by the same rules as this stream's check,
     * for input that is already in memory: ASCII eight bytes at a time, each other sequence exactly.
     */
    static boolean isWellFormed(byte[] b, int from, int end) {
        int i = skipAscii(b, from, end);
        while (i < end) {
            int lead = b[i] & 0xFF;
            int length;
            int low = 0x80;
            int high = 0xBF;
            if (lead >= 0xC2 && lead <= 0xDF) {
                length = 2;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                length = 3;
                low = lead == 0xE0 ? 0xA0 : 0x80;
                high = lead == 0xED ? 0x9F : 0xBF;
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                length = 4;
                low = lead == 0xF0 ? 0x90 : 0x80;
                high = lead == 0xF4 ? 0x8F : 0xBF;
            } else {
                return false;
            }
            if (i + length > end) {
                return false;
            }
            int second = b[i + 1] & 0xFF;
            if (second < low || second > high) {
                return false;
            }
            for (int k = 2; k < length; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i = skipAscii(b, i + length, end);
        }
        return true;
    }

    /** The index of the first non-ASCII byte of {@code b[from, end)}, or {@code end}; 32, then eight bytes at a time. */
    private static int skipAscii(byte[] b, int from, int end) {
        int i = from;
        while (i + 4 * Long.BYTES <= end && (((long) LONGS.get(b, i) | (long) LONGS.get(b, i + 8)
                | (long) LONGS.get(b, i + 16) | (long) LONGS.get(b, i + 24)) & 0x8080808080808080L) == 0) {
            i += 4 * Long.BYTES;
        }
        while (i + Long.BYTES <= end && ((long) LONGS.get(b, i) & 0x8080808080808080L) == 0) {
            i += Long.BYTES;
        }
        while (i < end && b[i] >= 0) {
            i++;
        }
        return i;
    }

    private void closeRun(long endOffset) {
        if (!inRun) {
            return;
        }
        inRun = false;
        if (runs == runEnds.length) {
            runEnds = Arrays.copyOf(runEnds, runs * 2);
            runExtras = Arrays.copyOf(runExtras, runs * 2);
        }
        runEnds[runs] = endOffset;
        runExtras[runs] = extra;
        runs++;
    }

    /** Extra bytes before byte offset {@code p}, counting the runs of non-ASCII bytes ended by then. */
    private long extraBefore(long p) {
        if (inRun && p >= runStart) {
            return extra;
        }
        int low = 0;
        int high = runs - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (runEnds[mid] <= p) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found < 0 ? 0 : runExtras[found];
    }

    /**
     * The 1-based column in UTF-16 characters of byte offset {@code byteOffset}, whose 1-based byte
     * column on its line is {@code byteColumn}.
     */
    int charColumn(long byteOffset, int byteColumn) {
        if (runs == 0 && !inRun || byteOffset < 0 || byteColumn < 1) {
            return byteColumn;
        }
        long lineStart = byteOffset - (byteColumn - 1);
        return (int) (byteColumn - (extraBefore(byteOffset) - extraBefore(lineStart)));
    }
}
