package org.isnad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Test helpers: isnad run in this JVM or in a child process (for real stdout and signals), and special files. */
final class IsnadProcess {
    private IsnadProcess() {}

    record Run(int exit, String out, String err) {
        @Override public String toString() { return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err; }
    }

    static Run inProcess(Object... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = IsnadCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int rc = cl.execute(strings(args));
        return new Run(rc, out.toString(), err.toString());
    }

    /** A child JVM running isnad's main with this project as isnad home; stdout and stdin are the caller's to set. */
    static ProcessBuilder child(Object... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(java, "-Disnad.home=" + Path.of("").toAbsolutePath(), "-cp", cp,
                "org.isnad.cli.IsnadCommand"));
        cmd.addAll(List.of(strings(args)));
        return new ProcessBuilder(cmd);
    }

    static String[] strings(Object... args) {
        return java.util.Arrays.stream(args).map(Object::toString).toArray(String[]::new);
    }

    /** A character device made with mknod (root only), or null when this user cannot make one. */
    static Path mknod(Path dir, String name, int major, int minor) throws Exception {
        Path p = dir.resolve(name);
        if (!runs("mknod", "-m", "666", p.toString(), "c", Integer.toString(major), Integer.toString(minor))) return null;
        return p;
    }

    /**
     * A device that acts as /dev/null (1,3) or /dev/full (1,7): made with mknod when this user can, else the
     * system's own, which a user who cannot mknod also cannot replace (so a broken isnad cannot damage it).
     */
    static Path device(Path dir, String systemPath, int major, int minor) throws Exception {
        Path made = mknod(dir, Path.of(systemPath).getFileName() + "-dev", major, minor);
        if (made != null) return made;
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(Path.of("/dev")), "cannot mknod, and /dev is writable");
        return Path.of(systemPath);
    }

    static Path mkfifo(Path dir, String name) throws Exception {
        Path p = dir.resolve(name);
        org.junit.jupiter.api.Assumptions.assumeTrue(runs("mkfifo", p.toString()), "mkfifo is not available");
        return p;
    }

    /** The file type bits of the unix mode: 0020000 character device, 0010000 FIFO, 0100000 regular file. */
    static int fileType(Path p) throws IOException {
        return (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000;
    }

    static final int CHAR_DEVICE = 0020000, FIFO = 0010000;

    private static boolean runs(String... cmd) throws Exception {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Files in {@code dir} (not below) whose name ends with {@code .part}. */
    static List<Path> partFiles(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }
}
