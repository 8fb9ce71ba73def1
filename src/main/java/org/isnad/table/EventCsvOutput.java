package org.isnad.table;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.isnad.rdf.ArticleOutput;
import org.isnad.rdf.BytesAssembler;
import org.isnad.rdf.ClaimMapper;

/**
 * {@code isnad convert --format csv}: each article is mapped to its quads, as for RDF output, and its rows
 * are read back from those quads by {@link EventTable}, the same reading {@code isnad export} does on a
 * store. Streams: one article's quads in memory at a time (per worker thread).
 */
public final class EventCsvOutput implements ArticleOutput<byte[]> {
    private final ClaimMapper mapper;
    private final Graph referenceData;

    public EventCsvOutput(ClaimMapper mapper, Graph referenceData) {
        this.mapper = mapper;
        this.referenceData = referenceData;
    }

    @Override public Encoder<byte[]> encoder() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 14);
        // one table per thread: its reference view caches lookups and is not thread-safe
        EventTable rows = EventTable.continued(buffer, referenceData);
        return (article, through) -> {
            DatasetGraph quads = DatasetGraphFactory.create();
            StreamRDF head = through.apply(new StreamRDFBase() {
                @Override public void quad(Quad q) { quads.add(q); }
            });
            head.start();
            mapper.map(article, head);
            head.finish();
            buffer.reset();
            rows.write(quads);
            return buffer.toByteArray();
        };
    }

    @Override public Assembler<byte[]> assembler(OutputStream out) {
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        EventTable table = new EventTable(header, referenceData);
        table.header();
        table.flush();
        return new BytesAssembler(out, header.toByteArray(), new byte[0], new byte[0]);
    }
}
