package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.isnad.cli.IsnadProcess.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write that fails (a full disk, a closed pipe) is an error with a message, in a real process. */
class WriteFailureTest {

    @TempDir static Path dir;
    static Path articles;

    /** 42 articles (the examples under other URLs, each with a line of its own): far more output than a pipe or a buffer holds. */
    @BeforeAll
    static void manyArticles() throws Exception {
        articles = Files.createDirectory(dir.resolve("articles"));
        int n = 0;
        try (var s = Files.list(Path.of("examples"))) {
            for (Path ex : s.sorted().toList()) {
                String text = Files.readString(ex);
                for (int copy = 0; copy < 14; copy++)
                    Files.writeString(articles.resolve("a" + (n++) + ".txt"),
                            text.replaceFirst("(?m)^url: (\\S+)", "url: $1?copy=" + copy) + "\nنسخة " + copy + "\n");
            }
        }
    }

    static Run run(ProcessBuilder pb) throws Exception {
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = pb.redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "isnad did not end");
        return new Run(p.exitValue(), "", Files.readString(err));
    }

    static void assertCleanFailure(Run r, String reason) {
        assertEquals(ExitCodes.BAD_INPUT, r.exit(), r::toString);
        assertTrue(r.err().contains(reason), r::toString);
        assertFalse(r.err().contains("\tat "), () -> "a stack trace: " + r);
        assertFalse(r.err().contains("internal error"), () -> "a write failure is no fault of the articles: " + r);
    }

    @Test
    void stdoutOnAFullDiskIsAnError() throws Exception {
        Run r = run(IsnadProcess.child("convert", "-f", "nq", articles).redirectOutput(new File("/dev/full")));
        assertCleanFailure(r, "standard output: cannot write: No space left on device");
    }

    @Test
    void aFullDeviceAsOutputIsAnError() throws Exception {
        Path full = IsnadProcess.device(dir, "/dev/full", 1, 7);
        Run r = run(IsnadProcess.child("convert", "-f", "nq", "-o", full, articles).redirectOutput(ProcessBuilder.Redirect.DISCARD));
        assertCleanFailure(r, "No space left on device");
        assertTrue(r.err().contains(full.toString()), r::toString);
        assertEquals(IsnadProcess.CHAR_DEVICE, IsnadProcess.fileType(full));
    }

    @Test
    void textOnAFullStdoutIsAnError() throws Exception {
        Path trig = dir.resolve("one.trig");
        assertEquals(0, IsnadProcess.inProcess("convert", "-o", trig, OutputPathsTest.EXAMPLE).exit());
        Run r = run(IsnadProcess.child("validate", "--format", "turtle", trig).redirectOutput(new File("/dev/full")));
        assertCleanFailure(r, "standard output: cannot write: No space left on device");
    }

    @Test
    void aClosedPipeIsAnError() throws Exception {
        Path err = dir.resolve("pipe-err.txt");
        Process p = IsnadProcess.child("convert", "-f", "nq", articles).redirectError(err.toFile()).start();
        try (InputStream out = p.getInputStream()) {
            assertEquals(10, out.readNBytes(10).length);    // like 'isnad convert … | head -c 10'
        }
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        Run r = new Run(p.exitValue(), "", Files.readString(err, StandardCharsets.UTF_8));
        assertCleanFailure(r, "standard output: cannot write");
    }
}
