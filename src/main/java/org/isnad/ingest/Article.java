package org.isnad.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One article as read: its metadata and its text exactly as it stood in the source (after the header block),
 * so that evidence offsets point into what the user has. Lines that are not article text (share buttons,
 * byline) stay in {@link #text()} but are listed in {@link #ignoredLines()} so the extractor skips them.
 *
 * @param source      where it came from (a file name), for messages and the claims JSON
 * @param url         the article's URL, or null
 * @param outlet      the outlet's name (e.g. "SY24"), or null when unknown
 * @param published   the publication date, or null when unknown: relative dates then stay unresolved
 * @param title       the headline
 * @param titleSpan   where the headline stands in the text, or null when it came from a header or flag
 * @param text        the article text as read
 * @param ignoredLines spans of the text that are not article text
 * @param headline    where the headline came from, for the summary of {@code convert}
 */
public record Article(String source, String url, String outlet, LocalDate published, String title,
                      Span titleSpan, String text, List<Span> ignoredLines, Headline headline) {

    /** Where an article's headline came from. */
    public enum Headline {
        /** A header, --title, a JSON Lines title or the page's metadata. */
        GIVEN,
        /** None given: the first line, which looks like one. */
        FIRST_LINE,
        /** None given, and the first line is text (a sentence, long, or the only line): no headline. */
        NONE
    }

    /** An article whose headline was given (or that needs none). */
    public Article(String source, String url, String outlet, LocalDate published, String title,
                   Span titleSpan, String text, List<Span> ignoredLines) {
        this(source, url, outlet, published, title, titleSpan, text, ignoredLines, Headline.GIVEN);
    }

    public Article {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        ignoredLines = List.copyOf(ignoredLines);
        Objects.requireNonNull(headline, "headline");
        url = withoutCredentials(url);
    }

    /** The same article read as of {@code day}: a day its text fixes when it has no publication date. */
    public Article readAsOf(LocalDate day) {
        return new Article(source, url, outlet, day, title, titleSpan, text, ignoredLines, headline);
    }

    /**
     * {@code url} without the user name and password of {@code https://user:pass@host/…}: the URL is
     * published (schema:url, the claims JSON) and a password must not be.
     */
    static String withoutCredentials(String url) {
        if (url == null) return null;
        int scheme = url.indexOf("://");
        if (scheme < 0) return url;
        int authorityStart = scheme + 3, authorityEnd = url.length();
        for (char c : new char[] {'/', '?', '#'}) {
            int i = url.indexOf(c, authorityStart);
            if (i >= 0 && i < authorityEnd) authorityEnd = i;
        }
        int at = url.lastIndexOf('@', authorityEnd - 1);
        return at < authorityStart ? url : url.substring(0, authorityStart) + url.substring(at + 1);
    }

    /** A half-open range of characters [start, end) of the article text. */
    public record Span(int start, int end) {
        public Span {
            if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
        public boolean contains(int offset) { return offset >= start && offset < end; }
    }

    /** True when the offset falls in a line that is not article text. */
    public boolean isIgnored(int offset) {
        for (Span s : ignoredLines) if (s.contains(offset)) return true;
        return false;
    }
}
