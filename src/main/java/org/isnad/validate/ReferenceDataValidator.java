package org.isnad.validate;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.parser.ShaclParseException;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.isnad.vocab.Vocab;

/**
 * Checks a hand-edited Turtle file of reference data (a gazetteer of places, actors, outlets, as in
 * {@code ontology/places.ttl}) against the reference shapes ({@value ClaimGraphValidator#REFERENCE_SHAPES_FILE}).
 * Reference data is one graph, not claims, so it is validated as a whole.
 */
public final class ReferenceDataValidator {
    static final String RESOURCE = "/shapes/" + ClaimGraphValidator.REFERENCE_SHAPES_FILE;

    private final Shapes shapes;

    private ReferenceDataValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    /**
     * The reference shapes of {@code shapesDir} when the directory has them, else those built into isnad;
     * {@code null} when there are none.
     *
     * @throws ClaimGraphValidator.ShapesException when the file exists but is not valid SHACL
     */
    public static ReferenceDataValidator fromClasspathOrDirectory(Path shapesDir) {
        Graph g = GraphFactory.createDefaultGraph();
        try {
            Path f = shapesDir == null ? null : shapesDir.resolve(ClaimGraphValidator.REFERENCE_SHAPES_FILE);
            if (f != null && Files.isRegularFile(f)) {
                RDFParser.source(f).lang(Lang.TURTLE).errorHandler(RdfFiles.QUIET_ERRORS).parse(g);
            } else {
                try (InputStream in = ReferenceDataValidator.class.getResourceAsStream(RESOURCE)) {
                    if (in == null) return null;
                    RDFParser.source(in).lang(Lang.TURTLE).errorHandler(RdfFiles.QUIET_ERRORS).parse(g);
                }
            }
            return new ReferenceDataValidator(Shapes.parse(g));
        } catch (RiotException | ShaclParseException | java.io.IOException e) {
            throw new ClaimGraphValidator.ShapesException("reference shapes: " + e.getMessage(), e);
        }
    }

    /** True when {@code g} describes places, actors or outlets: what the reference shapes are about. */
    public static boolean isReferenceData(Graph g) {
        for (Node cls : List.of(Vocab.Place, Vocab.Actor, Vocab.Outlet))
            if (g.contains(Node.ANY, Vocab.rdfType, cls)) return true;
        return false;
    }

    /** Validates {@code g} as a whole; violations carry no claim. */
    public void validate(Graph g, ValidationCollector into) {
        ValidationReport report = ShaclValidator.get().validate(shapes, g);
        List<ReportEntry> entries = new ArrayList<>(report.getEntries());
        entries.sort(Comparator.comparing((ReportEntry e) -> String.valueOf(e.focusNode()))
                .thenComparing(e -> String.valueOf(e.resultPath()))
                .thenComparing(e -> String.valueOf(e.message())));
        for (ReportEntry e : entries)
            into.add(ClaimGraphValidator.toViolation(null, e), e);
    }
}
