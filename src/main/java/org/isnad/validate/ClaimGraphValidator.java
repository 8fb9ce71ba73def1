package org.isnad.validate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.parser.ShaclParseException;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.PathWriter;
import org.apache.jena.vocabulary.RDF;
import org.isnad.vocab.Vocab;

/**
 * Validates isnad output claim by claim.
 *
 * <p>For every claim graph G it builds one small graph: the triples of G plus the triples of the
 * provenance graph(s) reachable from the node G, and runs the SHACL shapes over that. It never
 * validates the union of a dataset: that would mix claims (a report of one claim would satisfy
 * another) and cost memory in proportion to the corpus.
 */
public final class ClaimGraphValidator {
    public static final String SHAPES_NS = "https://w3id.org/isnad/shapes#";
    /** Pseudo-shape of the "claim graph without provenance" check, which SHACL cannot express. */
    public static final Node NO_PROVENANCE_SHAPE = NodeFactory.createURI(SHAPES_NS + "ClaimHasProvenance");
    /** Pseudo-shape of the "nothing in the default graph" check. */
    public static final Node DEFAULT_GRAPH_SHAPE = NodeFactory.createURI(SHAPES_NS + "NothingInDefaultGraph");
    static final Node ISNAD_CONSTRAINT = NodeFactory.createURI(SHAPES_NS + "IsnadConstraintComponent");

    /** The file in a shapes directory that holds the reference-data shapes, not claim shapes. */
    public static final String REFERENCE_SHAPES_FILE = "reference.ttl";
    static final String CLAIM_SHAPES_RESOURCE = "/shapes/claims.ttl";
    static final String CLAIM_GRAPH_PREFIX = Vocab.ID + "claim/";

    private static final Prologue PROLOGUE = new Prologue(ValidationCollector.Prefixes.MAPPING);

    private final Shapes shapes;

    private ClaimGraphValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    /** Validator for the given shapes graph. */
    public static ClaimGraphValidator fromShapesGraph(Graph shapesGraph) {
        try {
            Shapes shapes = Shapes.parse(shapesGraph);
            if (shapes.numRootShapes() == 0)
                throw new ShapesException("the shapes have no targets, so they would check nothing");
            return new ClaimGraphValidator(shapes);
        } catch (ShaclParseException e) {
            throw new ShapesException("not valid SHACL: " + e.getMessage(), e);
        }
    }

