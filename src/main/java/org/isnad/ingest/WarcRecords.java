package org.isnad.ingest;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The records of a WARC file (plain, or gzip with one member per record, or several records per member),
 * framed here rather than by jwarc, which reads a header line into memory however long it is. Every header
 * is read in bounded memory ({@link HeaderLines}), a record counts only once its end is where its
 * Content-Length says (an empty line, then the next record or the end), and a record that fails is named
 * with what is wrong while reading resumes at the next record start: the next line {@code WARC/1.} in a
 * plain file, the next gzip member in a WARC.gz (members are independently decodable).
 */
final class WarcRecords {

    /** Where a record is: its number in the file (from 1), its offset (of its gzip member in a WARC.gz), its id. */
    record Place(int number, long offset, String id) {
        Place withId(String recordId) { return new Place(number, offset, recordId); }

        @Override public String toString() {
            return "WARC record " + number + " at offset " + offset + (id == null ? "" : ", " + id);
        }
    }

    /**
     * One record whose framing is sound. {@code block}: the start of its content block, up to the keep limit,
     * for response records only (null for others); shorter than {@code contentLength} when the block is longer.
     */
    record Record(Place place, HeaderLines header, long contentLength, byte[] block) {}

    interface Sink {
        void record(Record r);

        void fault(Place where, String what);
    }

    private static final byte[] RECORD_END = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WARC_START = "WARC/".getBytes(StandardCharsets.US_ASCII);

    private final long keepLimit;
    private int number;

    /** @param keepLimit the most bytes of a response's block kept in memory */
    WarcRecords(long keepLimit) {
        this.keepLimit = keepLimit;
    }

    void read(FileChannel ch, boolean gzip, Sink sink) throws IOException {
        if (gzip) readMembers(ch, sink);
        else readPlain(ch, sink);
    }

    private void readPlain(FileChannel ch, Sink sink) throws IOException {
        long size = ch.size(), pos = 0;
        while (pos >= 0 && pos < size) {
            ch.position(pos);
            Counting in = new Counting(new BufferedInputStream(Channels.newInputStream(ch), 1 << 16));
            long failedAt = readRun(in, pos, size, sink);
            pos = failedAt < 0 ? -1 : nextRecordStart(ch, failedAt + 1, false);
        }
    }

    private void readMembers(FileChannel ch, Sink sink) throws IOException {
        long size = ch.size(), pos = 0;
        while (pos >= 0 && pos < size) {
            GzipMember member;
            try {
                member = new GzipMember(ch, pos);
            } catch (IOException e) {
                sink.fault(new Place(++number, pos, null), "not a gzip member (" + e.getMessage() + "); skipped to the next member");
                pos = nextMember(ch, pos + 1);
                continue;
            }
            try (member) {
                long failedAt = readRun(new Counting(new BufferedInputStream(member, 1 << 16)), pos, -1, sink);
                pos = failedAt < 0 && member.end() > pos ? member.end() : nextMember(ch, pos + 1);
            }
        }
    }

    /**
     * Reads records from {@code in} (a plain file from {@code base}, or one gzip member's content, {@code size}
     * -1) until its end; -1 then, or the offset of a record that failed, after which the caller resynchronises.
     */
    private long readRun(Counting in, long base, long size, Sink sink) throws IOException {
        boolean gzip = size < 0;
        while (true) {
            long start = gzip ? base : base + in.count();
            Place place = null;
            try {
                skipLineEnds(in);
                start = gzip ? base : base + in.count();
                if (peek(in, 1).length == 0) return -1;
                place = new Place(++number, start, null);
                HeaderLines h = HeaderLines.read(in, "WARC header");
                if (h == null) return -1;
                place = place.withId(h.field("WARC-Record-ID"));
                long length = contentLength(h);
                long headerEnd = base + in.count();
                if (!gzip && headerEnd + length > size)
                    throw new HeaderLines.Fault("the file ends inside this record: its Content-Length says " + length
                            + " bytes, the file holds " + (size - headerEnd) + " of them (cut short, or the length is wrong)");
                byte[] block = readBlock(in, h, length, gzip);
                checkEnd(in, length, gzip);
                sink.record(new Record(place, h, length, block));
            } catch (HeaderLines.Fault f) {
                sink.fault(place, f.getMessage() + (gzip ? "; skipped to the next gzip member" : "; skipped to the next record"));
                return start;
            } catch (IOException e) {
                if (!gzip) throw e;
                sink.fault(place != null ? place : new Place(++number, start, null),
                        "broken gzip member: " + e.getMessage() + "; skipped to the next member");
                return start;
            }
        }
    }

    private static long contentLength(HeaderLines h) throws HeaderLines.Fault {
        if (!h.firstLine().startsWith("WARC/1."))
            throw new HeaderLines.Fault("not a readable WARC record: it starts with '" + TextArticleSource.shorten(h.firstLine())
                    + "', not a WARC/1.x line");
        int bad = h.firstMalformedField();
        if (bad > 0) throw new HeaderLines.Fault("not a readable WARC record: WARC header line " + bad + " is not 'Name: value'");
        String v = h.field("Content-Length");
        if (v == null) throw new HeaderLines.Fault("not a readable WARC record: its header has no Content-Length");
        try {
            long n = Long.parseLong(v);
            if (n >= 0) return n;
        } catch (NumberFormatException e) {
            // named below
        }
        throw new HeaderLines.Fault("not a readable WARC record: Content-Length '" + TextArticleSource.shorten(v) + "' is not a length");
    }

