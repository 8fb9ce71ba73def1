package org.isnad.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Standard input, for the input "-". When it was closed before the JVM started ({@code isnad convert - <&-}),
 * the JVM opens a file of its own (its modules image) as descriptor 0: reading that is nonsense, and closing it
 * crashes the JVM. So the descriptor is checked first, and standard input is never closed by isnad.
 */
final class StandardInput {
    private StandardInput() {}

    static final String NAME = "<stdin>";

    /** True when descriptor 0 is missing or is one of the JVM's own files (Linux; elsewhere false, as it cannot be seen). */
    static boolean isClosed() {
        Path fd0 = Path.of("/proc/self/fd/0");
        if (!Files.isDirectory(fd0.getParent())) return false;
        try {
            Path target = Files.readSymbolicLink(fd0);
            if (target.startsWith(Path.of(System.getProperty("java.home")))) return true;
            for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator))
                if (!entry.isEmpty() && target.equals(Path.of(entry).toAbsolutePath())) return true;
            return false;
        } catch (NoSuchFileException e) {
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** {@link System#in}, which closing the returned stream leaves open. */
    static InputStream stream() {
        return new FilterInputStream(System.in) {
            @Override public void close() { /* standard input belongs to the process, not to one read */ }
        };
    }
}
