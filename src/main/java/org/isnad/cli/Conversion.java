package org.isnad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.isnad.BadInputException;
import org.isnad.extract.Claim;
import org.isnad.extract.Extractor;
import org.isnad.extract.Lexicon;
import org.isnad.ingest.Article;
import org.isnad.ingest.ArticleOverrides;
import org.isnad.ingest.ArticleSink;
import org.isnad.ingest.Inputs;
import org.isnad.ingest.Problem;
import org.isnad.ingest.ReadOptions;
import org.isnad.rdf.ArticleOutput;
import org.isnad.rdf.ClaimMapper;
import org.isnad.rdf.ConvertedArticle;
import org.isnad.validate.ClaimGraphValidator;
import org.isnad.validate.ClaimValidationSink;
import org.isnad.validate.ValidationResult;

/**
 * The conversion pipeline shared by {@code convert}, {@code demo} and {@code bench}: inputs → articles →
 * (worker threads: extractor → claims → quads → validation → encoded output) → one writer, in input order.
 * A bad article is named with its reason and skipped; the batch goes on. The same article seen twice in a
 * run (same URL, or same text up to white space from the same outlet) is written once.
 */
final class Conversion {

    /** What a run did: counts for the summary line and the exit code. */
    record Summary(int articles, int claims, int failed, int invalid, int duplicates, int firstLineHeadlines, int noHeadlines) {

        /** Which headline was chosen where none was given: "; first line taken as the headline". */
        String headlines() {
            if (firstLineHeadlines + noHeadlines == 0) return "";
            if (articles == 1)
                return firstLineHeadlines == 1 ? "; first line taken as the headline" : "; no headline: the first line is text";
            List<String> parts = new java.util.ArrayList<>();
            if (firstLineHeadlines > 0) parts.add(firstLineHeadlines + " with the first line taken as the headline");
            if (noHeadlines > 0) parts.add(noHeadlines + " with no headline (the first line is text)");
            return "; " + String.join(", ", parts);
        }
    }

    private final Lexicon lexicon;
    private final Extractor extractor;
    private final ClaimMapper mapper;

    /** @param extractor what reads the claims out of each article; built over the same {@code lexicon} */
    Conversion(Lexicon lexicon, Extractor extractor) {
        this.lexicon = lexicon;
        this.extractor = extractor;
        this.mapper = new ClaimMapper(lexicon, IsnadCommand.version(), extractor.method());
    }

    ClaimMapper mapper() { return mapper; }

    Extractor extractor() { return extractor; }

    Lexicon lexicon() { return lexicon; }

    static Lexicon loadLexicon(List<Path> reference) throws BadInputException {
        return Lexicon.load(reference == null || reference.isEmpty() ? List.of(ReferenceData.ontology()) : reference);
    }

    /** Files named, and the article files under directories named, in a stable order. */
    static List<Path> expand(List<Path> inputs) {
        return Inputs.expand(inputs);
    }

    /** The first article of one file (for eval, which pairs one file with one gold reading). */
    ConvertedArticle convert(Path file, ArticleOverrides overrides) throws BadInputException {
        Inputs in = new Inputs(ReadOptions.defaults(lexicon.boilerplateLines()).withOverrides(overrides));
        List<Article> got = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        in.read(file, new ArticleSink() {
            @Override public void article(Article a, String record) { got.add(a); }
            @Override public void failed(Problem p) { problems.add(p); }
        });
        if (!got.isEmpty()) return extract(got.get(0));
        Problem p = problems.isEmpty() ? new Problem(file.toString(), null, "holds no article") : problems.get(0);
        throw new BadInputException(p.file(), (p.record() != null ? "(" + p.record() + ") " : "") + p.reason());
    }

    ConvertedArticle extract(Article a) {
        List<Claim> claims = extractor.extract(a);
        return new ConvertedArticle(a, claims);
    }

