package org.isnad.cli;

import static org.isnad.cli.IsnadProcess.inProcess;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.isnad.cli.IsnadProcess.Run;
import org.isnad.vocab.Vocab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Article metadata that once went wrong: credentials in URLs, absurd limits, one text from two outlets. */
class ArticleEdgeCasesTest {

    static final String BODY = "قصف على إدلب\nقصفت قوات النظام مدينة إدلب أمس، ما أدى إلى أضرار في المنازل، حسب ناشطين.\n";

    @TempDir Path dir;

    Path article(String name, String header) throws Exception {
        return Files.writeString(dir.resolve(name), header + "published: 2023-05-02\n---\n" + BODY);
    }

    @Test
    void credentialsInAUrlAreNeverPublished() throws Exception {
        Path a = article("a.txt", "url: https://editor:s3cret@example.org/news/1?id=2#top\noutlet: SY24\n");
        for (String format : new String[] {"nq", "json"}) {
            Path out = dir.resolve("out." + format);
            Run r = inProcess("convert", "-f", format, "-o", out, a);
            assertEquals(0, r.exit(), r::toString);
            String written = Files.readString(out);
            assertFalse(written.contains("s3cret") || written.contains("editor"), written);
            assertTrue(written.contains("https://example.org/news/1?id=2#top"), written);
        }
        Run flag = inProcess("convert", "-f", "nq", "--url", "http://u:p@example.org/x", "-o", dir.resolve("f.nq"), a);
        assertEquals(0, flag.exit(), flag::toString);
        assertTrue(Files.readString(dir.resolve("f.nq")).contains("<http://example.org/x>"));
    }

    @Test
    void aLimitTheReaderCannotHonourIsAUsageError() throws Exception {
        Path a = article("a.txt", "");
        for (String n : new String[] {"0", "-1", "200000000", "9223372036854775807"}) {
            Run r = inProcess("convert", "--max-article-bytes", n, "-o", dir.resolve("x.trig"), a);
            assertEquals(ExitCodes.USAGE, r.exit(), () -> n + ": " + r);
            assertTrue(r.err().contains("--max-article-bytes"), r.err());
        }
        assertEquals(0, inProcess("convert", "--max-article-bytes", "100000000", "-o", dir.resolve("x.trig"), a).exit());
    }

    @Test
    void oneTextFromTwoOutletsIsTwoReports() throws Exception {
        Path sy24 = article("sy24.txt", "url: https://www.sy-24.com/1/\noutlet: SY24\n");
        Path enab = article("enab.txt", "url: https://www.enabbaladi.net/2/\noutlet: Enab Baladi\n");
        Path again = article("sy24-again.txt", "url: https://www.sy-24.com/1-copy/\noutlet: SY24\n");
        Path out = dir.resolve("both.nq");
        Run r = inProcess("convert", "-f", "nq", "-o", out, sy24, enab, again);
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.err().contains("2 article(s)") && r.err().contains("1 duplicate(s) skipped"), r.err());
        assertEquals(Set.of("enab-baladi", "sy24"), outletsOfClaims(out));

        // without URLs the text is the article's identity: the outlet keeps the two apart, and both validate
        Path bare1 = article("bare1.txt", "outlet: SY24\n"), bare2 = article("bare2.txt", "outlet: Enab Baladi\n");
        Path trig = dir.resolve("bare.trig");
        Run b = inProcess("convert", "-o", trig, bare1, bare2);
        assertEquals(0, b.exit(), b::toString);
        assertTrue(b.err().contains("2 article(s)"), b.err());
        Run v = inProcess("validate", trig);
        assertEquals(0, v.exit(), v::toString);
    }

    static Set<String> outletsOfClaims(Path nq) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.source(nq).lang(Lang.NQUADS).parse(dsg);
        Set<String> outlets = new TreeSet<>();
        dsg.find(null, null, org.apache.jena.graph.NodeFactory.createURI(Vocab.ISNAD + "outlet"), null)
                .forEachRemaining(q -> outlets.add(q.getObject().getURI().replace(Vocab.ID + "outlet/", "")));
        return outlets;
    }
}