    /** The start of a response's block (up to the keep limit); other blocks are skipped. */
    private byte[] readBlock(Counting in, HeaderLines h, long length, boolean gzip) throws IOException, HeaderLines.Fault {
        boolean keep = "response".equalsIgnoreCase(h.field("WARC-Type"));
        long kept = keep ? Math.min(length, keepLimit) : 0;
        byte[] block = keep ? in.readNBytes((int) kept) : null;
        long got = keep ? block.length : 0;
        if (got == kept) got += in.skipNBytesUpTo(length - kept);
        if (got < length)
            throw new HeaderLines.Fault("the record's Content-Length does not match its content: it says " + length
                    + " bytes, the " + (gzip ? "gzip member" : "file") + " holds " + got + " after the header");
        return block;
    }

    /** After the block: an empty line, then the next record or the end; else the Content-Length lied. */
    private static void checkEnd(Counting in, long length, boolean gzip) throws IOException, HeaderLines.Fault {
        byte[] end = in.readNBytes(RECORD_END.length);
        boolean sound = Arrays.equals(end, RECORD_END);
        if (sound) {
            skipLineEnds(in);
            byte[] next = peek(in, WARC_START.length);
            sound = next.length == 0 || Arrays.equals(next, WARC_START);
        }
        if (!sound)
            throw new HeaderLines.Fault("the record's Content-Length does not match its content: " + length + " bytes after the"
                    + " header there is no record end (an empty line, then the next record or the end of the "
                    + (gzip ? "gzip member" : "file") + ")");
    }

    private static void skipLineEnds(Counting in) throws IOException {
        while (true) {
            in.mark(1);
            int c = in.read();
            if (c != '\r' && c != '\n') {
                in.reset();
                return;
            }
        }
    }

    private static byte[] peek(Counting in, int n) throws IOException {
        in.mark(n);
        byte[] b = in.readNBytes(n);
        in.reset();
        return b;
    }

    /** The next gzip member at or after {@code from} whose content starts a WARC record (a chance 1f 8b 08 in compressed data is not one), or -1. */
    private static long nextMember(FileChannel ch, long from) throws IOException {
        for (long off = nextRecordStart(ch, from, true); off >= 0; off = nextRecordStart(ch, off + 1, true)) {
            try (GzipMember m = new GzipMember(ch, off)) {
                if (Arrays.equals(m.readNBytes(WARC_START.length), WARC_START)) return off;
            } catch (IOException e) {
                // not a member: look further
            }
        }
        return -1;
    }

    private static final byte[] WARC_MAGIC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GZIP_MAGIC = {0x1F, (byte) 0x8B, 0x08};

    /** The offset of the next record start (a line {@code WARC/1.}, or gzip magic) at or after {@code from}, or -1. */
    static long nextRecordStart(FileChannel ch, long from, boolean gzip) throws IOException {
        byte[] magic = gzip ? GZIP_MAGIC : WARC_MAGIC;
        ByteBuffer buf = ByteBuffer.allocate(1 << 16);
        long base = Math.max(0, from - 1);     // one byte before, to see whether 'from' starts a line
        long size = ch.size();
        while (base < size) {
            buf.clear();
            int n = ch.read(buf, base);
            if (n < magic.length) return -1;
            byte[] b = buf.array();
            for (int i = 0; i + magic.length <= n; i++) {
                long off = base + i;
                if (off < from) continue;
                boolean lineStart = gzip || off == 0 || (i > 0 && b[i - 1] == '\n');
                if (lineStart && matches(b, i, magic)) return off;
            }
            if (base + n >= size) return -1;
            base += n - magic.length;          // overlap, so a magic split between reads is still seen
        }
        return -1;
    }

    private static boolean matches(byte[] b, int i, byte[] magic) {
        for (int k = 0; k < magic.length; k++) if (b[i + k] != magic[k]) return false;
        return true;
    }

    /** A stream that counts the bytes read from it, mark and reset included. */
    static final class Counting extends FilterInputStream {
        private long count, mark;

        Counting(InputStream in) { super(in); }

        long count() { return count; }

        @Override public int read() throws IOException {
            int c = super.read();
            if (c >= 0) count++;
            return c;
        }

        @Override public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count += n;
            return n;
        }

        /** Skips up to {@code n} bytes, fewer at the end; how many were skipped. */
        long skipNBytesUpTo(long n) throws IOException {
            byte[] scratch = new byte[8192];
            long left = n;
            while (left > 0) {
                int r = read(scratch, 0, (int) Math.min(scratch.length, left));
                if (r < 0) break;
                left -= r;
            }
            return n - left;
        }

        @Override public long skip(long n) throws IOException { return skipNBytesUpTo(n); }

        @Override public synchronized void mark(int limit) {
            super.mark(limit);
            mark = count;
        }

        @Override public synchronized void reset() throws IOException {
            super.reset();
            count = mark;
        }
    }
}
