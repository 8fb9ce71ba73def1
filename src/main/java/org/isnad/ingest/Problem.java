package org.isnad.ingest;

import org.isnad.BadInputException;

/**
 * One article that could not be read: the file, where in it (a line of a JSON Lines file, the byte offset
 * of a WARC record; null for a file that holds one article) and why. It costs that article only.
 */
public record Problem(String file, String record, String reason) {

    /** "file (line 3): reason", the form every message takes. */
    public String message() {
        return file + (record != null ? " (" + record + ")" : "") + ": " + reason;
    }

    /** The problem a reader reported as an exception, placed at {@code record}. */
    public static Problem of(BadInputException e, String file, String record) {
        String m = e.getMessage();
        String reason = m.startsWith(e.file() + ": ") ? m.substring(e.file().length() + 2) : m;
        return new Problem(file, record, reason);
    }
}
