package org.isnad.rdf;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.isnad.extract.Lexicon;

/** The claims JSON, streamed: each article's objects are encoded apart and joined by commas in the array. */
final class ClaimsJsonOutput implements ArticleOutput<byte[]> {
    private final ClaimMapper mapper;
    private final Lexicon lexicon;

    ClaimsJsonOutput(ClaimMapper mapper, Lexicon lexicon) {
        this.mapper = mapper;
        this.lexicon = lexicon;
    }

    @Override public Encoder<byte[]> encoder() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
        ClaimsJson json = ClaimsJson.pieces(new OutputStreamWriter(buffer, StandardCharsets.UTF_8), lexicon);
        return (article, through) -> {
            // the claims JSON is not made from the quads, but a stage (validation) must still see them
            if (through != NO_STAGES) {
                StreamRDF head = through.apply(StreamRDFLib.sinkNull());
                head.start();
                mapper.map(article, head);
                head.finish();
            }
            buffer.reset();
            json.nextPiece();
            json.write(article);   // flushes into the buffer
            return buffer.toByteArray();
        };
    }

    @Override public Assembler<byte[]> assembler(OutputStream out) {
        return new BytesAssembler(out, bytes("["), bytes(","), bytes("\n]"));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