    /**
     * Converts every article of {@code inputs} on {@code threads} worker threads and writes them, in input
     * order, through {@code output} (made at the first article written, so that a run converting nothing
     * writes nothing). With a {@code validator}, an article whose quads fail the shapes is not written.
     */
    Summary run(List<Path> inputs, ReadOptions options, ConversionOutput output, ClaimGraphValidator validator,
                int threads, PrintWriter err, ErrorReport errors, Progress progress) {
        ThreadLocal<ArticleOutput.Encoder<?>> encoders = ThreadLocal.withInitial(output.format()::encoder);
        ConversionLedger ledger = new ConversionLedger(output, err, errors, progress);
        Function<Article, ConversionLedger.Outcome> work = a -> convertOne(a, encoders.get(), validator);
        // enough articles in flight to keep every worker busy while the writer catches up, and no more
        try (OrderedPipeline<Article, ConversionLedger.Outcome> pipeline =
                     new OrderedPipeline<>(threads, 8 * threads, work, ledger::take)) {
            ArticleSink each = new ArticleSink() {
                @Override public void article(Article a, String record) { pipeline.submit(a); }
                @Override public void failed(Problem p) { pipeline.submitDone(new ConversionLedger.Unreadable(p)); }
            };
            Inputs reader = new Inputs(options);
            for (Path f : expand(inputs)) reader.read(f, each);
            pipeline.finish();
        }
        return ledger.finish();
    }

    /** On a worker thread: one article extracted, mapped, checked and encoded; a fault costs it only. */
    private ConversionLedger.Outcome convertOne(Article a, ArticleOutput.Encoder<?> encoder, ClaimGraphValidator validator) {
        ArticleIdentity identity = ArticleIdentity.of(a, lexicon);
        try {
            ConvertedArticle c = extract(a);
            if (validator == null) return new ConversionLedger.Converted(a, identity, encoder.encode(c, ArticleOutput.NO_STAGES), c.claims().size());
            ClaimValidationSink[] check = new ClaimValidationSink[1];
            Object piece = encoder.encode(c, s -> check[0] = new ClaimValidationSink(validator, s));
            ValidationResult result = check[0].result();
            if (!result.conforms()) return new ConversionLedger.Invalid(a, identity, result.violations());
            return new ConversionLedger.Converted(a, identity, piece, c.claims().size());
        } catch (org.isnad.extract.ExtractionException e) {
            // the extractor's source failed on this article (an endpoint, a malformed answer): bad input, not a fault
            return new ConversionLedger.Faulty(a, identity, new Problem(a.source(), null, e.reason()));
        } catch (RuntimeException | StackOverflowError e) {
            // a fault of isnad's on one article must not cost the others: name it, go on
            return new ConversionLedger.Faulty(a, identity, new Problem(a.source(), null,
                    "could not be converted (internal error: " + e + "); please report it"));
        }
    }

    /** A URL as an identity: no fragment, no trailing slash, host in lower case. */
    static String canonicalUrl(String url) {
        String u = url.strip();
        int hash = u.indexOf('#');
        if (hash >= 0) u = u.substring(0, hash);
        try {
            java.net.URI x = new java.net.URI(u);
            if (x.getHost() != null)
                u = new java.net.URI(x.getScheme().toLowerCase(), x.getUserInfo(), x.getHost().toLowerCase(), x.getPort(),
                        x.getPath(), x.getQuery(), null).toString();
        } catch (java.net.URISyntaxException | RuntimeException e) {
            // keep it as written: it is only a key
        }
        while (u.endsWith("/")) u = u.substring(0, u.length() - 1);
        return withoutHttpScheme(u);
    }

    /** As {@code u.replaceFirst("^https?://", "//")}, without compiling the regex for every article. */
    static String withoutHttpScheme(String u) {
        if (u.startsWith("http://")) return "//" + u.substring(7);
        if (u.startsWith("https://")) return "//" + u.substring(8);
        return u;
    }
}
