package org.isnad.extract;

/**
 * An extractor could not read one article, for a reason outside isnad's own code (an endpoint that does not
 * answer, an answer that is not what was asked for), or cannot start (a setting missing). The message names
 * the article, when there is one, and the cause; the commands report it and go on with the other articles,
 * as for other bad input.
 */
public final class ExtractionException extends RuntimeException {

    private final String source;
    private final String reason;

    /** Not tied to one article: a setting, an endpoint. */
    public ExtractionException(String reason) { this(null, reason, null); }

    public ExtractionException(String reason, Throwable cause) { this(null, reason, cause); }

    /** The article {@code source} could not be read, for {@code reason}. */
    public ExtractionException(String source, String reason, Throwable cause) {
        super(source == null ? reason : source + ": " + reason, cause);
        this.source = source;
        this.reason = reason;
    }

    /** The article it concerns (its source), or null. */
    public String source() { return source; }

    /** What went wrong, without the article's name. */
    public String reason() { return reason; }
}
