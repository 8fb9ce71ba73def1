package org.isnad.ingest;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.isnad.BadInputException;
import org.isnad.extract.ArabicClaimExtractor;
import org.isnad.extract.Claim;
import org.isnad.extract.Evidence;
import org.isnad.extract.Lexicon;
import org.apache.jena.riot.system.StreamRDFLib;
import org.isnad.rdf.ClaimMapper;
import org.isnad.rdf.ConvertedArticle;
import org.isnad.validate.ClaimGraphValidator;
import org.isnad.validate.ClaimValidationSink;
import org.isnad.validate.ValidationResult;

/**
 * Fuzzing the readers (text, HTML, JSON Lines, the byte decoder) and the extractor on what they produce.
 * The property: no exception but {@link BadInputException}, every evidence span lies in the article
 * text and is exactly {@code text.substring(start, end)}, and the claims, mapped to RDF, pass isnad's own
 * SHACL shapes, as {@code isnad validate} checks them. In the normal test run Jazzer replays the seeds
 * in {@code src/test/resources/org/isnad/ingest/ReadersFuzzTestInputs/}; {@link FuzzCampaignTest} runs a
 * short campaign in a child JVM.
 */
class ReadersFuzzTest {

    static final AtomicLong RUNS = new AtomicLong();
    static final Lexicon LEXICON;
    static final ArabicClaimExtractor EXTRACTOR;
    static final ReadOptions OPTIONS;
    static final ClaimMapper MAPPER;
    static final ClaimGraphValidator VALIDATOR;

    static {
        try {
            LEXICON = Lexicon.load(List.of(Path.of(System.getProperty("isnad.ontology", "ontology"))));
        } catch (BadInputException e) {
            throw new IllegalStateException(e);
        }
        EXTRACTOR = new ArabicClaimExtractor(LEXICON);
        MAPPER = new ClaimMapper(LEXICON, "fuzz");
        VALIDATOR = ClaimGraphValidator.fromDirectory(Path.of(System.getProperty("isnad.shapes", "shapes")));
        OPTIONS = new ReadOptions(ArticleOverrides.NONE, Encodings.Choice.DEFAULT, 64 * 1024, java.time.LocalDate.now(),
                LEXICON.boilerplateLines());
        String out = System.getProperty("isnad.fuzz.count");
        if (out != null) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    Files.writeString(Path.of(out), Long.toString(RUNS.get()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
    }

    @FuzzTest(maxDuration = "8s")
    void readersAndExtractor(FuzzedDataProvider data) {
        long n = RUNS.incrementAndGet();
        String file = System.getProperty("isnad.fuzz.count");
        if (file != null && n % 200 == 0) {
            try { Files.writeString(Path.of(file), Long.toString(n)); } catch (IOException e) { /* counted at exit too */ }
        }
        int kind = data.consumeInt(0, 3);
        Article a;
        try {
            a = switch (kind) {
                case 0 -> new TextArticleSource(OPTIONS).parse("fuzz.txt", data.consumeRemainingAsString(), ArticleOverrides.NONE);
                case 1 -> new HtmlArticleSource(OPTIONS).fromHtml("fuzz.html", data.consumeRemainingAsString(), null, ArticleMeta.NONE);
                case 2 -> new JsonLinesArticleSource(OPTIONS).parseLine("fuzz.jsonl:1", data.consumeRemainingAsString());
                default -> new TextArticleSource(OPTIONS).parse("fuzz.bin",
                        Encodings.decode("fuzz.bin", data.consumeRemainingAsBytes(), Encodings.Choice.DEFAULT, null), ArticleOverrides.NONE);
            };
        } catch (BadInputException e) {
            return;     // refused with a message: what a bad input should get
        }
        List<Claim> claims = EXTRACTOR.extract(a);
        String text = a.text();
        for (Claim c : claims)
            for (Evidence e : c.evidence()) {
                if (e.start() < 0 || e.end() > text.length() || e.start() > e.end())
                    throw new AssertionError("evidence [" + e.start() + ", " + e.end() + ") outside the text (length " + text.length() + ")");
                if (!text.substring(e.start(), e.end()).equals(e.text()))
                    throw new AssertionError("evidence text differs from text[" + e.start() + ", " + e.end() + ")");
            }
        assertValidRdf(a, claims);
    }

    /** What convert would write for the article passes the shapes `isnad validate` checks it with. */
    static void assertValidRdf(Article a, List<Claim> claims) {
        ClaimValidationSink sink = new ClaimValidationSink(VALIDATOR, StreamRDFLib.sinkNull());
        sink.start();
        MAPPER.map(new ConvertedArticle(a, claims), sink);
        sink.finish();
        ValidationResult result = sink.result();
        if (!result.conforms())
            throw new AssertionError("the output of " + a.source() + " fails isnad's shapes: " + result.violations()
                    + "\ntext: " + a.text());
    }

}
