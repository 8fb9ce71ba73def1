package org.isnad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a byte stream, as bytes without their newline ("\n", or "\r\n"): a JSON Lines file of
 * thousands of articles, found by scanning a buffer for the newline instead of reading (and copying) one
 * byte at a time, which cost the reading thread as much as the JSON parser.
 */
final class LineReader {

    /** What {@link #next} gives for a line over the limit (skipped to its end). */
    static final byte[] TOO_LONG = {-1};

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int pos, end;
    private byte[] line = new byte[1 << 12];

    LineReader(InputStream in) { this.in = in; }

    /** The next line's bytes; null at the end; {@link #TOO_LONG} when the line is longer than {@code limit} bytes. */
    byte[] next(long limit) throws IOException {
        int size = 0;
        boolean over = false, any = false;
        while (true) {
            if (pos == end) {
                end = in.read(buffer, 0, buffer.length);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    break;
                }
            }
            any = true;
            int nl = pos;
            while (nl < end && buffer[nl] != '\n') nl++;
            int n = nl - pos;
            if (!over && size + (long) n > limit) {
                over = true;
            } else if (!over) {
                if (size + n > line.length) line = Arrays.copyOf(line, Math.max(line.length * 2, size + n));
                System.arraycopy(buffer, pos, line, size, n);
                size += n;
            }
            pos = nl;
            if (nl < end) {
                pos++;          // past the newline
                break;
            }
        }
        if (!any) return null;
        if (over) return TOO_LONG;
        if (size > 0 && line[size - 1] == '\r') size--;
        return Arrays.copyOf(line, size);
    }
}
