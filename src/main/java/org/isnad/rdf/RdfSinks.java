package org.isnad.rdf;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.isnad.extract.Lexicon;
import org.isnad.table.EventCsvOutput;
import org.isnad.vocab.Vocab;

/**
 * The output formats of {@code convert}, each as an {@link ArticleOutput}. TriG, N-Quads, the claims JSON
 * and CSV stream (one article in memory at a time); JSON-LD and Turtle need the whole dataset, see
 * {@link DatasetOutput}.
 */
public final class RdfSinks {
    private RdfSinks() {}

    /** The blank line TriG sets between graphs, and so before each article's first. */
    private static final byte[] NEWLINE = {'\n'};

    private static final Map<OutputFormat, BiFunction<ClaimMapper, Lexicon, ArticleOutput<?>>> BY_FORMAT =
            new EnumMap<>(OutputFormat.class);
    static {
        BY_FORMAT.put(OutputFormat.nq, (mapper, lexicon) -> nquads(mapper));
        BY_FORMAT.put(OutputFormat.trig, (mapper, lexicon) -> quads(mapper, out -> new TrigPieceWriter(out, prefixes()), trigPreamble(), NEWLINE));
        BY_FORMAT.put(OutputFormat.json, ClaimsJsonOutput::new);
        BY_FORMAT.put(OutputFormat.csv, (mapper, lexicon) -> new EventCsvOutput(mapper, lexicon.graph()));
        BY_FORMAT.put(OutputFormat.jsonld, (mapper, lexicon) -> new DatasetOutput(mapper, OutputFormat.jsonld));
        BY_FORMAT.put(OutputFormat.ttl, (mapper, lexicon) -> new DatasetOutput(mapper, OutputFormat.ttl));
    }

    /** The prefixes isnad writes with, so TriG and Turtle stay readable. */
    public static PrefixMap prefixes() {
        PrefixMap pm = PrefixMapFactory.create();
        pm.add("isnad", Vocab.ISNAD);
        pm.add("prov", Vocab.PROV);
        pm.add("sem", Vocab.SEM);
        pm.add("oa", Vocab.OA);
        pm.add("schema", Vocab.SCHEMA);
        pm.add("rdfs", Vocab.RDFS);
        pm.add("rdf", Vocab.RDF);
        pm.add("xsd", Vocab.XSD);
        pm.add("place", Vocab.ID + "place/");
        pm.add("actor", Vocab.ID + "actor/");
        pm.add("outlet", Vocab.ID + "outlet/");
        return pm;
    }

    /** The output of {@code format}, whose articles are mapped to quads by {@code mapper}. */
    public static ArticleOutput<?> forFormat(OutputFormat format, ClaimMapper mapper, Lexicon lexicon) {
        return BY_FORMAT.get(format).apply(mapper, lexicon);
    }

    /** Whether the format is written as it goes, with memory flat in the number of articles. */
    public static boolean streams(OutputFormat format) {
        return format != OutputFormat.jsonld && format != OutputFormat.ttl;
    }

    /**
     * A quad format: each article's quads written by a fresh Jena stream writer into bytes, after
     * {@code lead} (what the writer would have put between the last article's graph and this one's).
     */
    private static ArticleOutput<byte[]> quads(ClaimMapper mapper, Function<OutputStream, StreamRDF> writer,
                                               byte[] preamble, byte[] lead) {
        return new ArticleOutput<>() {
            @Override public Encoder<byte[]> encoder() {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
                return (article, through) -> {
                    buffer.reset();
                    buffer.writeBytes(lead);
                    StreamRDF head = through.apply(writer.apply(buffer));
                    head.start();
                    mapper.map(article, head);
                    head.finish();
                    return buffer.size() == lead.length ? new byte[0] : buffer.toByteArray();
                };
            }

            @Override public Assembler<byte[]> assembler(OutputStream out) {
                return new BytesAssembler(out, preamble, new byte[0], new byte[0]);
            }
        };
    }

    /** N-Quads as Jena writes them, by each worker's own {@link NQuadsBytes}, which hands an article's bytes over. */
    private static ArticleOutput<byte[]> nquads(ClaimMapper mapper) {
        return new ArticleOutput<>() {
            @Override public Encoder<byte[]> encoder() {
                NQuadsBytes writer = new NQuadsBytes();
                return (article, through) -> {
                    StreamRDF head = through.apply(writer.stream());
                    head.start();
                    mapper.map(article, head);
                    head.finish();
                    return writer.bytes();
                };
            }

            @Override public Assembler<byte[]> assembler(OutputStream out) {
                return new BytesAssembler(out, new byte[0], new byte[0], new byte[0]);
            }
        };
    }

    /** TriG's prefix lines, as Jena's writer prints them at the start. */
    private static byte[] trigPreamble() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        StreamRDF w = StreamRDFWriter.getWriterStream(b, RDFFormat.TRIG_BLOCKS);
        w.start();
        prefixes().forEach(w::prefix);
        w.finish();
        return b.toByteArray();
    }

}
