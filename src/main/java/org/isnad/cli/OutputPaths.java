package org.isnad.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The file-system side of {@link Output}: links, temporary files and their leftovers, permissions. */
final class OutputPaths {
    private OutputPaths() {}

    /** Temporaries are {@code .NAME.PID.RANDOM.part}: the PID tells a dead run's leftover from a live one's. */
    private static final Pattern TEMP = Pattern.compile("\\.(.+)\\.(\\d+)\\.[0-9a-f]{16}\\.part");

    /** {@code p} with its symbolic links followed, also when the last one points at no file yet. */
    static Path followLinks(Path p) throws OutputException {
        Path cur = p.toAbsolutePath();
        for (int hops = 0; Files.isSymbolicLink(cur); hops++) {
            if (hops == 40) throw OutputException.usage(p + ": too many levels of symbolic links");
            try {
                cur = cur.resolveSibling(Files.readSymbolicLink(cur)).normalize();
            } catch (IOException e) {
                throw new OutputException(p + ": cannot read the link: " + reason(e), ExitCodes.BAD_INPUT, e);
            }
        }
        return cur;
    }

    /** True when both name one file (an existing one may be named by another path or a link). */
    static boolean sameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) return Files.isSameFile(a, b);
            return a.toAbsolutePath().normalize().equals(followLinks(b));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A new, empty temporary file beside {@code target}, with the permissions a new file gets (the umask's,
     * not the 0600 of {@code createTempFile}); removed when the JVM exits, also on Ctrl-C. Leftovers of
     * killed runs are removed first.
     */
    static Path createTemp(Path target) throws IOException {
        Path dir = target.getParent();
        Files.createDirectories(dir);
        removeLeftovers(dir, target.getFileName().toString());
        long pid = ProcessHandle.current().pid();
        for (int attempt = 0; ; attempt++) {
            String random = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
            Path temp = dir.resolve("." + target.getFileName() + "." + pid + "." + random + ".part");
            temp.toFile().deleteOnExit();      // before it exists: a signal at any moment after leaves nothing
            try {
                Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) throw e;
            }
        }
    }

    /** Temporaries for {@code name} left by runs that are no longer alive (killed with kill -9, or a crash). */
    private static void removeLeftovers(Path dir, String name) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "." + globEscape(name) + ".*.part")) {
            for (Path p : s) {
                Matcher m = TEMP.matcher(p.getFileName().toString());
                if (!m.matches() || !m.group(1).equals(name)) continue;
                long pid = Long.parseLong(m.group(2));
                boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                if (!alive && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException e) {
            // tidying is a courtesy: the run goes on
        }
    }

    private static String globEscape(String s) {
        return s.replaceAll("([*?\\[\\]{}\\\\])", "\\\\$1");
    }

    /** An existing file keeps its permissions when it is replaced. */
    static void keepPermissions(Path old, Path temp) throws IOException {
        if (!Files.isRegularFile(old)) return;
        try {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(old));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the new file keeps its defaults
        }
    }

    /** Why an I/O operation failed, in words. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException n) return "no such file or directory: " + n.getFile();
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }
}
