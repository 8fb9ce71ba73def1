package org.isnad.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;

/**
 * Where a command writes its output ({@code -o}, {@code --errors}, {@code --report}, {@code --json}), or
 * standard output. Every output file of every command is opened here:
 * <ul>
 * <li>a regular file (or none yet) is written under a temporary name beside it and moved into place on
 *     {@link #commit()}, keeping the old file's permissions; without a commit the old file stays;</li>
 * <li>a symbolic link is followed: its target gets the data, the link stays;</li>
 * <li>a pipe or a device is written straight to, never replaced by a file;</li>
 * <li>a directory, or one of the command's input files, is refused (a usage error).</li>
 * </ul>
 * A write that fails throws an {@link OutputException} naming the output, so a full disk ends the run.
 */
public final class Output implements AutoCloseable {
    private final OutputStream out;
    private final Finish finish;
    private boolean committed;

    /** What happens to the written bytes at the end: moved into place, or nothing more to do. */
    private interface Finish {
        void commit() throws IOException;

        void discard() throws IOException;
    }

    private Output(String name, OutputStream raw, Finish finish) {
        this.out = new BufferedOutputStream(failingWith(name, raw), 1 << 16);
        this.finish = finish;
    }

    /** Standard output: written as it goes; a failure to write it is an error. */
    public static Output stdout() {
        return new Output("standard output", StandardOutput.stream(), new Finish() {
            @Override public void commit() {}
            @Override public void discard() {}
        });
    }

    /**
     * {@code target}, named on the command line by {@code option} (for messages), which must not be any of
     * {@code inputs} (files read by the same run).
     */
    public static Output open(String option, Path target, Collection<Path> inputs) throws OutputException {
        String name = option + " " + target;
        Path real = OutputPaths.followLinks(target);
        if (Files.isDirectory(real))
            throw OutputException.usage(name + ": is a directory; give a file name");
        if (Files.exists(real) && !Files.isRegularFile(real))
            return direct(name, real);    // a pipe or a device: writing to it is what the user asked for
        for (Path in : inputs)
            if (OutputPaths.sameFile(real, in))
                throw OutputException.usage(name + ": is the same file as " + in
                        + ", an input or another output of this run; refusing to overwrite it");
        try {
            return replacing(name, real);
        } catch (IOException e) {
            throw new OutputException(name + ": cannot be written: " + OutputPaths.reason(e), ExitCodes.BAD_INPUT, e);
        }
    }

    private static Output direct(String name, Path real) throws OutputException {
        OutputStream raw;
        try {
            raw = Files.newOutputStream(real, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new OutputException(name + ": cannot be opened for writing: " + OutputPaths.reason(e), ExitCodes.BAD_INPUT, e);
        }
        return new Output(name, raw, new Finish() {
            @Override public void commit() {}
            @Override public void discard() {}
        });
    }

    private static Output replacing(String name, Path real) throws IOException {
        Path temp = OutputPaths.createTemp(real);
        OutputStream raw;
        try {
            raw = Files.newOutputStream(temp, StandardOpenOption.WRITE);
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return new Output(name, raw, new Finish() {
            @Override public void commit() throws IOException {
                OutputPaths.keepPermissions(real, temp);
                try {
                    Files.move(temp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, real, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            @Override public void discard() throws IOException { Files.deleteIfExists(temp); }
        });
    }

    /** Where to write; buffered. Closing it does not commit. */
    public OutputStream stream() { return out; }

    /** Flushes and closes the output and puts it in place. */
    public void commit() throws IOException {
        out.close();
        finish.commit();
        committed = true;
    }

    /** Without a commit, a temporary file is removed (a pipe or device has had what was written). */
    @Override public void close() throws IOException {
        if (committed) return;
        try {
            out.close();
        } catch (IOException e) {
            // the run failed already, or is being abandoned: what could not be written is dropped
        } finally {
            finish.discard();
        }
    }

    /** {@code raw}, whose every IOException becomes an OutputException naming the output. */
    private static OutputStream failingWith(String name, OutputStream raw) {
        return new FilterOutputStream(raw) {
            @Override public void write(byte[] b, int off, int len) throws IOException {
                try { out.write(b, off, len); } catch (OutputException e) { throw e; } catch (IOException e) { throw OutputException.writeFailed(name, e); }
            }
            @Override public void write(int b) throws IOException {
                try { out.write(b); } catch (OutputException e) { throw e; } catch (IOException e) { throw OutputException.writeFailed(name, e); }
            }
            @Override public void flush() throws IOException {
                try { out.flush(); } catch (OutputException e) { throw e; } catch (IOException e) { throw OutputException.writeFailed(name, e); }
            }
            @Override public void close() throws IOException {
                try { out.close(); } catch (OutputException e) { throw e; } catch (IOException e) { throw OutputException.writeFailed(name, e); }
            }
        };
    }
}
