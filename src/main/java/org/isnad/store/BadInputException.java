package org.isnad.store;

import java.nio.file.Path;

/**
 * An input (RDF file, query file, store directory) that cannot be used. The message always starts with
 * the file's name, so the CLI can print it as is and exit 3.
 */
public final class BadInputException extends Exception {
    private final Path file;

    public BadInputException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public BadInputException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    /** The file or directory at fault. */
    public Path file() { return file; }
}
