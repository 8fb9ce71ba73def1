package org.isnad.rdf;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An output file written under a temporary name beside it and moved into place only on {@link #commit()}:
 * a run that fails or is killed leaves the old file (or none), never half of a new one.
 */
public final class AtomicOutput implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final OutputStream out;
    private boolean committed;

    public AtomicOutput(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Path dir = this.target.getParent();
        if (dir != null) Files.createDirectories(dir);
        this.temp = Files.createTempFile(dir, "." + this.target.getFileName(), ".part");
        this.out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
    }

    public OutputStream stream() { return out; }

    public void commit() throws IOException {
        out.close();
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
        // a temporary file is private (0600); the output is the user's, readable as any file they write
        try {
            Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: it keeps its defaults
        }
    }

    /** Without a commit, the temporary file is removed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            try { out.close(); } finally { Files.deleteIfExists(temp); }
        }
    }
}
