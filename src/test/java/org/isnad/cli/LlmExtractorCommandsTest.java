package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.isnad.extract.llm.FakeModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code isnad convert --extractor llm} and {@code isnad eval --extractor llm} as a user runs them, in a child JVM
 * whose environment points at a fake endpoint on 127.0.0.1 (no model on this machine, no network).
 */
class LlmExtractorCommandsTest {

    static final Path DEVSET = Path.of("src/test/resources/devset");
    static final Path ARTICLE = DEVSET.resolve("2001-sy24-drone-albukamal.txt");
    static String answer;

    @TempDir Path tmp;

    /** The strike of the dev set's article, told as a model would: its quote taken from the file itself. */
    @BeforeAll
    static void cannedAnswer() throws Exception {
        String quote = Files.readAllLines(ARTICLE, StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("قُتل")).findFirst().orElseThrow().strip();
        answer = FakeModel.answer(FakeModel.event("Air/drone strike", quote, "البو كمال", "أمس الاثنين",
                "طائرة مسيرة مجهولة", "مصادر محلية", "asserted", 2, 1));
    }

    private static IsnadProcess.Run child(FakeModel m, Path cache, Object... args) throws Exception {
        ProcessBuilder pb = IsnadProcess.child(args);
        pb.environment().remove("ISNAD_LLM_ENDPOINT");
        if (m != null) pb.environment().put("ISNAD_LLM_ENDPOINT", m.endpoint());
        if (cache != null) pb.environment().put("ISNAD_LLM_CACHE", cache.toString());
        pb.environment().put("ISNAD_LLM_API_KEY", "s3cret");
        Path out = Files.createTempFile("isnad-llm", ".out"), err = Files.createTempFile("isnad-llm", ".err");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        int rc = pb.start().waitFor();
        IsnadProcess.Run r = new IsnadProcess.Run(rc, Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    @Test
    void convertWritesShapeValidClaimsAndTheSameQuadsFromTheCache() throws Exception {
        Path cache = tmp.resolve("cache");
        try (FakeModel m = new FakeModel(body -> answer)) {
            Path first = tmp.resolve("first.nq"), second = tmp.resolve("second.nq");
            IsnadProcess.Run r = child(m, cache, "convert", "--extractor", "llm", "-f", "nq", "-o", first, ARTICLE);
            assertEquals(0, r.exit(), r.toString());
            assertFalse(r.err().contains("s3cret"), "the key is never printed");
            assertTrue(Files.readString(first).contains("AirDroneStrike"));
            r = child(m, cache, "convert", "--extractor", "llm", "-f", "nq", "-o", second, ARTICLE);
            assertEquals(0, r.exit(), r.toString());
            assertEquals(1, m.calls(), "the second run read the cache");
            assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second), "the same answer, the same quads");
            IsnadProcess.Run v = IsnadProcess.inProcess("validate", first);
            assertEquals(ExitCodes.OK, v.exit(), v.toString());
        }
    }

    @Test
    void evalScoresTheLlmExtractorOnTheDevSetsGold() throws Exception {
        try (FakeModel m = new FakeModel(body -> answer)) {
            IsnadProcess.Run r = child(m, null, "eval", "--extractor", "llm", "--gold", DEVSET, ARTICLE);
            assertEquals(0, r.exit(), r.toString());
            // the gold tells three events; the canned answer one, which matches, with its speaker and date
            assertTrue(r.out().matches("(?s).*2001-sy24-drone-albukamal\\.txt\\s+3\\s+1\\s+1\\s+1\\.00\\s+0\\.33\\s+0\\.50\\s+1/1\\s+1/1.*"), r.out());
            assertEquals(1, m.calls());
        }
    }

    @Test
    void aFailingEndpointIsReportedForTheArticleAndTheRunGoesOn() throws Exception {
        try (FakeModel m = new FakeModel(body -> "not json at all")) {
            Path out = tmp.resolve("out.nq");
            IsnadProcess.Run r = child(m, null, "convert", "--extractor", "llm", "-f", "nq", "-o", out, ARTICLE,
                    DEVSET.resolve("2002-enab-shelling-ariha.txt"));
            assertNotEquals(0, r.exit(), r.toString());
            assertTrue(r.err().contains("2001-sy24-drone-albukamal.txt: the language model's answer is malformed"), r.err());
            assertTrue(r.err().contains("2002-enab-shelling-ariha.txt: the language model's answer is malformed"), r.err());
            assertFalse(r.err().contains("internal error"), r.err());
            assertEquals(2, m.calls(), "the run went on to the second article");
        }
    }

    @Test
    void withoutAnEndpointTheCommandNamesTheVariable() throws Exception {
        IsnadProcess.Run r = child(null, null, "convert", "--extractor", "llm", ARTICLE);
        assertEquals(ExitCodes.USAGE, r.exit(), r.toString());
        assertTrue(r.err().contains("ISNAD_LLM_ENDPOINT"), r.err());
    }
}
