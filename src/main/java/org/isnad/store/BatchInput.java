package org.isnad.store;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.sparql.core.DatasetGraph;
import org.isnad.BadInputException;

/** One input of a load batch, sent twice: once to the scan, once to the write. */
interface BatchInput {

    /** What messages call it. */
    String name();

    /** Sends the input's quads, triples and prefixes to {@code dest}. */
    void sendTo(StreamRDF dest, List<String> warnings) throws BadInputException;

    /** Whether it parses a file (which the scan copies for the write pass, {@link Spool}). */
    default boolean parsesFile() { return false; }

    /** An RDF file, parsed anew on each pass (so it is never held in memory). */
    static BatchInput file(Path file) {
        return new BatchInput() {
            @Override public String name() { return file.toString(); }
            @Override public boolean parsesFile() { return true; }
            @Override public void sendTo(StreamRDF dest, List<String> warnings) throws BadInputException {
                RdfFiles.parse(file, dest, warnings);
            }
        };
    }

    /** The scan's RDF Thrift copy of input {@code name} ({@link Spool}), read back by the write pass. */
    static BatchInput spooled(String name, Path copy) {
        return new BatchInput() {
            @Override public String name() { return name; }
            @Override public void sendTo(StreamRDF dest, List<String> warnings) throws BadInputException {
                RdfFiles.parse(copy, dest, warnings);
            }
        };
    }

    /** Quads already in memory (what a producer wrote). */
    static BatchInput staged(String name, DatasetGraph staging) {
        return new BatchInput() {
            @Override public String name() { return name; }
            @Override public void sendTo(StreamRDF dest, List<String> warnings) {
                dest.start();
                StreamRDFOps.sendDatasetToStream(staging, dest);
                dest.finish();
            }
        };
    }
}
