package org.isnad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.isnad.cli.IsnadCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The Spark job in local mode against {@code isnad convert --format nq} on the same input, byte for byte. */
class SparkConvertTest {
    @TempDir Path tmp;

    static final Path ROOT = Path.of(System.getProperty("isnad.root", ".."));
    static final String TITLE = "التحالف الدولي ينفذ غارات على مواقع الميليشيات بدير الزور";

    @Test
    void sortedPartsEqualConvertOnGeneratedArticlesAndAWholeTextFile() throws IOException {
        Path corpus = tmp.resolve("corpus.jsonl");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 120; i++) lines.add(article("https://example.org/scale/" + i, "SY24", i, seed() + "\n\n(scale-" + i + ")"));
        Files.write(corpus, lines, StandardCharsets.UTF_8);
        Path text = tmp.resolve("seed.txt");
        Files.copy(ROOT.resolve("src/test/resources/seed/sy24-deir-ez-zor-strikes.txt"), text);

        assertSameAsConvert(corpus, text);
    }

    @Test
    void copiesAreSkippedAsConvertSkipsThem() throws IOException {
        Path corpus = tmp.resolve("copies.jsonl");
        String seed = seed();
        Files.write(corpus, List.of(
                article("https://example.org/a", "SY24", 0, seed + "\n(a)"),
                article("https://example.org/a/", "SY24", 1, seed + "\n(another text, same URL)"),
                article("https://example.org/b", "SY24", 2, seed + "  \n(a)"),           // same text up to spaces
                article("https://example.org/c", "Enab Baladi", 3, seed + "\n(a)"),     // same text, other outlet
                "",
                "not json",
                article("https://example.org/d", "SY24", 4, seed + "\n(d)")), StandardCharsets.UTF_8);
        Path out = tmp.resolve("parts");
        assertEquals(SparkConvert.BAD_INPUT, SparkConvert.run("--master", "local[2]", "--output", out.toString(), corpus.toString()),
                "the line that is not JSON costs that line, and says so by the exit code");
        assertSameLines(convert(corpus), parts(out));
        String written = String.join("\n", parts(out));
        for (String kept : List.of("a", "c", "d")) assertTrue(written.contains("<https://example.org/" + kept + ">"), kept);
        assertFalse(written.contains("<https://example.org/b>"), "the copy of a's text from the same outlet is skipped");
    }

    @Test
    void anExistingOutputIsRefusedAndLeftAlone() throws IOException {
        Path out = Files.createDirectory(tmp.resolve("taken"));
        Files.writeString(out.resolve("keep.txt"), "mine");
        Path corpus = tmp.resolve("one.jsonl");
        Files.write(corpus, List.of(article("https://example.org/1", "SY24", 0, seed())), StandardCharsets.UTF_8);
        assertEquals(SparkConvert.USAGE, SparkConvert.run("--master", "local[1]", "--output", out.toString(), corpus.toString()));
        assertEquals("mine", Files.readString(out.resolve("keep.txt")));
        try (Stream<Path> s = Files.list(out)) { assertEquals(1, s.count()); }
    }

    private void assertSameAsConvert(Path... inputs) throws IOException {
        Path out = tmp.resolve("parts");
        List<String> args = new ArrayList<>(List.of("--master", "local[2]", "--output", out.toString()));
        for (Path p : inputs) args.add(p.toString());
        assertEquals(SparkConvert.OK, SparkConvert.run(args.toArray(String[]::new)));
        List<Path> parts = partFiles(out);
        assertTrue(parts.size() > 1, "the work was split: " + parts);
        List<String> expected = convert(inputs);
        assertTrue(expected.size() > 10_000, "convert wrote the quads");
        assertSameLines(expected, parts(out));
    }

    /** Sorted and joined, the same bytes (the message gives counts: the lines themselves are too many). */
    private static void assertSameLines(List<String> convert, List<String> spark) {
        assertTrue(Arrays.equals(joined(sorted(convert)), joined(sorted(spark))),
                "sorted parts (" + spark.size() + " lines) differ from convert's sorted N-Quads (" + convert.size() + " lines)");
    }

    /** isnad convert --format nq, in this JVM. */
    private List<String> convert(Path... inputs) throws IOException {
        Path nq = tmp.resolve("convert-" + System.nanoTime() + ".nq");
        List<String> args = new ArrayList<>(List.of("convert", "--format", "nq", "-o", nq.toString()));
        for (Path p : inputs) args.add(p.toString());
        int exit = new CommandLine(new IsnadCommand()).execute(args.toArray(String[]::new));
        assertTrue(exit == 0 || exit == 3, "convert ran: " + exit);
        return Files.readAllLines(nq, StandardCharsets.UTF_8);
    }

    private static List<Path> partFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> parts = s.filter(p -> p.getFileName().toString().matches("part-\\d+\\.nq")).sorted().toList();
            assertFalse(parts.isEmpty(), "no part files in " + dir);
            return parts;
        }
    }

    private static List<String> parts(Path dir) throws IOException {
        List<String> all = new ArrayList<>();
        for (Path p : partFiles(dir)) all.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
        return all;
    }

    /** In byte order, as LC_ALL=C sort. */
    private static List<String> sorted(List<String> lines) {
        return lines.stream().map(l -> l.getBytes(StandardCharsets.UTF_8)).sorted(Arrays::compareUnsigned)
                .map(b -> new String(b, StandardCharsets.UTF_8)).toList();
    }

    private static byte[] joined(List<String> lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String seed() throws IOException {
        return Files.readString(ROOT.resolve("src/test/resources/seed/sy24-deir-ez-zor-strikes.txt"), StandardCharsets.UTF_8);
    }

    /** One line as scripts/scale-corpus.sh writes it. */
    static String article(String url, String outlet, int day, String text) {
        return "{\"url\": " + json(url) + ", \"outlet\": " + json(outlet) + ", \"published\": "
                + json(LocalDate.of(2020, 1, 1).plusDays(day).toString()) + ", \"title\": " + json(TITLE)
                + ", \"text\": " + json(text) + "}";
    }

    private static String json(String s) {
        return org.isnad.rdf.JsonWriter.quote(s);
    }
}
