package org.isnad.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.thrift.RiotThriftException;
import org.apache.jena.riot.thrift.TRDF;
import org.apache.jena.riot.thrift.ThriftConvert;
import org.apache.jena.riot.thrift.wire.RDF_Quad;
import org.apache.jena.riot.thrift.wire.RDF_StreamRow;
import org.apache.jena.riot.thrift.wire.RDF_Term;
import org.apache.jena.riot.thrift.wire.RDF_Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.thrift.TException;
import org.apache.thrift.protocol.TProtocol;
import org.isnad.BadInputException;

/**
 * A batch's files as the scan parsed them ({@link BatchScan}), copied into Jena's binary RDF Thrift in files
 * beside the store's data, so the write pass reads the copies back instead of parsing the N-Quads a second
 * time. Parsing N-Quads (tokens, IRI checks) was the scan's whole cost and again the write's; reading RDF
 * Thrift takes about half the CPU and writing it a sixth (docs/scale.md, session 32). The copies take about as
 * much disk as the files and are deleted when the batch ends; one a killed load leaves is deleted when the
 * store is next opened ({@link #clean}).
 */
final class Spool implements AutoCloseable {

    private static final String PREFIX = "isnad-load-spool-", SUFFIX = ".rt";

    private final Path dir;
    private final List<Path> files = new ArrayList<>();

    Spool(Path dir) {
        this.dir = dir;
    }

    /**
     * Sends {@code in} to {@code dest}, a file's quads copied on the way; returns what the write pass reads:
     * the copy for a file, the input itself for quads already in memory.
     */
    BatchInput send(BatchInput in, StreamRDF dest, List<String> warnings) throws BadInputException {
        if (!in.parsesFile()) {
            in.sendTo(dest, warnings);
            return in;
        }
        Path copy;
        try {
            copy = Files.createTempFile(dir, PREFIX, SUFFIX);
        } catch (IOException e) {
            throw new BadInputException(dir, "cannot make the load's spool file: " + e.getMessage(), e);
        }
        files.add(copy);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(copy), 1 << 16)) {
            in.sendTo(new Tee(dest, new Writer(out)), warnings);
        } catch (IOException e) {
            throw new BadInputException(copy, "cannot write the load's spool file: " + e.getMessage(), e);
        }
        return BatchInput.spooled(in.name(), copy);
    }

    /** Deletes the batch's copies. */
    @Override public void close() {
        for (Path f : files) {
            try {
                Files.deleteIfExists(f);
            } catch (IOException e) {
                // left behind: the next opening of the store deletes it
            }
        }
        files.clear();
    }

    /** Deletes the copies a killed load left in store {@code dir}. */
    static void clean(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, PREFIX + "*" + SUFFIX)) {
            for (Path f : s) Files.deleteIfExists(f);
        }
    }

    /**
     * RDF Thrift rows, as Jena's {@code StreamRDF2Thrift} writes them but with no prefix map: that one tries to
     * abbreviate every IRI (a tenth of the scan's main thread on 5,000 articles), which N-Quads never needs.
     * Prefixes and base are left out: the write pass has no use for them.
     */
    private static final class Writer extends StreamRDFBase {
        private final TProtocol protocol;
        private final RDF_StreamRow row = new RDF_StreamRow();
        private final RDF_Triple triple = new RDF_Triple();
        private final RDF_Quad quad = new RDF_Quad();
        private final RDF_Term s = new RDF_Term(), p = new RDF_Term(), o = new RDF_Term(), g = new RDF_Term();

        Writer(OutputStream out) {
            protocol = TRDF.protocol(out);
        }

        @Override public void triple(Triple t) {
            term(t.getSubject(), s); term(t.getPredicate(), p); term(t.getObject(), o);
            triple.setS(s).setP(p).setO(o);
            row.setTriple(triple);
            write();
        }

        @Override public void quad(Quad q) {
            if (q.isDefaultGraph()) { triple(q.asTriple()); return; }
            term(q.getGraph(), g); term(q.getSubject(), s); term(q.getPredicate(), p); term(q.getObject(), o);
            quad.setG(g).setS(s).setP(p).setO(o);
            row.setQuad(quad);
            write();
        }

        @Override public void finish() {
            TRDF.flush(protocol);
        }

        private static void term(Node n, RDF_Term t) {
            ThriftConvert.toThrift(n, null, t, false);
        }

        private void write() {
            try {
                row.write(protocol);
            } catch (TException e) {
                throw new RiotThriftException(e);
            }
            row.clear();
        }
    }

    /** Everything to the scan and to the copy. */
    private record Tee(StreamRDF scan, StreamRDF copy) implements StreamRDF {
        @Override public void start() { scan.start(); copy.start(); }
        @Override public void triple(Triple t) { scan.triple(t); copy.triple(t); }
        @Override public void quad(Quad q) { scan.quad(q); copy.quad(q); }
        @Override public void base(String base) { scan.base(base); copy.base(base); }
        @Override public void prefix(String prefix, String iri) { scan.prefix(prefix, iri); copy.prefix(prefix, iri); }
        @Override public void finish() { scan.finish(); copy.finish(); }
    }
}
