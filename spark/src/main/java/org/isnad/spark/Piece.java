package org.isnad.spark;

import java.io.Serializable;

/**
 * What one task reads: a line of a JSON Lines file (read in parallel, split by Spark), or a whole file of
 * another kind (text, HTML, WARC), read by the core as {@code isnad convert} reads it.
 *
 * @param file   the input's place in the run, as convert orders its inputs: first copies win by it
 * @param offset the line's byte offset in its file; unused for a whole file
 * @param name   the file, as given, for messages and for reading
 * @param line   the line; null for a whole file
 */
record Piece(int file, long offset, String name, String line) implements Serializable {

    /** Positions order the articles of a run: the file's place, then the byte offset or the article's number. */
    static final int OFFSET_BITS = 40;

    static Piece line(int file, long offset, String name, String line) { return new Piece(file, offset, name, line); }

    static Piece wholeFile(int file, String name) { return new Piece(file, 0, name, null); }

    boolean isLine() { return line != null; }

    /** The position of the {@code n}th article of this piece (a line holds one). */
    long position(int n) {
        return ((long) file << OFFSET_BITS) | (isLine() ? offset : n);
    }
}
