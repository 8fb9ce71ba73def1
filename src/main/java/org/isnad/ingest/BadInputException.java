package org.isnad.ingest;

/** An input that cannot be read as an article. The message names the file and the problem. */
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

    public String file() { return file; }
}