    /** Loads every {@code *.ttl} in {@code shapesDir} except {@value #REFERENCE_SHAPES_FILE}. */
    public static ClaimGraphValidator fromDirectory(Path shapesDir) {
        if (!Files.isDirectory(shapesDir))
            throw new ShapesException(shapesDir + ": no such directory");
        List<Path> files;
        try (Stream<Path> s = Files.list(shapesDir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".ttl"))
                    .filter(p -> !p.getFileName().toString().equals(REFERENCE_SHAPES_FILE))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ShapesException(shapesDir + ": cannot list: " + e.getMessage(), e);
        }
        if (files.isEmpty())
            throw new ShapesException(shapesDir + ": no shape files (*.ttl other than " + REFERENCE_SHAPES_FILE + ")");
        Graph g = GraphFactory.createDefaultGraph();
        for (Path f : files) {
            try {
                RDFParser.source(f).lang(Lang.TURTLE).errorHandler(RdfFiles.QUIET_ERRORS).parse(g);
            } catch (RiotException e) {
                throw new ShapesException(f + ": " + e.getMessage(), e);
            }
        }
        try {
            return fromShapesGraph(g);
        } catch (ShapesException e) {
            throw new ShapesException(shapesDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * The shapes in {@code shapesDir} when that directory exists, else the claim shapes packaged in
     * the jar ({@value #CLAIM_SHAPES_RESOURCE}).
     */
    public static ClaimGraphValidator fromClasspathOrDirectory(Path shapesDir) {
        if (shapesDir != null && Files.isDirectory(shapesDir))
            return fromDirectory(shapesDir);
        try (InputStream in = ClaimGraphValidator.class.getResourceAsStream(CLAIM_SHAPES_RESOURCE)) {
            if (in == null)
                throw new ShapesException("no shapes: " + shapesDir + " does not exist and the program has no built-in "
                        + CLAIM_SHAPES_RESOURCE);
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).errorHandler(RdfFiles.QUIET_ERRORS).parse(g);
            return fromShapesGraph(g);
        } catch (IOException | RiotException e) {
            throw new ShapesException("built-in " + CLAIM_SHAPES_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    public Shapes shapes() {
        return shapes;
    }

    /** Validates every claim of {@code dsg}. */
    public ValidationResult validate(DatasetGraph dsg) {
        ValidationCollector c = new ValidationCollector();
        validate(dsg, c);
        return c.result();
    }

    /** Validates every claim of {@code dsg}, adding to {@code into} (to merge several files or articles). */
    public void validate(DatasetGraph dsg, ValidationCollector into) {
        Graph dflt = dsg.getDefaultGraph();
        if (!dflt.isEmpty()) {
            Iterator<Triple> it = dflt.find();
            Node example = it.hasNext() ? it.next().getSubject() : null;
            defaultGraphViolation(dflt.size(), example, into);
        }

        // claim node -> the other named graphs that say it is a claim (its provenance graphs)
        Map<Node, Set<Node>> provenance = new TreeMap<>(Comparator.comparing(Node::toString));
        for (Node cls : List.of(Vocab.EventClaim, Vocab.StatementClaim, Vocab.CasualtyClaim)) {
            dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), cls).forEachRemaining(q -> {
                Node g = q.getGraph();
                if (Quad.isDefaultGraph(g) || g.equals(q.getSubject()) || !q.getSubject().isURI())
                    return;
                provenance.computeIfAbsent(q.getSubject(), k -> new LinkedHashSet<>()).add(g);
            });
        }
        // graphs named like claims but not declared as claims anywhere else
        Set<Node> orphans = new LinkedHashSet<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (g.isURI() && g.getURI().startsWith(CLAIM_GRAPH_PREFIX) && !provenance.containsKey(g))
                orphans.add(g);
        });

        for (Node claim : provenance.keySet())
            validateClaim(dsg, claim, provenance.get(claim), provenance.keySet(), into);
        orphans.stream().sorted(Comparator.comparing(Node::toString)).forEach(g -> {
            into.claimChecked();
            noProvenanceViolation(g, into);
        });
    }

    private void validateClaim(DatasetGraph dsg, Node claim, Set<Node> provGraphs, Set<Node> allClaims,
                               ValidationCollector into) {
        into.claimChecked();
        Graph small = claimGraph(dsg, claim, provGraphs, allClaims);
        ValidationReport report = ShaclValidator.get().validate(shapes, small);
        for (ReportEntry e : sorted(report.getEntries()))
            into.add(toViolation(claim.getURI(), e), e);
    }

    /**
     * G ∪ what the provenance graphs say about G and, transitively, about the nodes G points to there.
     * Other claims are not entered: their own check covers them, and their rdf:type would make the
     * shapes target them here and blame this claim.
     */
    static Graph claimGraph(DatasetGraph dsg, Node claim, Set<Node> provGraphs, Set<Node> allClaims) {
        Graph small = GraphFactory.createDefaultGraph();
        dsg.find(claim, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> small.add(q.asTriple()));
        Set<Node> seen = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        seen.add(claim);
        todo.add(claim);
        while (!todo.isEmpty()) {
            Node n = todo.poll();
            for (Node p : provGraphs) {
                dsg.find(p, n, Node.ANY, Node.ANY).forEachRemaining(q -> {
                    small.add(q.asTriple());
                    Node o = q.getObject();
                    if ((o.isURI() || o.isBlank()) && !allClaims.contains(o) && seen.add(o))
                        todo.add(o);
                });
            }
        }
        return small;
    }

    // Jena's report order depends on hashing; sort so output and tests are stable.
    private static List<ReportEntry> sorted(java.util.Collection<ReportEntry> entries) {
        List<ReportEntry> l = new ArrayList<>(entries);
        l.sort(Comparator.comparing((ReportEntry e) -> String.valueOf(e.focusNode()))
                .thenComparing(e -> String.valueOf(e.resultPath()))
                .thenComparing(e -> String.valueOf(e.message())));
        return l;
    }

    static Violation toViolation(String claimIri, ReportEntry e) {
        String path = e.resultPath() == null ? null : PathWriter.asString(e.resultPath(), PROLOGUE);
        Node level = e.severity() == null ? Severity.Violation.level() : e.severity().level();
        return new Violation(claimIri, e.focusNode(), path, e.message(), level.getLocalName(), e.source());
    }

    void noProvenanceViolation(Node claimGraph, ValidationCollector into) {
        String msg = "The claim graph has no provenance: no other named graph says it is an isnad:EventClaim, "
                + "isnad:StatementClaim or isnad:CasualtyClaim, so nothing records who says so, where it was read, or how sure isnad is.";
        ReportEntry e = ReportEntry.create()
                .focusNode(claimGraph)
                .message(msg)
                .severity(Severity.Violation)
                .source(NO_PROVENANCE_SHAPE)
                .sourceConstraintComponent(ISNAD_CONSTRAINT);
        into.add(new Violation(claimGraph.getURI(), claimGraph, null, msg, "Violation", NO_PROVENANCE_SHAPE), e);
    }

    void defaultGraphViolation(long triples, Node exampleSubject, ValidationCollector into) {
        String msg = triples + (triples == 1 ? " triple is" : " triples are")
                + " in the default graph. isnad writes every triple into a claim graph or an article's provenance "
                + "graph, so these are attributed to no one (a Turtle file, or TriG written outside a graph block?).";
        ReportEntry e = ReportEntry.create()
                .focusNode(exampleSubject)
                .message(msg)
                .severity(Severity.Violation)
                .source(DEFAULT_GRAPH_SHAPE)
                .sourceConstraintComponent(ISNAD_CONSTRAINT);
        into.add(new Violation(null, exampleSubject, null, msg, "Violation", DEFAULT_GRAPH_SHAPE), e);
    }

    /** The shapes could not be loaded; the message names the directory or file. */
    public static final class ShapesException extends RuntimeException {
        public ShapesException(String message) {
            super(message);
        }

        public ShapesException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
