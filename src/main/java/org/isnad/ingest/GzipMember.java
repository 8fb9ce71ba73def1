package org.isnad.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The content of one gzip member of a file, read from its offset. Unlike {@link java.util.zip.GZIPInputStream},
 * which runs on into the next member, it ends where its member ends and says where that is: a WARC.gz holds
 * one member per record, and a broken member must cost only its own record.
 */
final class GzipMember extends InputStream {
    private static final int FEXTRA = 4, FNAME = 8, FCOMMENT = 16, FHCRC = 2;

    private final FileChannel ch;
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    private final ByteBuffer in = ByteBuffer.allocate(1 << 15);
    private long next;          // file offset of the next compressed byte to load
    private long end = -1;      // file offset just past the member, once its trailer is read
    private long inflated;

    /** The member starting at {@code offset}; an IOException when no gzip member header is there. */
    GzipMember(FileChannel ch, long offset) throws IOException {
        this.ch = ch;
        this.next = offset;
        in.limit(0);
        byte[] h = take(10);
        if ((h[0] & 0xFF) != 0x1F || (h[1] & 0xFF) != 0x8B || h[2] != 8) throw new IOException("no gzip member header here");
        int flags = h[3] & 0xFF;
        if ((flags & FEXTRA) != 0) {
            byte[] len = take(2);
            skipBytes((len[0] & 0xFF) | (len[1] & 0xFF) << 8);
        }
        if ((flags & FNAME) != 0) skipZeroTerminated();
        if ((flags & FCOMMENT) != 0) skipZeroTerminated();
        if ((flags & FHCRC) != 0) skipBytes(2);
    }

    /** The file offset just past this member, known once its content has been read to the end; else -1. */
    long end() { return end; }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (end >= 0) return -1;
        if (len == 0) return 0;
        try {
            while (true) {
                int n = inflater.inflate(b, off, len);
                if (n > 0) {
                    crc.update(b, off, n);
                    inflated += n;
                    return n;
                }
                if (inflater.finished()) {
                    in.position(in.position() - inflater.getRemaining());
                    readTrailer();
                    return -1;
                }
                if (inflater.needsDictionary()) throw new IOException("gzip member needs a preset dictionary");
                if (inflater.needsInput()) {
                    if (!fill()) throw new EOFException("the file ends inside this gzip member (cut short)");
                    inflater.setInput(in.array(), in.position(), in.remaining());
                    in.position(in.limit());
                }
            }
        } catch (DataFormatException e) {
            throw new IOException("corrupt gzip data (" + e.getMessage() + ")", e);
        }
    }

    private void readTrailer() throws IOException {
        byte[] t = take(8);
        long crcWant = le32(t, 0), sizeWant = le32(t, 4);
        if (crcWant != crc.getValue() || sizeWant != (inflated & 0xFFFFFFFFL))
            throw new IOException("gzip member's checksum or length does not match its content (corrupt)");
        end = next - in.remaining();
    }

    private static long le32(byte[] b, int i) {
        return (b[i] & 0xFFL) | (b[i + 1] & 0xFFL) << 8 | (b[i + 2] & 0xFFL) << 16 | (b[i + 3] & 0xFFL) << 24;
    }

    /** Loads more compressed bytes; false at the end of the file. */
    private boolean fill() throws IOException {
        in.compact();
        int n = ch.read(in, next);
        in.flip();
        if (n <= 0) return in.hasRemaining();
        next += n;
        return true;
    }

    private byte[] take(int n) throws IOException {
        byte[] r = new byte[n];
        for (int i = 0; i < n; i++) r[i] = (byte) nextRaw();
        return r;
    }

    private int nextRaw() throws IOException {
        if (!in.hasRemaining() && !fill()) throw new EOFException("the file ends inside this gzip member (cut short)");
        return in.get() & 0xFF;
    }

    private void skipBytes(int n) throws IOException {
        for (int i = 0; i < n; i++) nextRaw();
    }

    private void skipZeroTerminated() throws IOException {
        while (nextRaw() != 0) { /* a file name or comment: not needed */ }
    }

    @Override
    public void close() {
        inflater.end();
    }
}
