package org.isnad.validate;

import java.nio.file.Path;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDFLib;

/**
 * Validates one file as a stream, one article at a time, so memory does not grow with the file: an
 * article's provenance graph and claim graphs are gathered and checked by {@link ClaimGraphValidator},
 * then dropped. Input in convert's order (each article's graphs together) is checked in one pass; input
 * in any other order (sorted N-Quads) is found out early and checked through temporary files grouped by
 * article ({@link ArticleSpill}). Either way the report is the same, ordered as the whole-file check
 * ordered it.
 */
public final class FileValidator {
    /** TriG is about a third the size of the same quads as N-Quads; gzip about a tenth. */
    private static final int TRIG_EXPANSION = 3;
    private static final int GZIP_EXPANSION = 10;

    private final ClaimGraphValidator claims;
    private final Supplier<ReferenceDataValidator> reference;
    private final boolean keepClaimNames;
    private final long bucketBytes;

    /** What one file holds that is wrong, and (when asked for) the names of its claims. */
    public record Report(ValidationCollector found, SortedSet<String> claimNames) {}

    /**
     * @param reference      the reference shapes, asked for only when a Turtle file holds reference data;
     *                       may return null (no reference shapes) or throw {@link ClaimGraphValidator.ShapesException}
     * @param keepClaimNames keep every claim's IRI (for JUnit's one test case per claim): memory in the
     *                       number of claims, a few dozen bytes each
     */
    public FileValidator(ClaimGraphValidator claims, Supplier<ReferenceDataValidator> reference, boolean keepClaimNames) {
        this(claims, reference, keepClaimNames, ArticleSpill.DEFAULT_BUCKET_BYTES);
    }

    FileValidator(ClaimGraphValidator claims, Supplier<ReferenceDataValidator> reference, boolean keepClaimNames,
                  long bucketBytes) {
        this.claims = claims;
        this.reference = reference;
        this.keepClaimNames = keepClaimNames;
        this.bucketBytes = bucketBytes;
    }

    /**
     * @throws RdfFiles.BadFileException naming the file and the problem; nothing of the file is reported then
     */
    public Report validate(Path file) {
        Lang lang = RdfFiles.lang(file);
        if (RdfFiles.isTriples(lang))
            return triples(file, lang);
        try {
            return quads(file, lang, false);
        } catch (ArticleGrouper.NotContiguousException e) {
            return quads(file, lang, true);
        }
    }

    private Report quads(Path file, Lang lang, boolean anyOrder) {
        ValidationCollector found = new ValidationCollector();
        SortedSet<String> names = new TreeSet<>();
        ArticleGrouper.Articles check = (key, article) -> {
            claims.validate(article, found);
            if (keepClaimNames)
                names.addAll(JUnitReport.claims(article));
        };
        DefaultGraphTriples defaultGraph;
        if (!anyOrder) {
            defaultGraph = new DefaultGraphTriples(new ArticleGrouper(check));
            RdfFiles.parse(file, lang, defaultGraph);
        } else {
            try (ArticleSpill spill = ArticleSpill.create(expectedNQuadsBytes(file, lang), bucketBytes)) {
                defaultGraph = new DefaultGraphTriples(spill);
                RdfFiles.parse(file, lang, defaultGraph);
                spill.drain(check);
            } catch (java.io.UncheckedIOException | org.apache.jena.riot.RiotException e) {
                // the temporary files, not the input: a full disk, say
                throw new RdfFiles.BadFileException(file, "cannot group its quads by article in temporary files: "
                        + e.getMessage());
            }
        }
        if (defaultGraph.count() > 0)
            claims.defaultGraphViolation(defaultGraph.count(), defaultGraph.exampleSubject(), found);
        found.sortByClaim();
        return new Report(found, names);
    }

    /** Turtle or N-Triples: one default graph, either reference data (checked whole) or triples of no claim. */
    private Report triples(Path file, Lang lang) {
        ValidationCollector found = new ValidationCollector();
        DefaultGraphTriples scan = new DefaultGraphTriples(StreamRDFLib.sinkNull());
        RdfFiles.parse(file, lang, scan);
        ReferenceDataValidator shapes = scan.isReferenceData() ? reference.get() : null;
        if (shapes != null)
            // reference data is a hand-edited gazetteer, validated as one graph: it is read whole
            shapes.validate(RdfFiles.read(file).getDefaultGraph(), found);
        else if (scan.count() > 0)
            claims.defaultGraphViolation(scan.count(), scan.exampleSubject(), found);
        return new Report(found, new TreeSet<>());
    }

    private static long expectedNQuadsBytes(Path file, Lang lang) {
        long size;
        try {
            size = java.nio.file.Files.size(file);
        } catch (java.io.IOException e) {
            size = 0;
        }
        if (file.getFileName().toString().endsWith(".gz"))
            size *= GZIP_EXPANSION;
        return lang == Lang.NQUADS ? size : size * TRIG_EXPANSION;
    }
}
