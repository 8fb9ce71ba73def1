package org.isnad.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.isnad.ingest.Article;
import org.isnad.ingest.Problem;
import org.isnad.rdf.ArticleOutput;
import org.isnad.validate.Violation;

/**
 * The writer's side of a conversion, on one thread, in input order: it skips duplicates, writes what the
 * workers encoded, names what failed (on stderr and in --errors), counts, and shows progress. Everything
 * said about a run is said here, so stderr comes out in input order whatever the number of threads.
 */
final class ConversionLedger {

    /** What became of one input item. */
    sealed interface Outcome permits Unreadable, OfArticle {}

    /** What became of an article read: it may be a copy of an earlier one. */
    sealed interface OfArticle extends Outcome permits Converted, Invalid, Faulty {
        Article article();

        ArticleIdentity identity();
    }

    /** An input the readers could not make an article of. */
    record Unreadable(Problem problem) implements Outcome {}

    /** An article converted: its encoded output and how many claims it holds. */
    record Converted(Article article, ArticleIdentity identity, Object piece, int claims) implements OfArticle {}

    /** An article whose output fails the shapes: not written. */
    record Invalid(Article article, ArticleIdentity identity, List<Violation> violations) implements OfArticle {}

    /** An article isnad failed on (a bug): not written. */
    record Faulty(Article article, ArticleIdentity identity, Problem problem) implements OfArticle {}

    private static final int PROBLEMS_NAMED = 3;

    private final ConversionOutput output;
    private final PrintWriter err;
    private final ErrorReport errors;
    private final Progress progress;
    // 16-byte hashes → where the article was first seen, so that a copy names its original
    private final Map<ArticleIdentity.Hash, String> seenUrls = new HashMap<>(), seenTexts = new HashMap<>();
    private ArticleOutput.Assembler<Object> assembler;
    private int articles, claims, failed, invalid, duplicates, firstLineHeadlines, noHeadlines;

    ConversionLedger(ConversionOutput output, PrintWriter err, ErrorReport errors, Progress progress) {
        this.output = output;
        this.err = err;
        this.errors = errors;
        this.progress = progress;
    }

    void take(Outcome o) {
        if (o instanceof Unreadable u) {
            failed(u.problem());
        } else if (!duplicate((OfArticle) o)) {
            if (o instanceof Converted c) written(c);
            else if (o instanceof Invalid i) invalid(i);
            else if (o instanceof Faulty f) failed(f.problem());
        }
        progress.tick(articles, failed);
    }

    /** Completes the output and says what the run did. */
    Conversion.Summary finish() {
        if (assembler != null) assembler.finish();
        progress.done(articles, failed);
        return new Conversion.Summary(articles, claims, failed, invalid, duplicates, firstLineHeadlines, noHeadlines);
    }

    private void written(Converted c) {
        if (assembler == null) assembler = assembler();
        assembler.write(c.piece());
        articles++;
        claims += c.claims();
        if (c.article().headline() == Article.Headline.FIRST_LINE) firstLineHeadlines++;
        if (c.article().headline() == Article.Headline.NONE) noHeadlines++;
    }

    @SuppressWarnings("unchecked")
    private ArticleOutput.Assembler<Object> assembler() {
        return (ArticleOutput.Assembler<Object>) output.format().assembler(output.stream().get());
    }

    private void invalid(Invalid i) {
        invalid++;
        // the gist: each distinct problem once, with how often it occurs; the claims are in the SHACL report
        Map<String, Long> problems = i.violations().stream().collect(Collectors.groupingBy(
                v -> (v.path() == null ? "" : v.path() + ": ") + v.message(), LinkedHashMap::new, Collectors.counting()));
        String gist = problems.entrySet().stream().limit(PROBLEMS_NAMED)
                .map(e -> e.getKey() + (e.getValue() > 1 ? " (" + e.getValue() + " times)" : ""))
                .collect(Collectors.joining("; "));
        int more = problems.size() - PROBLEMS_NAMED;
        failed(new Problem(i.article().source(), null, "not written: its output fails the shapes ("
                + i.violations().size() + " violation(s)): " + gist + (more > 0 ? "; and " + more + " other problem(s)" : "")));
    }

    private void failed(Problem p) {
        failed++;
        progress.clearLine();
        err.println("isnad: " + p.message());
        errors.write(p);
    }

    /** True (and said) when an article of the same URL, or the same text from the same outlet, came before. */
    private boolean duplicate(OfArticle o) {
        ArticleIdentity id = o.identity();
        String where = o.article().source();
        String first = id.url() != null ? seenUrls.get(id.url()) : null;
        boolean sameUrl = first != null;
        if (first == null) first = seenTexts.get(id.text());
        if (first != null) {
            duplicates++;
            progress.clearLine();
            err.println("isnad: " + where + ": skipped, the same article as " + first
                    + (sameUrl ? " (same URL)" : " (same text, same outlet)"));
            return true;
        }
        if (id.url() != null) seenUrls.put(id.url(), where);
        seenTexts.put(id.text(), where);
        return false;
    }
}
