package org.isnad.validate;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.isnad.vocab.Vocab;

/**
 * Validation results as JUnit XML, the report format CI systems (GitHub Actions reporters, GitLab,
 * Jenkins) read: one {@code <testsuite>} per file, one {@code <testcase>} per claim graph (a file without
 * claims is one test case, named after the file), one {@code <failure>} per violation, carrying the focus
 * node, the path and the message. A file that cannot be read is a test case with an {@code <error>}.
 *
 * <p>A test case with several violations has several {@code <failure>} elements; most readers list them
 * all, some show only the first (the counts in the attributes are always per violation).
 */
public final class JUnitReport {
    /** The test case that holds violations about triples outside any claim (the default graph). */
    public static final String DEFAULT_GRAPH_CASE = "(default graph)";

    private record Case(String name, List<Violation> failures, String error) {}
    private record Suite(String file, List<Case> cases) {}

    private final List<Suite> suites = new ArrayList<>();

    /** A file that was read and checked: its claims, each with the violations found in it. */
    public void file(Path file, DatasetGraph dsg, List<Violation> violations) {
        file(file, claims(dsg), violations);
    }

    /** A file that was read and checked as a stream: the IRIs of its claims, and the violations found. */
    public void file(Path file, java.util.Collection<String> claimIris, List<Violation> violations) {
        Map<String, List<Violation>> byCase = new LinkedHashMap<>();
        TreeSet<String> claims = new TreeSet<>(claimIris);
        violations.forEach(v -> { if (v.claimIri() != null) claims.add(v.claimIri()); });
        claims.forEach(c -> byCase.put(c, new ArrayList<>()));
        String fileCase = claims.isEmpty() ? file.toString() : DEFAULT_GRAPH_CASE;
        if (claims.isEmpty())
            byCase.put(fileCase, new ArrayList<>());
        for (Violation v : violations)
            byCase.computeIfAbsent(v.claimIri() == null ? fileCase : v.claimIri(), k -> new ArrayList<>()).add(v);
        List<Case> cases = new ArrayList<>();
        byCase.forEach((name, vs) -> cases.add(new Case(name, vs, null)));
        suites.add(new Suite(file.toString(), cases));
    }

    /** A file that could not be read or parsed. */
    public void badFile(Path file, String message) {
        suites.add(new Suite(file.toString(), List.of(new Case(file.toString(), List.of(), message))));
    }

    /** Writes the whole report as UTF-8 XML. */
    public void write(OutputStream out) {
        try {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            int tests = 0, failures = 0, errors = 0;
            for (Suite s : suites)
                for (Case c : s.cases()) {
                    tests++;
                    failures += c.failures().size();
                    if (c.error() != null) errors++;
                }
            x.writeStartElement("testsuites");
            x.writeAttribute("name", "isnad validate");
            x.writeAttribute("tests", Integer.toString(tests));
            x.writeAttribute("failures", Integer.toString(failures));
            x.writeAttribute("errors", Integer.toString(errors));
            x.writeCharacters("\n");
            for (Suite s : suites)
                writeSuite(x, s);
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
            x.close();
            out.flush();
        } catch (XMLStreamException | java.io.IOException e) {
            throw new IllegalStateException("cannot write the JUnit report: " + e.getMessage(), e);
        }
    }

    private static void writeSuite(XMLStreamWriter x, Suite s) throws XMLStreamException {
        long failures = s.cases().stream().mapToLong(c -> c.failures().size()).sum();
        long errors = s.cases().stream().filter(c -> c.error() != null).count();
        x.writeCharacters("  ");
        x.writeStartElement("testsuite");
        x.writeAttribute("name", clean(s.file()));
        x.writeAttribute("tests", Integer.toString(s.cases().size()));
        x.writeAttribute("failures", Long.toString(failures));
        x.writeAttribute("errors", Long.toString(errors));
        x.writeAttribute("skipped", "0");
        x.writeCharacters("\n");
        for (Case c : s.cases()) {
            x.writeCharacters("    ");
            x.writeStartElement("testcase");
            x.writeAttribute("classname", clean(s.file()));
            x.writeAttribute("name", clean(c.name()));
            x.writeAttribute("time", "0");
            if (c.error() != null) {
                x.writeStartElement("error");
                x.writeAttribute("message", clean(c.error()));
                x.writeAttribute("type", "BadInput");
                x.writeCharacters(clean(c.error()));
                x.writeEndElement();
            }
            for (Violation v : c.failures()) {
                x.writeCharacters("\n      ");
                x.writeStartElement("failure");
                x.writeAttribute("message", clean(v.message()));
                x.writeAttribute("type", clean("sh:" + (v.severity() == null ? "Violation" : v.severity())));
                x.writeCharacters(clean(
                        "focus    " + node(v.focusNode()) + "\n"
                        + "path     " + (v.path() == null ? "-" : v.path()) + "\n"
                        + "message  " + v.message() + "\n"
                        + "shape    " + node(v.sourceShape()) + "\n"));
                x.writeEndElement();
            }
            if (!c.failures().isEmpty())
                x.writeCharacters("\n    ");
            x.writeEndElement();
            x.writeCharacters("\n");
        }
        x.writeCharacters("  ");
        x.writeEndElement();
        x.writeCharacters("\n");
    }

    /**
     * The claims {@link ClaimGraphValidator} checks in {@code dsg}: nodes some other graph types as a
     * claim, and graphs named like claims.
     */
    static TreeSet<String> claims(DatasetGraph dsg) {
        TreeSet<String> claims = new TreeSet<>();
        for (Node cls : List.of(Vocab.EventClaim, Vocab.StatementClaim, Vocab.CasualtyClaim))
            dsg.find(Node.ANY, Node.ANY, Vocab.rdfType, cls).forEachRemaining(q -> {
                if (!Quad.isDefaultGraph(q.getGraph()) && !q.getGraph().equals(q.getSubject()) && q.getSubject().isURI())
                    claims.add(q.getSubject().getURI());
            });
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (g.isURI() && g.getURI().startsWith(ClaimGraphValidator.CLAIM_GRAPH_PREFIX))
                claims.add(g.getURI());
        });
        return claims;
    }

    private static String node(Node n) {
        if (n == null) return "-";
        if (n.isURI()) return "<" + n.getURI() + ">";
        if (n.isBlank()) return "_:" + n.getBlankNodeLabel();
        return n.toString();
    }

    /** Drops the characters XML 1.0 cannot carry at all (control characters from a literal, say). */
    static String clean(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            b.appendCodePoint(ok ? cp : 0xFFFD);
        });
        return b.toString();
    }
}
