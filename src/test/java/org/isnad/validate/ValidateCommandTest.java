package org.isnad.validate;

import static org.isnad.validate.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.isnad.cli.ExitCodes;
import org.isnad.cli.IsnadCommand;
import org.isnad.vocab.Vocab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code isnad validate} as a user runs it. */
class ValidateCommandTest {
    @TempDir Path tmp;

    record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = IsnadCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path write(String name, DatasetGraph d) throws IOException {
        Path p = tmp.resolve(name);
        try (OutputStream os = Files.newOutputStream(p)) {
            RDFDataMgr.write(os, d, name.endsWith(".nq") ? Lang.NQUADS : Lang.TRIG);
        }
        return p;
    }

    private Path brokenFile() throws IOException {
        DatasetGraph d = valid();
        set(d, PROVENANCE, EVENT_CLAIM, Vocab.confidence, decimal("1.5"));
        return write("broken.trig", d);
    }

    @Test
    void aConformingFileExitsZeroWithASummary() {
        Run r = run("validate", VALID.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().contains("1 file, 2 claims, 0 violations"), r.err());
    }

    @Test
    void nQuadsAreReadToo() throws IOException {
        Run r = run("validate", write("article.nq", valid()).toString());
        assertEquals(ExitCodes.OK, r.exit(), r.err());
    }

    @Test
    void violationsExitOneWithABlockPerViolation() throws IOException {
        Run r = run("validate", brokenFile().toString());
        assertEquals(ExitCodes.VALIDATION_FAILED, r.exit(), r.err());
        assertTrue(r.out().contains("claim    <" + EVENT_CLAIM.getURI() + ">"), r.out());
        assertTrue(r.out().contains("focus    <" + EVENT_CLAIM.getURI() + ">"), r.out());
        assertTrue(r.out().contains("path     isnad:confidence"), r.out());
        assertTrue(r.out().contains("message  A claim has exactly one isnad:confidence"), r.out());
        assertTrue(r.err().contains("1 violation"), r.err());
    }

    @Test
    void aFileThatDoesNotParseExitsThreeNamingItAfterCheckingTheOthers() throws IOException {
        Path bad = tmp.resolve("truncated.trig");
        Files.writeString(bad, "PREFIX isnad: <https://w3id.org/isnad/ns#>\n<urn:g> { <urn:a> isnad:x ");
        Run r = run("validate", bad.toString(), VALID.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        assertTrue(r.err().contains(bad.toString()), r.err());
        assertTrue(r.err().contains("line"), "the message says where: " + r.err());
        assertTrue(r.err().contains("1 file, 2 claims"), "the good file is still checked: " + r.err());
    }

    @Test
    void aMissingFileExitsThreeNamingIt() {
        Path missing = tmp.resolve("nowhere.trig");
        Run r = run("validate", missing.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        assertTrue(r.err().contains(missing + ": no such file"), r.err());
    }

    @Test
    void anUnknownExtensionExitsThree() throws IOException {
        Path odd = Files.copy(VALID, tmp.resolve("article.data"));
        Run r = run("validate", odd.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        assertTrue(r.err().contains(odd.toString()), r.err());
    }

    @Test
    void theReportIsStandardShaclInTurtle() throws IOException {
        Path report = tmp.resolve("report.ttl");
        Run r = run("validate", "--report", report.toString(), brokenFile().toString());
        assertEquals(ExitCodes.VALIDATION_FAILED, r.exit(), r.err());
        Graph g = RDFDataMgr.loadGraph(report.toString(), Lang.TURTLE);
        Node conforms = NodeFactory.createURI("http://www.w3.org/ns/shacl#conforms");
        assertTrue(g.contains(Node.ANY, conforms, NodeFactory.createLiteralDT("false",
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean)));
        var parsed = org.apache.jena.shacl.ValidationReport.fromGraph(g);
        assertEquals(1, parsed.getEntries().size());
        assertEquals(EVENT_CLAIM, parsed.getEntries().iterator().next().focusNode());
        try (var files = Files.list(tmp)) {
            assertEquals(0, files.filter(p -> p.toString().endsWith(".tmp")).count(), "temp file left behind");
        }
    }

    @Test
    void theReportOfAConformingRunSaysSo() throws IOException {
        Path report = tmp.resolve("ok.ttl");
        Run r = run("validate", "--report", report.toString(), VALID.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        Graph g = RDFDataMgr.loadGraph(report.toString(), Lang.TURTLE);
        assertTrue(org.apache.jena.shacl.ValidationReport.fromGraph(g).conforms());
    }

    @Test
    void otherShapesCanBeGiven() throws IOException {
        // a stricter house rule: confidence of at least 0.8; the statement claim has 0.7
        Path dir = Files.createDirectories(tmp.resolve("strict"));
        Files.writeString(dir.resolve("strict.ttl"), """
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix isnad: <https://w3id.org/isnad/ns#> .
                <urn:strict> a sh:PropertyShape ; sh:name "confident" ;
                    sh:targetClass isnad:StatementClaim , isnad:EventClaim ;
                    sh:path isnad:confidence ; sh:minInclusive 0.8 ;
                    sh:message "Only confident claims, please." .
                """);
        // a reference.ttl in the directory is not claim shapes and must be skipped
        Files.writeString(dir.resolve("reference.ttl"), "this is not turtle");
        Run r = run("validate", "--shapes", dir.toString(), VALID.toString());
        assertEquals(ExitCodes.VALIDATION_FAILED, r.exit(), r.err());
        assertTrue(r.out().contains("claim    <" + STATEMENT_CLAIM.getURI() + ">"), r.out());
        assertTrue(r.out().contains("Only confident claims, please."), r.out());
        assertFalse(r.out().contains(EVENT_CLAIM.getURI()), r.out());
    }

    @Test
    void aShapesDirectoryThatIsMissingIsReported() {
        Run r = run("validate", "--shapes", tmp.resolve("none").toString(), VALID.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("none"), r.err());
    }

    @Test
    void noFileIsAUsageError() {
        assertEquals(ExitCodes.USAGE, run("validate").exit());
    }

    @Test
    void helpExplainsTheCommand() {
        Run r = run("validate", "--help");
        assertEquals(ExitCodes.OK, r.exit());
        assertTrue(r.out().contains("--report"), r.out());
        assertTrue(r.out().contains("--shapes"), r.out());
        assertTrue(r.out().contains("Exit codes"), r.out());
    }
}
