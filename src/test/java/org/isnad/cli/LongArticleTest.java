package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.isnad.extract.Lexicon;
import org.isnad.ingest.Article;
import org.isnad.ingest.ArticleOverrides;
import org.isnad.ingest.TextArticleSource;
import org.junit.jupiter.api.Test;

/**
 * A scraped page can hold a whole feed: extraction must cost time in proportion to its length (it once took
 * 61 s and 1.2 GB for 2 MB, comparing each event with every one before it).
 */
class LongArticleTest {

    @Test
    void aTwoMegabyteArticleTakesTimeInProportionToItsLength() throws Exception {
        Lexicon lexicon = Conversion.loadLexicon(List.of());
        Conversion conversion = new Conversion(lexicon, Extractors.standard(lexicon));
        TextArticleSource source = new TextArticleSource(lexicon.boilerplateLines());
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/seed"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                articles.add(source.read(f, ArticleOverrides.NONE));
            }
        }
        Article quarter = LongArticles.of(articles, 500_000), whole = LongArticles.of(articles, 2_000_000);
        conversion.extract(quarter);   // warm up
        // CPU time of this thread, not wall time: other builds on the machine do not count
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long t0 = cpu.getCurrentThreadCpuTime();
        int quarterClaims = conversion.extract(quarter).claims().size();
        long t1 = cpu.getCurrentThreadCpuTime();
        int wholeClaims = conversion.extract(whole).claims().size();
        long t2 = cpu.getCurrentThreadCpuTime();
        double quarterSeconds = (t1 - t0) / 1e9, wholeSeconds = (t2 - t1) / 1e9;
        assertTrue(wholeClaims > 3 * quarterClaims, "the whole long article is read: " + wholeClaims + " vs " + quarterClaims);
        assertTrue(wholeSeconds < 30, "2 MB extracted in " + wholeSeconds + " s");
        // linear is 4x; allow for some noise, not for a square (16x)
        assertTrue(wholeSeconds < 5 * Math.max(quarterSeconds, 0.05),
                "2 MB took " + wholeSeconds + " s against " + quarterSeconds + " s for 500 KB");
    }
}
