package org.isnad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.isnad.extract.ArabicClaimExtractor;
import org.isnad.extract.Claim;
import org.isnad.extract.Extractor;
import org.isnad.extract.Lexicon;
import org.isnad.ingest.Article;
import org.isnad.ingest.ArticleOverrides;
import org.isnad.ingest.ArticleSource;
import org.isnad.BadInputException;
import org.isnad.ingest.TextArticleSource;
import org.isnad.rdf.ClaimMapper;
import org.isnad.rdf.ClaimSink;
import org.isnad.rdf.ConvertedArticle;

/**
 * The conversion pipeline shared by {@code convert} and {@code demo}: source → article → extractor →
 * claims → sink, one article at a time. A bad article is reported and skipped; the batch goes on.
 */
final class Conversion {

    /** What a run did: counts for the summary line and the exit code. */
    record Summary(int articles, int claims, int failed) {}

    private final Lexicon lexicon;
    private final ArticleSource source;
    private final Extractor extractor;
    private final ClaimMapper mapper;

    Conversion(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.source = new TextArticleSource(lexicon.boilerplateLines());
        this.extractor = new ArabicClaimExtractor(lexicon);
        this.mapper = new ClaimMapper(lexicon, IsnadCommand.version());
    }

    ClaimMapper mapper() { return mapper; }

    Lexicon lexicon() { return lexicon; }

    static Lexicon loadLexicon(List<Path> reference) throws BadInputException {
        return Lexicon.load(reference == null || reference.isEmpty() ? List.of(ReferenceData.dir("ontology")) : reference);
    }

    /** Files named, and the {@code .txt} files under directories named, in a stable order. */
    static List<Path> expand(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".txt")).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    ConvertedArticle convert(Path file, ArticleOverrides overrides) throws BadInputException {
        return extract(source.read(file, overrides));
    }

    ConvertedArticle extract(Article a) {
        List<Claim> claims = extractor.extract(a);
        return new ConvertedArticle(a, claims);
    }

    Summary run(List<Path> inputs, ArticleOverrides overrides, ClaimSink sink, PrintWriter err) {
        int articles = 0, claims = 0, failed = 0;
        for (Path f : expand(inputs)) {
            try {
                ConvertedArticle c = convert(f, overrides);
                sink.accept(c);
                articles++;
                claims += c.claims().size();
            } catch (BadInputException e) {
                failed++;
                err.println("isnad: " + e.getMessage());
            } catch (RuntimeException e) {
                // a fault of isnad's on one article must not cost the others: name it, go on
                failed++;
                err.println("isnad: " + f + ": could not be converted (internal error: " + e + "); please report it");
            }
        }
        sink.finish();
        return new Summary(articles, claims, failed);
    }
}
