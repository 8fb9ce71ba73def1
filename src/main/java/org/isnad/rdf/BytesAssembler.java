package org.isnad.rdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Writes streamed formats: a preamble (TriG's prefixes, the JSON's "[", the CSV's header) when made, each
 * article's bytes as they come, a separator between two non-empty pieces (the JSON's comma) and an ending.
 */
public final class BytesAssembler implements ArticleOutput.Assembler<byte[]> {
    private final OutputStream out;
    private final byte[] separator;
    private final byte[] ending;
    private boolean anyPiece;

    public BytesAssembler(OutputStream out, byte[] preamble, byte[] separator, byte[] ending) {
        this.out = out;
        this.separator = separator;
        this.ending = ending;
        put(preamble);
    }

    @Override public void write(byte[] piece) {
        if (piece.length == 0) return;
        if (anyPiece) put(separator);
        put(piece);
        anyPiece = true;
    }

    @Override public void finish() {
        put(ending);
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void put(byte[] bytes) {
        try {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
