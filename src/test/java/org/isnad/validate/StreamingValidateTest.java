package org.isnad.validate;

import static org.isnad.validate.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.isnad.cli.ExitCodes;
import org.isnad.cli.IsnadCommand;
import org.isnad.vocab.Vocab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code isnad validate} reads files as streams: flat memory, and the same report in any quad order. */
class StreamingValidateTest {
    @TempDir Path tmp;

    /** The fixture article under key number {@code i}; every third one broken in its own way. */
    private static DatasetGraph article(int i) {
        String key = String.format("%016x", 0xa000_0000_0000L + i);
        DatasetGraph a = DatasetGraphFactory.create();
        valid().find().forEachRemaining(q -> a.add(rekey(q.getGraph(), key), rekey(q.getSubject(), key),
                q.getPredicate(), rekey(q.getObject(), key)));
        if (i % 3 == 1)
            set(a, rekey(PROVENANCE, key), rekey(EVENT_CLAIM, key), Vocab.confidence, decimal("1.5"));
        if (i % 3 == 2)
            a.deleteAny(rekey(STATEMENT_CLAIM, key), rekey(STATEMENT, key), Vocab.rdfValue, Node.ANY);
        return a;
    }

    private static Node rekey(Node n, String key) {
        return n.isURI() && n.getURI().contains(K) ? NodeFactory.createURI(n.getURI().replace(K, key)) : n;
    }

    /** N-Quads lines of {@code n} articles, article by article as convert writes them, plus an orphan and a stray triple. */
    private static List<String> articleOrderLines(int n) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++)
            lines.addAll(nquads(article(i)));
        DatasetGraph extra = DatasetGraphFactory.create();
        extra.add(iri("claim/ffff000000000000-0123456789ab"), EVENT, Vocab.rdfsLabel, NodeFactory.createLiteralString("orphan"));
        extra.getDefaultGraph().add(EVENT, Vocab.rdfsLabel, NodeFactory.createLiteralString("stray"));
        lines.addAll(nquads(extra));
        return lines;
    }

    private static List<String> nquads(DatasetGraph d) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        RDFDataMgr.write(buf, d, Lang.NQUADS);
        return List.of(buf.toString(StandardCharsets.UTF_8).split("\n"));
    }

    private Path write(String name, List<String> lines) throws IOException {
        return Files.write(tmp.resolve(name), lines, StandardCharsets.UTF_8);
    }

    private record Run(int exit, String out, String err) {}

    private static Run validate(String format, Path file) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = IsnadCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute("validate", "--format", format, file.toString());
        // the report names the file; the same quads under another name must give the same report
        return new Run(exit, out.toString().replace(file.toString(), "FILE"), err.toString());
    }

    @Test
    void sortedAndShuffledQuadsGiveTheReportOfConvertsOrder() throws IOException {
        List<String> ordered = articleOrderLines(12);
        List<String> sorted = new ArrayList<>(ordered);
        Collections.sort(sorted); // what `sort -u` does: subjects first, an article's graphs scattered
        List<String> shuffled = new ArrayList<>(ordered);
        Collections.shuffle(shuffled, new Random(12));
        Path a = write("ordered.nq", ordered), b = write("sorted.nq", sorted), c = write("shuffled.nq", shuffled);

        for (String format : List.of("text", "junit", "turtle")) {
            Run inOrder = validate(format, a);
            assertEquals(ExitCodes.VALIDATION_FAILED, inOrder.exit(), inOrder.err());
            assertTrue(inOrder.err().contains("1 file, 25 claims, 10 violations"), inOrder.err());
            for (Path other : List.of(b, c)) {
                Run r = validate(format, other);
                assertEquals(inOrder.exit(), r.exit(), other + ": " + r.err());
                assertEquals(inOrder.err(), r.err().replace(other.toString(), a.toString()));
                if (!format.equals("turtle")) // the Turtle report's blank nodes are labelled by Jena
                    assertEquals(inOrder.out(), r.out(), format + " report of " + other);
            }
        }
    }

    @Test
    void theStreamedReportIsTheWholeFileReportInTheSameOrder() throws IOException {
        List<String> ordered = articleOrderLines(9);
        List<String> shuffled = new ArrayList<>(ordered);
        Collections.shuffle(shuffled, new Random(9));
        Path file = write("shuffled.nq", shuffled);
        ValidationResult whole = validator().validate(RdfFiles.read(file));
        // buckets of 2 KB: several buckets, and some split again
        FileValidator tiny = new FileValidator(validator(), () -> null, true, 2048);
        ValidationCollector streamed = tiny.validate(file).found();
        assertEquals(lines(whole.violations()), lines(streamed.violations()));
        assertEquals(whole.claimsChecked(), streamed.claimsChecked());
    }

    private static List<String> lines(List<Violation> vs) {
        return vs.stream().map(v -> v.claimIri() + " | " + v.focusNode() + " | " + v.path() + " | " + v.message()).toList();
    }

    @Test
    void theSpillHandsOnEveryArticleOnceAndWhole() {
        List<Quad> quads = new ArrayList<>();
        Map<String, Integer> expected = new HashMap<>();
        for (int i = 0; i < 40; i++) {
            DatasetGraph a = article(i);
            a.find().forEachRemaining(quads::add);
            expected.put(String.format("%016x", 0xa000_0000_0000L + i), (int) a.stream().count());
        }
        Collections.shuffle(quads, new Random(40));
        Map<String, Integer> received = new HashMap<>();
        try (ArticleSpill spill = ArticleSpill.create(20_000, 4096)) {
            quads.forEach(spill::quad);
            spill.drain((key, article) -> assertNull(received.put(key, (int) article.stream().count()), key));
        }
        assertEquals(expected, received);
    }

    @Test
    void aLargeFileValidatesInASmallHeap() throws Exception {
        // 244,000 quads: the whole-file check ran out of 32 MB of heap on them (OutOfMemoryError); one article fits
        List<String> one = nquads(valid());
        Path big = tmp.resolve("big.nq");
        try (var w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 4000; i++) {
                String key = String.format("%016x", 0xb000_0000_0000L + i);
                for (String line : one)
                    w.write(line.replace(K, key) + "\n");
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process p = new ProcessBuilder(java, "-Xmx32m", "-Disnad.home=" + Path.of("").toAbsolutePath(), "-cp", cp,
                "org.isnad.cli.IsnadCommand", "validate", big.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES));
        assertEquals(ExitCodes.OK, p.exitValue(), output);
        assertTrue(output.contains("1 file, 8000 claims, 0 violations"), output);
    }
}
