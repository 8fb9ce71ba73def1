package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.isnad.extract.InvalidOutputExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** convert on several threads: the same bytes as on one, and --validate keeping invalid output out. */
class ParallelConvertTest {

    @TempDir static Path dir;
    static Path corpus;

    private static IsnadProcess.Run run(String... args) {
        return IsnadProcess.inProcess((Object[]) args);
    }

    /** The seed article 60 times under its own URL and tag, with a copy, a text copy and a broken line. */
    @BeforeAll
    static void corpus() throws Exception {
        String seed = Files.readString(Path.of("src/test/resources/seed/sy24-deir-ez-zor-strikes.txt"));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 60; i++) lines.add(line("https://example.org/p/" + i, "2021-01-" + (10 + i % 19), seed + "\n\n(p-" + i + ")"));
        lines.add(line("https://example.org/p/7", "2021-01-17", seed + "\n\n(p-7)"));              // same URL
        lines.add(line("https://example.org/other", "2021-01-12", seed + "\n\n  (p-2)  "));       // same text
        lines.add(24, "{\"url\": \"https://example.org/broken\", \"text\": ");                     // unreadable
        corpus = dir.resolve("corpus.jsonl");
        Files.write(corpus, lines);
    }

    private static String line(String url, String published, String text) {
        JsonObject o = new JsonObject();
        o.put("url", url);
        o.put("outlet", "SY24");
        o.put("published", published);
        o.put("text", text);
        return JSON.toStringFlat(o);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nq", "trig", "json", "csv", "jsonld", "ttl"})
    void manyThreadsWriteTheBytesOfOne(String format) throws Exception {
        Path one = dir.resolve("one." + format), four = dir.resolve("four." + format);
        IsnadProcess.Run r1 = run("convert", "--threads", "1", "--format", format, "--progress-every", "0", "-o", one.toString(), corpus.toString());
        IsnadProcess.Run r4 = run("convert", "--threads", "4", "--format", format, "--progress-every", "0", "-o", four.toString(), corpus.toString());
        assertEquals(3, r1.exit(), r1.err());   // the broken line
        assertTrue(r1.err().contains("60 article(s)"), r1.err());
        assertTrue(r1.err().contains("2 duplicate(s) skipped"), r1.err());
        assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(four), format + ": output of 4 threads differs from 1");
        assertEquals(r1.err(), r4.err(), "stderr in input order whatever the threads");
    }

    @Test
    void threadsOutOfRangeAreAUsageError() {
        assertEquals(2, run("convert", "--threads", "0", corpus.toString()).exit());
    }

    @Test
    void anArticleWhoseOutputFailsTheShapesIsNotWrittenAndTheRunExits1() throws Exception {
        Extractors.register("test-invalid", InvalidOutputExtractor::new);
        String seed = Files.readString(Path.of("src/test/resources/seed/sy24-deir-ez-zor-strikes.txt"));
        Path in = dir.resolve("some-invalid.jsonl");
        Files.write(in, List.of(
                line("https://example.org/v/1", "2021-02-01", seed + "\n(v-1)"),
                line("https://example.org/v/2", "2021-02-02", seed + "\n(v-2) " + InvalidOutputExtractor.MARK),
                line("https://example.org/v/3", "2021-02-03", seed + "\n(v-3)")));
        Path out = dir.resolve("valid.nq"), errors = dir.resolve("errors.jsonl");
        IsnadProcess.Run r = run("convert", "--validate", "--extractor", "test-invalid", "--threads", "2", "--format", "nq",
                "--errors", errors.toString(), "-o", out.toString(), in.toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("some-invalid.jsonl:2: not written: its output fails the shapes"), r.err());
        assertTrue(r.err().contains("isnad:confidence: A claim has exactly one isnad:confidence"), "the gist names the property: " + r.err());
        assertTrue(r.err().contains("2 article(s)") && r.err().contains("1 failed (1 failing the shapes)"), r.err());
        String nq = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(nq.contains("example.org/v/1") && nq.contains("example.org/v/3"), "the valid articles are written");
        assertFalse(nq.contains("example.org/v/2"), "the invalid article is not");
        String report = Files.readString(errors);
        assertEquals(1, report.lines().count(), report);
        assertTrue(report.contains("fails the shapes"), report);

        IsnadProcess.Run valid = run("convert", "--validate", "--threads", "2", "--format", "nq", "-o", dir.resolve("all.nq").toString(), in.toString());
        assertEquals(0, valid.exit(), "the standard extractor's output passes: " + valid.err());
    }
}
