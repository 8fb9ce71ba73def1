package org.isnad.cli;

/** The exit codes users script against. */
public final class ExitCodes {
    private ExitCodes() {}
    public static final int OK = 0;
    /** The data does not conform to the shapes. */
    public static final int VALIDATION_FAILED = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** An input file could not be read as an article or as RDF; the message names it. */
    public static final int BAD_INPUT = 3;
}
