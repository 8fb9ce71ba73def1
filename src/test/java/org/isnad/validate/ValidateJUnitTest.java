package org.isnad.validate;

import static org.isnad.validate.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.isnad.cli.ExitCodes;
import org.isnad.cli.IsnadCommand;
import org.isnad.vocab.Vocab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import picocli.CommandLine;

/** {@code isnad validate --format junit|turtle}, as a CI job runs it, read back by an XML parser. */
class ValidateJUnitTest {
    @TempDir Path tmp;

    record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = IsnadCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    private Path write(String name, DatasetGraph d) throws IOException {
        Path p = tmp.resolve(name);
        try (OutputStream os = Files.newOutputStream(p)) {
            RDFDataMgr.write(os, d, Lang.TRIG);
        }
        return p;
    }

    /** Two violations in the event claim, one in the statement claim. */
    private Path threeViolations() throws IOException {
        DatasetGraph d = valid();
        set(d, PROVENANCE, EVENT_CLAIM, Vocab.confidence, decimal("1.5"));
        d.deleteAny(PROVENANCE, EVENT_CLAIM, Vocab.reportedOn, org.apache.jena.graph.Node.ANY);
        set(d, PROVENANCE, STATEMENT_CLAIM, Vocab.confidence, decimal("-0.2"));
        return write("broken.trig", d);
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> elements(Element parent, String tag) {
        NodeList nl = parent.getElementsByTagName(tag);
        List<Element> l = new ArrayList<>();
        for (int i = 0; i < nl.getLength(); i++) l.add((Element) nl.item(i));
        return l;
    }

    @Test
    void oneTestCasePerClaimAndOneFailurePerViolation() throws Exception {
        Path broken = threeViolations();
        Path report = tmp.resolve("report.ttl");
        Run r = run("validate", "--format", "junit", "--report", report.toString(), broken.toString(), VALID.toString());
        assertEquals(ExitCodes.VALIDATION_FAILED, r.exit(), r.err());

        // the SHACL report, still written, says how many violations there are
        Graph g = RDFDataMgr.loadGraph(report.toString(), Lang.TURTLE);
        int violations = ValidationReport.fromGraph(g).getEntries().size();
        assertTrue(r.err().contains(violations + " violations"), r.err());
        assertTrue(violations >= 3, "the broken file has at least three problems: " + violations);

        Element root = parse(r.out()).getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        List<Element> suites = elements(root, "testsuite");
        assertEquals(2, suites.size(), "one suite per file");
        assertEquals(broken.toString(), suites.get(0).getAttribute("name"));

        List<Element> brokenCases = elements(suites.get(0), "testcase");
        assertEquals(List.of(STATEMENT_CLAIM.getURI(), EVENT_CLAIM.getURI()).stream().sorted().toList(),
                brokenCases.stream().map(e -> e.getAttribute("name")).toList(), "one test case per claim graph");
        assertEquals(4, elements(root, "testcase").size(), "two claims in each file");
        assertEquals(violations, elements(root, "failure").size(), "one failure per violation");
        assertEquals(String.valueOf(violations), root.getAttribute("failures"));
        assertEquals(String.valueOf(violations), suites.get(0).getAttribute("failures"));
        assertEquals("0", suites.get(1).getAttribute("failures"), "the valid file passes");
        assertTrue(elements(suites.get(1), "failure").isEmpty());

        // each failure names focus node, path and message
        Map<String, Integer> perCase = new HashMap<>();
        for (Element c : brokenCases) {
            List<Element> fs = elements(c, "failure");
            perCase.put(c.getAttribute("name"), fs.size());
            for (Element f : fs) {
                assertFalse(f.getAttribute("message").isBlank());
                assertTrue(f.getTextContent().contains("focus    <"), f.getTextContent());
                assertTrue(f.getTextContent().contains("path     "), f.getTextContent());
            }
        }
        assertTrue(perCase.get(EVENT_CLAIM.getURI()) >= 2, perCase.toString());
        assertTrue(perCase.get(STATEMENT_CLAIM.getURI()) >= 1, perCase.toString());
        assertTrue(r.out().contains("isnad:confidence"), r.out());
    }

    @Test
    void aConformingRunIsAllPassingTestCases() throws Exception {
        Run r = run("validate", "--format", "junit", VALID.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        Element root = parse(r.out()).getDocumentElement();
        assertEquals("2", root.getAttribute("tests"));
        assertEquals("0", root.getAttribute("failures"));
    }

    @Test
    void messagesAreEscapedAndUnreadableFilesAreErrors() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("shapes"));
        String message = "Confidence < 0.8 & \"unsure\" — غير مؤكد ]]> <failure/>";
        Files.writeString(dir.resolve("strict.ttl"), """
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix isnad: <https://w3id.org/isnad/ns#> .
                <urn:strict> a sh:PropertyShape ;
                    sh:targetClass isnad:StatementClaim , isnad:EventClaim ;
                    sh:path isnad:confidence ; sh:minInclusive 0.95 ;
                    sh:message "%s" .
                """.formatted(message.replace("\"", "\\\"")));
        Path garbage = Files.writeString(tmp.resolve("garbage.trig"), "<a> { this is & not trig");
        Run r = run("validate", "--shapes", dir.toString(), "--format", "junit", VALID.toString(), garbage.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r.err());
        Element root = parse(r.out()).getDocumentElement();
        List<Element> failures = elements(root, "failure");
        assertEquals(2, failures.size(), r.out());
        for (Element f : failures) {
            assertEquals(message, f.getAttribute("message"));
            assertTrue(f.getTextContent().contains(message));
        }
        List<Element> errors = elements(root, "error");
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).getAttribute("message").contains("garbage.trig"));
        assertEquals("1", root.getAttribute("errors"));
    }

    @Test
    void aTurtleGazetteerIsCheckedAgainstTheReferenceShapesAsOneTestCase() throws Exception {
        Path broken = Path.of("src/test/resources/validate/reference-broken.ttl");
        Path valid = Path.of("src/test/resources/validate/reference-valid.ttl");
        Run ok = run("validate", valid.toString());
        assertEquals(ExitCodes.OK, ok.exit(), ok.out() + ok.err());

        Run r = run("validate", "--format", "junit", broken.toString());
        assertEquals(ExitCodes.VALIDATION_FAILED, r.exit(), r.err());
        Element root = parse(r.out()).getDocumentElement();
        List<Element> cases = elements(root, "testcase");
        assertEquals(1, cases.size(), "a file without claims is one test case");
        assertEquals(broken.toString(), cases.get(0).getAttribute("name"));
        int expected = org.apache.jena.shacl.ShaclValidator.get().validate(
                org.apache.jena.shacl.Shapes.parse(RDFDataMgr.loadGraph("shapes/reference.ttl")),
                RDFParser.source(broken).toGraph()).getEntries().size();
        assertEquals(expected, elements(root, "failure").size());
        assertTrue(r.out().contains("A place needs an Arabic rdfs:label"), r.out());
    }

    @Test
    void turtleWithoutReferenceDataIsStillTriplesAttributedToNoOne() throws Exception {
        Path ttl = Files.writeString(tmp.resolve("notes.ttl"),
                "<https://w3id.org/isnad/id/event/x> a <https://w3id.org/isnad/ns#AirDroneStrike> .\n");
        Run r = run("validate", "--format", "junit", ttl.toString());
        assertEquals(ExitCodes.VALIDATION_FAILED, r.exit());
        Element root = parse(r.out()).getDocumentElement();
        assertEquals(1, elements(root, "failure").size());
        assertTrue(elements(root, "failure").get(0).getAttribute("message").contains("default graph"));
    }

    @Test
    void turtleFormatPrintsTheShaclReport() throws Exception {
        Run r = run("validate", "--format", "turtle", threeViolations().toString());
        assertEquals(ExitCodes.VALIDATION_FAILED, r.exit(), r.err());
        Graph g = RDFParser.fromString(r.out(), Lang.TURTLE).toGraph();
        ValidationReport rep = ValidationReport.fromGraph(g);
        assertFalse(rep.conforms());
        assertTrue(rep.getEntries().size() >= 3);
    }
}
