package org.isnad.cli;

import static org.isnad.cli.IsnadProcess.inProcess;
import static org.junit.jupiter.api.Assertions.*;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.isnad.cli.IsnadProcess.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -o} and the other output files write only where a file is or may be, and never replace what is not one. */
class OutputPathsTest {

    static final Path EXAMPLE = Path.of("examples", "sy24-deir-ez-zor-strikes.txt");

    @TempDir Path dir;

    @Test
    void aDeviceIsWrittenToAndStaysADevice() throws Exception {
        Path dev = IsnadProcess.device(dir, "/dev/null", 1, 3);
        Run r = inProcess("convert", "-f", "nq", "-o", dev, EXAMPLE);
        assertEquals(0, r.exit(), r::toString);
        assertEquals(IsnadProcess.CHAR_DEVICE, IsnadProcess.fileType(dev), "the device was replaced by a file");
        assertEquals(List.of(), IsnadProcess.partFiles(dev.getParent()));
    }

    @Test
    void aPipeIsWrittenToAndStaysAPipe() throws Exception {
        Path fifo = IsnadProcess.mkfifo(dir, "pipe.nq");
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (Exception e) {
                return "failed: " + e;
            }
        });
        Run r = inProcess("convert", "-f", "nq", "-o", fifo, EXAMPLE);
        assertEquals(0, r.exit(), r::toString);
        assertEquals(IsnadProcess.FIFO, IsnadProcess.fileType(fifo), "the pipe was replaced by a file");
        String got = read.get(20, TimeUnit.SECONDS);
        assertTrue(got.contains("<https://w3id.org/isnad/id/article/"), got);
    }

    @Test
    void aSymlinkIsFollowedAndStays() throws Exception {
        Path target = Files.writeString(dir.resolve("t"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.nq"), Path.of("t"));
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.nq"), Path.of("new-target.nq"));
        assertEquals(0, inProcess("convert", "-f", "nq", "-o", link, EXAMPLE).exit());
        assertEquals(0, inProcess("convert", "-f", "nq", "--errors", dangling, "-o", dir.resolve("x.nq"), EXAMPLE).exit());
        assertTrue(Files.isSymbolicLink(link), "the link was replaced by a file");
        assertTrue(Files.readString(target).contains("<https://w3id.org/isnad/id/article/"));
        assertTrue(Files.isSymbolicLink(dangling));
        assertTrue(Files.isRegularFile(dir.resolve("new-target.nq")), "the dangling link's target is created");
    }

    @Test
    void aDirectoryIsRefusedAsUsage() throws Exception {
        Path d = Files.createDirectory(dir.resolve("d"));
        Run r = inProcess("convert", "-f", "nq", "-o", d, EXAMPLE);
        assertEquals(ExitCodes.USAGE, r.exit(), r::toString);
        assertTrue(r.err().contains("is a directory"), r.err());
        assertTrue(Files.isDirectory(d));
        assertEquals(List.of(), IsnadProcess.partFiles(dir));

        Path trig = dir.resolve("c.trig");
        assertEquals(0, inProcess("convert", "-o", trig, EXAMPLE).exit());
        Run v = inProcess("validate", "--report", d, trig);
        assertEquals(ExitCodes.USAGE, v.exit(), v::toString);
        assertTrue(v.err().contains("is a directory"), v.err());
    }

    @Test
    void anInputIsNeverOverwritten() throws Exception {
        Path in = Files.copy(EXAMPLE, dir.resolve("in.txt"));
        String before = Files.readString(in);
        Run r = inProcess("convert", "-f", "nq", "-o", in, in);
        assertEquals(ExitCodes.USAGE, r.exit(), r::toString);
        assertTrue(r.err().contains("input"), r.err());
        assertEquals(before, Files.readString(in));

        // also when the input is named by its directory, or the output through a link
        Path link = Files.createSymbolicLink(dir.resolve("out.txt"), Path.of("in.txt"));
        Run viaDir = inProcess("convert", "-f", "nq", "-o", link, dir);
        assertEquals(ExitCodes.USAGE, viaDir.exit(), viaDir::toString);
        assertEquals(before, Files.readString(in));

        Path trig = dir.resolve("c.trig");
        assertEquals(0, inProcess("convert", "-o", trig, in).exit());
        Run v = inProcess("validate", "--report", trig, trig);
        assertEquals(ExitCodes.USAGE, v.exit(), v::toString);
    }

    @Test
    void anExistingFileKeepsItsPermissions() throws Exception {
        Path out = Files.writeString(dir.resolve("p.nq"), "old");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r-----"));
        Path errors = Files.writeString(dir.resolve("errors.jsonl"), "old");
        Files.setPosixFilePermissions(errors, PosixFilePermissions.fromString("rw-------"));
        assertEquals(0, inProcess("convert", "-f", "nq", "-o", out, "--errors", errors, EXAMPLE).exit());
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(errors)));
        assertNotEquals("old", Files.readString(out));
    }

    @Test
    void aKilledRunLeavesNoTemporaryFile() throws Exception {
        Path out = dir.resolve("out.nq");
        for (boolean hard : new boolean[] {false, true}) {
            // reading standard input that never ends: the run is killed while its output is open
            Process p = IsnadProcess.child("convert", "-f", "nq", "-o", out, "-")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (IsnadProcess.partFiles(dir).isEmpty() && p.isAlive() && System.nanoTime() < deadline) Thread.sleep(20);
                assertFalse(IsnadProcess.partFiles(dir).isEmpty(), "the run never opened its output");
            } finally {
                if (hard) p.destroyForcibly(); else p.destroy();     // SIGKILL, SIGTERM
                assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            }
            if (!hard) assertEquals(List.of(), IsnadProcess.partFiles(dir), "SIGTERM left a temporary file");
        }
        // kill -9 runs no hook: the next run writing there tidies up
        assertEquals(0, inProcess("convert", "-f", "nq", "-o", out, EXAMPLE).exit());
        assertEquals(List.of(), IsnadProcess.partFiles(dir));
        assertTrue(Files.isRegularFile(out, LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void exportAndEvalOpenTheirOutputsTheSameWay() throws Exception {
        Path trig = dir.resolve("c.trig"), store = dir.resolve("store");
        assertEquals(0, inProcess("convert", "-o", trig, EXAMPLE).exit());
        assertEquals(0, inProcess("load", "--store", store, trig).exit());
        Path target = Files.writeString(dir.resolve("dump-target.nq"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("dump.nq"), Path.of("dump-target.nq"));
        Run e = inProcess("export", "--store", store, "--format", "nq", "-o", link);
        assertEquals(0, e.exit(), e::toString);
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readString(target).contains("<https://w3id.org/isnad/id/article/"));
        Run toDir = inProcess("export", "--store", store, "-o", Files.createDirectory(dir.resolve("d")));
        assertEquals(ExitCodes.USAGE, toDir.exit(), toDir::toString);

        String seed = "src/test/resources/seed/sy24-deir-ez-zor-strikes.txt";
        Path copy = Files.copy(Path.of(seed), dir.resolve("sy24-deir-ez-zor-strikes.txt"));
        Run overInput = inProcess("eval", "--gold", "src/test/resources/seed", "--json", copy, copy);
        assertEquals(ExitCodes.USAGE, overInput.exit(), overInput::toString);
    }
}
