package org.isnad.validate;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** shapes/reference.ttl against the reference data: a fixture always, and ontology/*.ttl when present. */
class ReferenceShapesTest {
    private static final Shapes SHAPES = Shapes.parse(RDFDataMgr.loadGraph("shapes/reference.ttl"));

    private static ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(SHAPES, data);
    }

    private static String describe(ValidationReport r) {
        StringBuilder sb = new StringBuilder();
        for (ReportEntry e : r.getEntries())
            sb.append(e.focusNode()).append(' ').append(e.resultPath()).append(": ").append(e.message()).append('\n');
        return sb.toString();
    }

    @Test
    void wellFormedReferenceDataConforms() {
        ValidationReport r = validate(RDFDataMgr.loadGraph("src/test/resources/validate/reference-valid.ttl"));
        assertTrue(r.conforms(), describe(r));
    }

    @Test
    void eachBrokenResourceIsCaughtByItsRule() {
        ValidationReport r = validate(RDFDataMgr.loadGraph("src/test/resources/validate/reference-broken.ttl"));
        Map<String, Set<String>> byFocus = new TreeMap<>();
        for (ReportEntry e : r.getEntries()) {
            String focus = e.focusNode().getURI().replaceFirst(".*/id/", "");
            String shape = e.source().getURI().replaceFirst(".*#", "");
            byFocus.computeIfAbsent(focus, k -> new TreeSet<>()).add(shape);
        }
        assertEquals(Map.ofEntries(
                Map.entry("place/no-arabic", Set.of("Reference-placeLabelAr")),
                Map.entry("place/off-the-globe", Set.of("Reference-placeLat")),
                Map.entry("place/half-a-point", Set.of("Reference-placePoint")),
                Map.entry("place/string-coordinates", Set.of("Reference-placeLat")),
                Map.entry("actor/no-category", Set.of("Reference-actorCategory")),
                Map.entry("actor/no-english", Set.of("Reference-actorLabelEn")),
                Map.entry("outlet/nameless", Set.of("Reference-outletLabel")),
                Map.entry("place/pcode-too-long-for-its-level", Set.of("Reference-adminUnit")),
                Map.entry("place/governorate-without-pcode", Set.of("Reference-governoratePcode")),
                Map.entry("place/admin1-is-a-district", Set.of("Reference-admin1")),
                Map.entry("place/admin2-without-admin1", Set.of("Reference-admin1")),
                Map.entry("place/admin3-is-a-governorate", Set.of("Reference-admin3")),
                Map.entry("place/links-without-basis", Set.of("Reference-adminBasis"))), byFocus);
    }

    @Test
    void everyShapeHasANameAndAMessage() {
        for (String file : List.of("shapes/claims.ttl", "shapes/reference.ttl")) {
            Graph g = RDFDataMgr.loadGraph(file);
            Shapes shapes = Shapes.parse(g);
            assertTrue(shapes.numRootShapes() > 0, file);
            shapes.iteratorAll().forEachRemaining(s -> {
                // shapes inside sh:or / sh:xone / sh:not / sh:qualifiedValueShape produce no results of their own
                if (!s.getShapeNode().isURI())
                    return;
                var name = org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/ns/shacl#name");
                var msg = org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/ns/shacl#message");
                assertTrue(g.contains(s.getShapeNode(), name, org.apache.jena.graph.Node.ANY), file + ": no sh:name on " + s.getShapeNode());
                assertTrue(g.contains(s.getShapeNode(), msg, org.apache.jena.graph.Node.ANY), file + ": no sh:message on " + s.getShapeNode());
            });
            // and every shape that can report is named by an IRI, so reports point to it
            shapes.getTargetShapes().forEach(s -> assertTrue(s.getShapeNode().isURI(), file + ": anonymous target shape"));
        }
    }

    /** Runs on whatever ontology/*.ttl holds now; skipped while the reference data is not written yet. */
    @Test
    void theProjectsReferenceDataConforms() throws IOException {
        Path dir = Path.of("ontology");
        List<Path> files;
        try (Stream<Path> s = Files.exists(dir) ? Files.list(dir) : Stream.empty()) {
            files = s.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
        }
        Assumptions.assumeFalse(files.isEmpty(), "no ontology/*.ttl yet");
        Graph all = GraphFactory.createDefaultGraph();
        for (Path f : files)
            RDFDataMgr.read(all, f.toString());
        ValidationReport r = validate(all);
        assertTrue(r.conforms(), describe(r));
    }
}
