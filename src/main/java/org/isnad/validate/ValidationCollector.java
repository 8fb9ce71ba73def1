package org.isnad.validate;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;

/**
 * Accumulates results over many claims (and many files or articles), so that one merged SHACL report
 * can be written at the end. Not thread-safe.
 */
public final class ValidationCollector {
    private int claimsChecked;
    private final List<Violation> violations = new ArrayList<>();
    private final List<ReportEntry> entries = new ArrayList<>();

    void claimChecked() {
        claimsChecked++;
    }

    void add(Violation violation, ReportEntry entry) {
        violations.add(violation);
        entries.add(entry);
    }

    /** Adds everything {@code other} collected after what is here (to merge files). */
    public void addAll(ValidationCollector other) {
        claimsChecked += other.claimsChecked;
        violations.addAll(other.violations);
        entries.addAll(other.entries);
    }

    /**
     * Puts the violations in the order of a check of the whole file, whatever order the articles came
     * in: triples of the default graph first, then claims by IRI, then claim graphs without provenance by
     * IRI. A claim's own violations keep their order. The sort is stable.
     */
    void sortByClaim() {
        Integer[] order = new Integer[violations.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt((Integer i) -> rank(violations.get(i)))
                .thenComparing(i -> String.valueOf(violations.get(i).claimIri())));
        List<Violation> v = new ArrayList<>(order.length);
        List<ReportEntry> e = new ArrayList<>(order.length);
        for (int i : order) {
            v.add(violations.get(i));
            e.add(entries.get(i));
        }
        violations.clear();
        violations.addAll(v);
        entries.clear();
        entries.addAll(e);
    }

    private static int rank(Violation v) {
        if (v.claimIri() == null) return 0;
        return ClaimGraphValidator.NO_PROVENANCE_SHAPE.equals(v.sourceShape()) ? 2 : 1;
    }

    public int claimsChecked() {
        return claimsChecked;
    }

    public int violationCount() {
        return violations.size();
    }

    /** The violations so far, in order; a read-only view. */
    public List<Violation> violations() {
        return java.util.Collections.unmodifiableList(violations);
    }

    /** A snapshot: the report graph is built from everything collected so far. */
    public ValidationResult result() {
        ValidationReport.Builder builder = ValidationReport.create();
        builder.addPrefixes(Prefixes.MAPPING);
        entries.forEach(builder::addReportEntry);
        Graph report = builder.build().getGraph();
        return new ValidationResult(claimsChecked, violations, report);
    }

    /** Prefixes for the report and for rendering paths. */
    static final class Prefixes {
        static final PrefixMapping MAPPING = PrefixMapping.Factory.create()
                .setNsPrefix("sh", "http://www.w3.org/ns/shacl#")
                .setNsPrefix("rdf", org.isnad.vocab.Vocab.RDF)
                .setNsPrefix("rdfs", org.isnad.vocab.Vocab.RDFS)
                .setNsPrefix("xsd", org.isnad.vocab.Vocab.XSD)
                .setNsPrefix("isnad", org.isnad.vocab.Vocab.ISNAD)
                .setNsPrefix("id", org.isnad.vocab.Vocab.ID)
                .setNsPrefix("prov", org.isnad.vocab.Vocab.PROV)
                .setNsPrefix("sem", org.isnad.vocab.Vocab.SEM)
                .setNsPrefix("oa", org.isnad.vocab.Vocab.OA)
                .setNsPrefix("schema", org.isnad.vocab.Vocab.SCHEMA)
                .setNsPrefix("wgs", org.isnad.vocab.Vocab.WGS)
                .setNsPrefix("skos", org.isnad.vocab.Vocab.SKOS)
                .setNsPrefix("shape", ClaimGraphValidator.SHAPES_NS)
                .lock();

        private Prefixes() {}
    }
}
