package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.isnad.store.ClaimStore;
import org.isnad.vocab.Vocab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * isnad run from a directory that is not the project (no ontology/ there, no -Disnad.home) still finds its
 * reference data, as the release's users run it: convert extracts with the lexicons, load fills the
 * reference graph, so queries show labels instead of IRIs.
 */
class ReferenceFromAnywhereTest {

    @TempDir Path tmp;

    @Test
    void convertAndLoadFromAnotherDirectoryUseThePackagedReferenceData() throws Exception {
        Path seed = Path.of("src/test/resources/seed/sy24-deir-ez-zor-strikes.txt").toAbsolutePath();
        Run convert = run("convert", "-o", "claims.trig", seed);
        assertEquals(0, convert.exit, convert.toString());
        assertTrue(Files.readString(tmp.resolve("claims.trig")).contains("place/"), "claims name places");

        Run load = run("load", "--store", "store", "claims.trig");
        assertEquals(0, load.exit, load.toString());
        assertTrue(!load.err.contains("no reference data"), load.toString());
        try (ClaimStore cs = ClaimStore.openExisting(tmp.resolve("store"))) {
            long labels = Txn.calculateRead(cs.datasetGraph(), () -> {
                long[] n = {0};
                cs.datasetGraph().find(Vocab.REFERENCE_GRAPH, Node.ANY, RDFS.label.asNode(), Node.ANY)
                        .forEachRemaining(q -> n[0]++);
                return n[0];
            });
            assertTrue(labels > 100, "rdfs:label triples in the reference graph: " + labels);
        }

        // the launcher's isnad home lets 'queries/…' be named from anywhere; the answer has labels, not IRIs
        Run query = run("-Disnad.home=" + Path.of("").toAbsolutePath(),
                "query", "--store", "store", "queries/events-by-type-and-place.rq");
        assertEquals(0, query.exit, query.toString());
        assertTrue(query.out.contains("Deir ez-Zor"), query.toString());
    }

    record Run(int exit, String out, String err) {
        @Override public String toString() { return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err; }
    }

    /** isnad's main in a child JVM whose working directory is {@code tmp}, without -Disnad.home unless given first. */
    private Run run(Object... args) throws Exception {
        List<String> jvm = new ArrayList<>();
        int from = 0;
        while (from < args.length && args[from].toString().startsWith("-D")) jvm.add(args[from++].toString());
        args = java.util.Arrays.copyOfRange(args, from, args.length);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(java));
        cmd.addAll(jvm);
        cmd.addAll(List.of("-cp", cp, "org.isnad.cli.IsnadCommand"));
        cmd.addAll(List.of(IsnadProcess.strings(args)));
        Process p = new ProcessBuilder(cmd).directory(tmp.toFile())
                .redirectOutput(tmp.resolve("out.txt").toFile()).redirectError(tmp.resolve("err.txt").toFile()).start();
        int exit = p.waitFor();
        return new Run(exit, Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(tmp.resolve("err.txt"), StandardCharsets.UTF_8));
    }
}
