package org.isnad.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.json.JSON;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that are not regular files (devices, pipes, standard input) are read at most up to the limit, each
 * bad input costs only itself, and a closed standard input or an unreadable directory is one named problem.
 */
class BoundedReadsTest {

    static final Path GOOD = Path.of("src/test/resources/ingest/maydin-fuel-truck.txt");

    @TempDir Path tmp;

    static long claims(Path json) throws IOException {
        return JSON.parseAny(Files.readString(json)).getAsArray().size();
    }

    @Test
    void anEndlessDeviceIsReadUpToTheLimitAndCostsOnlyItself() throws IOException {
        Path zero = Path.of("/dev/zero");
        Assumptions.assumeTrue(Files.exists(zero));
        Path out = tmp.resolve("out.json"), alone = tmp.resolve("alone.json");
        Cli.run("convert", "--format", "json", "-o", alone, GOOD).assertExit(0);
        Cli.Run r = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> Cli.run("convert", "--format", "json", "--max-article-bytes", "1000", "-o", out, zero, GOOD));
        r.assertExit(3);
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("isnad: /dev/zero: ") && l.contains("not a regular file")
                && l.contains("more than 1048576 bytes")), r::toString);
        assertEquals(claims(alone), claims(out), r::toString);
    }

    @Test
    void aPipeIsReadOnceAsItComes() throws Exception {
        Path fifo = tmp.resolve("article.txt");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        Assumptions.assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo is not available");
        byte[] article = Files.readAllBytes(GOOD);
        Thread writer = new Thread(() -> {
            try (OutputStream o = Files.newOutputStream(fifo)) {
                o.write(article);
            } catch (IOException e) {
                // the reader went away: the test says what it read
            }
        });
        writer.setDaemon(true);
        writer.start();
        Path out = tmp.resolve("fifo.json"), alone = tmp.resolve("alone.json");
        Cli.Run r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Cli.run("convert", "--format", "json", "-o", out, fifo));
        r.assertExit(0);
        Cli.run("convert", "--format", "json", "-o", alone, GOOD).assertExit(0);
        assertEquals(claims(alone), claims(out), r::toString);
    }

    @Test
    void aClosedStandardInputIsAClearErrorNotACrash() throws Exception {
        Path bash = Path.of("/bin/bash");
        Assumptions.assumeTrue(Files.isExecutable(bash) && Files.isDirectory(Path.of("/proc/self/fd")));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(bash.toString(), "-c", "exec \"$0\" -cp \"$1\" -Disnad.home=. org.isnad.cli.IsnadCommand convert -o \"$2\" - <&-",
                java, System.getProperty("java.class.path"), tmp.resolve("stdin.trig").toString());
        pb.directory(Path.of("").toAbsolutePath().toFile());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(3, p.exitValue(), output);
        assertTrue(output.contains("isnad: <stdin>: standard input is closed"), output);
    }

    @Test
    void anUnreadableDirectoryIsOneProblemAndTheRestOfTheTreeIsConverted() throws IOException {
        Path tree = tmp.resolve("tree"), locked = tree.resolve("b-locked");
        Files.createDirectories(tree.resolve("a"));
        Files.copy(GOOD, tree.resolve("a/good.txt"));
        Files.createDirectories(locked);
        Files.writeString(locked.resolve("hidden.txt"), "نص لا يُقرأ.\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            Assumptions.assumeFalse(Files.isReadable(locked), "running as root: chmod 000 does not stop reading");
            Path out = tmp.resolve("tree.json"), errors = tmp.resolve("errors.jsonl");
            Cli.Run r = Cli.run("convert", "--format", "json", "-o", out, "--errors", errors, tree);
            r.assertExit(3);
            assertTrue(r.err().contains("isnad: " + locked + ": "), r::toString);
            assertEquals(1, Files.readAllLines(errors).size(), r::toString);
            assertTrue(claims(out) > 0, r::toString);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aFileThatGrowsPastItsSizeIsStillBounded() throws IOException {
        // /proc files say they are 0 bytes long and then give more: the size is not trusted
        Path proc = Path.of("/proc/self/maps");
        Assumptions.assumeTrue(Files.isReadable(proc) && Files.size(proc) == 0);
        org.isnad.BadInputException e = assertThrows(org.isnad.BadInputException.class, () -> new Input("maps", proc).readAll(10));
        assertTrue(e.getMessage().contains("over the limit of 10"), e::getMessage);
    }
}
