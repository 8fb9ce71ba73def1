package org.isnad.table;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as RFC 4180 writes it: fields separated by commas, records ended by CRLF, a field quoted when it holds
 * a comma, a double quote, CR or LF (its quotes doubled). UTF-8 with a byte order mark first, so that a
 * spreadsheet opened by double-click reads Arabic as Arabic rather than as its own code page.
 */
public final class CsvWriter {

    private static final char BOM = '\uFEFF';

    private final Writer out;
    private boolean started;

    public CsvWriter(OutputStream out) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    /** Continues a CSV begun elsewhere: no byte order mark. */
    void continued() {
        started = true;
    }

    public void record(List<String> fields) {
        try {
            if (!started) {
                out.write(BOM);
                started = true;
            }
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) out.write(',');
                out.write(field(fields.get(i)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One field as written: empty for null, quoted only where RFC 4180 asks. */
    static String field(String value) {
        if (value == null) return "";
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
