package org.isnad.rdf;

import java.io.OutputStream;
import java.util.function.UnaryOperator;
import org.apache.jena.riot.system.StreamRDF;

/**
 * One output format split for parallel conversion: each worker thread encodes its articles into pieces
 * (an article's N-Quads as bytes, say) and one writer puts the pieces out in input order. Encoding every
 * article on its own, whatever the number of threads, is what keeps the output byte-identical to a run on
 * one thread.
 *
 * @param <P> what one article becomes on its way to the writer
 */
public interface ArticleOutput<P> {

    /** No stage between the mapping and the encoder: formats that need no quads (the claims JSON) skip them. */
    UnaryOperator<StreamRDF> NO_STAGES = s -> s;

    /** A fresh encoder for one worker thread: never shared, so it may keep buffers and caches. */
    Encoder<P> encoder();

    /** The writer of the pieces, made at the first article written (it writes any preamble then). */
    Assembler<P> assembler(OutputStream out);

    /** Turns one article into its piece; one per thread. */
    interface Encoder<P> {
        /** The article's piece; its quads pass through {@code through} (validation, say) on the way. */
        P encode(ConvertedArticle article, UnaryOperator<StreamRDF> through);
    }

    /** Puts pieces out, in the order given; one per run. */
    interface Assembler<P> {
        void write(P piece);

        /** Completes the output (the JSON's closing bracket; JSON-LD and Turtle are written only here). */
        void finish();
    }
}
