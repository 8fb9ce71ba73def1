package org.isnad.ingest;

import java.time.LocalDate;
import java.util.Set;

/**
 * How inputs are read.
 *
 * @param overrides        metadata from the command line, winning over what a file says
 * @param encoding         the declared encoding, a request to guess, or neither
 * @param maxArticleBytes  the largest article text accepted, in UTF-8 bytes
 * @param today            the latest publication date accepted (a later one is a typo or a wrong clock)
 * @param boilerplateLines whole lines that are page furniture (share buttons), from the lexicon
 */
public record ReadOptions(ArticleOverrides overrides, Encodings.Choice encoding, long maxArticleBytes, LocalDate today,
                          Set<String> boilerplateLines) {
    public static final long DEFAULT_MAX_ARTICLE_BYTES = 2L * 1024 * 1024;
    /**
     * The largest text limit that can be honoured: raw input up to 16 × the limit ({@link #maxRawBytes()})
     * is read into one byte array, which holds at most {@code Integer.MAX_VALUE - 8} bytes.
     */
    public static final long MAX_ARTICLE_BYTES = (Integer.MAX_VALUE - 8) / 16;
    /** Publication dates before this are refused: no outlet isnad reads published online before it. */
    public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    public static ReadOptions defaults(Set<String> boilerplateLines) {
        return new ReadOptions(ArticleOverrides.NONE, Encodings.Choice.DEFAULT, DEFAULT_MAX_ARTICLE_BYTES, LocalDate.now(),
                boilerplateLines);
    }

    public ReadOptions withOverrides(ArticleOverrides o) {
        return new ReadOptions(o, encoding, maxArticleBytes, today, boilerplateLines);
    }

    /** Raw input above this many bytes is refused before it is decoded: pages carry markup, so 16 × the text limit. */
    public long maxRawBytes() {
        return Math.max(maxArticleBytes * 16, 1 << 20);
    }
}
