package org.isnad.cli;

import java.io.IOException;
import java.util.Optional;

/**
 * An output that cannot be opened or written: the message names it and says why, and the exit code says
 * whose fault it is (a usage error such as {@code -o} naming a directory, or a write that failed).
 */
public final class OutputException extends IOException {
    private final int exitCode;

    OutputException(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    static OutputException usage(String message) {
        return new OutputException(message, ExitCodes.USAGE, null);
    }

    /** A write that failed: exit 3, like any file isnad cannot read or write. */
    static OutputException writeFailed(String where, IOException cause) {
        String why = cause == null || cause.getMessage() == null ? "write error" : cause.getMessage();
        return new OutputException(where + ": cannot write: " + why, ExitCodes.BAD_INPUT, cause);
    }

    public int exitCode() { return exitCode; }

    /** The output failure behind {@code t}, when one is: writers (Jena's among them) wrap the IOException. */
    public static Optional<OutputException> in(Throwable t) {
        for (int depth = 0; t != null && depth < 20; t = t.getCause(), depth++)
            if (t instanceof OutputException o) return Optional.of(o);
        return Optional.empty();
    }
}
