package org.isnad;

import java.nio.file.Path;

/**
 * An input that cannot be used: an article, an RDF or query file, a store, reference data. The message
 * always starts with the file's name, so the CLI prints it as it is and exits 3.
 */
public final class BadInputException extends Exception {
    private final String file;

    public BadInputException(String file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public BadInputException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    public BadInputException(Path file, String problem) {
        this(file.toString(), problem);
    }

    public BadInputException(Path file, String problem, Throwable cause) {
        this(file.toString(), problem, cause);
    }

    /** The file or directory at fault. */
    public String file() { return file; }
}
