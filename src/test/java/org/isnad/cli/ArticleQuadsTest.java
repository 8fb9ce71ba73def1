package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.isnad.BadInputException;
import org.isnad.ingest.Article;
import org.isnad.ingest.ArticleSink;
import org.isnad.ingest.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ArticleQuads, the per-article entry point of the Spark job, writes what convert --format nq writes. */
class ArticleQuadsTest {
    @TempDir Path dir;

    static final Path SEED = Path.of("src/test/resources/seed/sy24-deir-ez-zor-strikes.txt");

    @Test
    void oneArticleAtATimeGivesConvertsQuads() throws Exception {
        String text = Files.readString(SEED, StandardCharsets.UTF_8).replace("\\", "\\\\").replace("\"", "\\\"")
                .replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
        String line = "{\"url\": \"https://example.org/1\", \"outlet\": \"SY24\", \"published\": \"2022-08-25\", \"text\": \"" + text + "\"}";
        Path jsonl = Files.writeString(dir.resolve("one.jsonl"), "\uFEFF" + line + "\n");
        Path txt = Files.copy(SEED, dir.resolve("seed.txt"));
        Path nq = dir.resolve("out.nq");
        assertEquals(0, IsnadCommand.commandLine().execute("convert", "--format", "nq", "-o", nq.toString(), jsonl.toString(), txt.toString()));

        ArticleQuads quads = ArticleQuads.load(List.of());
        List<String> got = new ArrayList<>(quads.nquads(quads.jsonLine("one.jsonl:1", "\uFEFF" + line)));
        quads.readFile(txt, new ArticleSink() {
            @Override public void article(Article a, String record) { got.addAll(quads.nquads(a)); }
            @Override public void failed(Problem p) { throw new AssertionError(p.message()); }
        });
        List<String> expected = Files.readAllLines(nq, StandardCharsets.UTF_8);
        assertTrue(expected.size() > 200);
        assertEquals(expected.stream().sorted().toList(), got.stream().sorted().toList());
    }

    @Test
    void aBadLineIsNamed() throws Exception {
        ArticleQuads quads = ArticleQuads.load(List.of());
        BadInputException e = assertThrows(BadInputException.class, () -> quads.jsonLine("c.jsonl:7", "[1]"));
        assertTrue(e.getMessage().contains("c.jsonl:7"), e.getMessage());
    }

    @Test
    void copiesHaveTheKeysConvertSkipsThemBy() throws Exception {
        ArticleQuads quads = ArticleQuads.load(List.of());
        Article a = quads.jsonLine("a", "{\"url\": \"https://Example.org/x/#top\", \"outlet\": \"SY24\", \"text\": \"نص  الخبر\"}");
        Article b = quads.jsonLine("b", "{\"url\": \"http://example.org/x\", \"outlet\": \"SY24\", \"text\": \"نص الخبر\"}");
        assertEquals(quads.urlKey(a), quads.urlKey(b));
        assertEquals(quads.textKey(a), quads.textKey(b));
    }
}
