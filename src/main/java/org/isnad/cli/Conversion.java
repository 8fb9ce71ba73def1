package org.isnad.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
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
import org.isnad.rdf.ClaimMapper;
import org.isnad.rdf.ClaimSink;
import org.isnad.rdf.ConvertedArticle;

/**
 * The conversion pipeline shared by {@code convert} and {@code demo}: inputs → articles → extractor →
 * claims → sink, one article at a time. A bad article is named with its reason and skipped; the batch goes
 * on. The same article seen twice in a run (same URL, or same text up to white space from the same outlet) is
 * converted once.
 */
final class Conversion {

    /** What a run did: counts for the summary line and the exit code. */
    record Summary(int articles, int claims, int failed, int duplicates, int firstLineHeadlines, int noHeadlines) {

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
        this.mapper = new ClaimMapper(lexicon, IsnadCommand.version());
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

    Summary run(List<Path> inputs, ReadOptions options, ClaimSink sink, PrintWriter err, ErrorReport errors, Progress progress) {
        Inputs reader = new Inputs(options);
        int[] counts = new int[6]; // articles, claims, failed, duplicates, first-line headlines, no headlines
        Map<String, String> seenUrls = new HashMap<>(), seenTexts = new HashMap<>();
        ArticleSink each = new ArticleSink() {
            @Override public void article(Article a, String record) {
                String where = a.source();
                String urlKey = a.url() == null ? null : canonicalUrl(a.url());
                // one text from two outlets is two reports of it ("which outlets relayed it?"); from one, a copy
                String textKey = lexicon.outletIri(a.outlet()) + " " + textKey(a.text());
                String first = urlKey != null ? seenUrls.get(urlKey) : null;
                if (first == null) first = seenTexts.get(textKey);
                if (first != null) {
                    counts[3]++;
                    progress.clearLine();
                    err.println("isnad: " + where + ": skipped, the same article as " + first
                            + (urlKey != null && seenUrls.containsKey(urlKey) ? " (same URL)" : " (same text, same outlet)"));
                    progress.tick(counts[0], counts[2]);
                    return;
                }
                if (urlKey != null) seenUrls.put(urlKey, where);
                seenTexts.put(textKey, where);
                try {
                    ConvertedArticle c = extract(a);
                    sink.accept(c);
                    counts[0]++;
                    counts[1] += c.claims().size();
                    if (a.headline() == Article.Headline.FIRST_LINE) counts[4]++;
                    if (a.headline() == Article.Headline.NONE) counts[5]++;
                } catch (RuntimeException | StackOverflowError e) {
                    // an output that cannot be written ends the run: every article after would fail alike
                    if (OutputException.in(e).isPresent()) throw e;
                    // a fault of isnad's on one article must not cost the others: name it, go on
                    failed(new Problem(where, null, "could not be converted (internal error: " + e + "); please report it"));
                    return;
                }
                progress.tick(counts[0], counts[2]);
            }

            @Override public void failed(Problem p) {
                counts[2]++;
                progress.clearLine();
                err.println("isnad: " + p.message());
                errors.write(p);
                progress.tick(counts[0], counts[2]);
            }
        };
        for (Path f : expand(inputs)) reader.read(f, each);
        sink.finish();
        progress.done(counts[0], counts[2]);
        return new Summary(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
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
        return u.replaceFirst("^https?://", "//");
    }

    /** The text up to white space, hashed: two copies of one article that differ only in spacing are one. */
    static String textKey(String text) {
        String norm = text.replaceAll("[\\s\\u00A0\\u200B-\\u200F\\uFEFF]+", " ").strip();
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(norm.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
