package org.isnad.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A block of header lines ("Name: value", ended by an empty line), as WARC records and HTTP responses begin,
 * read in bounded memory: a line longer than {@link #MAX_LINE} or a block longer than {@link #MAX_BLOCK} is
 * refused as soon as it is seen, so a header bomb (a gigabyte without a newline) costs 64 KB, not the heap.
 */
final class HeaderLines {
    static final int MAX_LINE = 64 * 1024;
    static final int MAX_BLOCK = 1024 * 1024;

    /** A header that cannot be read; the message says what is wrong with it. */
    static final class Fault extends Exception {
        Fault(String message) { super(message); }
    }

    private final List<String> lines;     // the first line, then the fields, without line ends
    private final byte[] raw;             // the block as it stands in the input, with the empty line

    private HeaderLines(List<String> lines, byte[] raw) {
        this.lines = lines;
        this.raw = raw;
    }

    /** Reads a block from {@code in}; {@code what} names it in messages ("WARC header", "HTTP header"). */
    static HeaderLines read(InputStream in, String what) throws IOException, Fault {
        List<String> lines = new ArrayList<>();
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            line.reset();
            int c;
            while ((c = in.read()) != -1 && c != '\n') {
                line.write(c);
                if (line.size() > MAX_LINE)
                    throw new Fault(what + " line " + (lines.size() + 1) + " is longer than " + MAX_LINE + " bytes");
            }
            if (c == -1 && line.size() == 0 && lines.isEmpty()) return null;
            if (c == -1) throw new Fault(what + " is cut short (the input ends before the empty line that ends it)");
            raw.write(line.toByteArray(), 0, line.size());
            raw.write('\n');
            if (raw.size() > MAX_BLOCK) throw new Fault(what + " is longer than " + MAX_BLOCK + " bytes");
            byte[] l = line.toByteArray();
            int n = l.length > 0 && l[l.length - 1] == '\r' ? l.length - 1 : l.length;
            if (n == 0) return new HeaderLines(lines, raw.toByteArray());
            lines.add(new String(l, 0, n, StandardCharsets.UTF_8));
        }
    }

    /** Reads a block from the start of {@code bytes}, or null when they hold none. */
    static HeaderLines read(byte[] bytes, String what) throws Fault {
        try {
            return read(new java.io.ByteArrayInputStream(bytes), what);
        } catch (IOException e) {
            throw new AssertionError(e);       // a byte array does not fail
        }
    }

    String firstLine() { return lines.isEmpty() ? "" : lines.get(0); }

    byte[] raw() { return raw; }

    /** The value of the first field called {@code name} (case-insensitive), or null. */
    String field(String name) {
        String prefix = name.toLowerCase(Locale.ROOT) + ":";
        for (int i = 1; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.toLowerCase(Locale.ROOT).startsWith(prefix)) return l.substring(prefix.length()).strip();
        }
        return null;
    }

    /** The number (from 1) of the first field line that is not "Name: value", or 0 when all are. */
    int firstMalformedField() {
        for (int i = 1; i < lines.size(); i++) {
            String l = lines.get(i);
            int colon = l.indexOf(':');
            boolean continuation = !l.isEmpty() && (l.charAt(0) == ' ' || l.charAt(0) == '\t');
            if (!continuation && (colon <= 0 || !l.substring(0, colon).strip().matches("[!-9;-~]+"))) return i + 1;
        }
        return 0;
    }
}
