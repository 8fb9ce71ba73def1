package org.isnad.rdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * A minimal streaming JSON writer: keys come out in the order written, so the claims JSON is byte-stable.
 * Commas are placed by the writer; the caller says what comes next.
 */
public final class JsonWriter {
    private final Writer out;
    private boolean needComma;
    private int depth;

    JsonWriter(Writer out) { this.out = out; }

    /** As if inside an array already begun elsewhere: for one article's objects of a longer array. */
    JsonWriter insideArray() { depth = 1; needComma = false; return this; }

    JsonWriter beginArray() { value(); raw("["); depth++; needComma = false; return this; }
    JsonWriter endArray() { depth--; newline(); raw("]"); needComma = true; return this; }
    JsonWriter beginObject() { value(); raw("{"); depth++; needComma = false; return this; }
    JsonWriter endObject() { depth--; newline(); raw("}"); needComma = true; return this; }

    JsonWriter name(String name) {
        if (needComma) raw(",");
        newline();
        string(name);
        raw(": ");
        needComma = false;
        pendingValueAfterName = true;
        return this;
    }

    JsonWriter value(String s) { value(); if (s == null) raw("null"); else string(s); needComma = true; return this; }
    JsonWriter value(Number n) { value(); raw(n == null ? "null" : n.toString()); needComma = true; return this; }
    JsonWriter value(boolean b) { value(); raw(Boolean.toString(b)); needComma = true; return this; }

    private boolean pendingValueAfterName;

    private void value() {
        if (pendingValueAfterName) {
            pendingValueAfterName = false;
            return;
        }
        if (needComma) raw(",");
        if (depth > 0) newline();
    }

    private void newline() {
        raw("\n");
        raw("  ".repeat(Math.max(depth, 0)));
    }

    private void string(String s) {
        raw(quote(s));
    }

    /** {@code s} as a JSON string literal, quotes included. */
    public static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }

    private void raw(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
