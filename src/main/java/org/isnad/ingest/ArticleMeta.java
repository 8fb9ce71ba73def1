package org.isnad.ingest;

import java.time.LocalDate;

/** Metadata an input carries about its article (header block, HTML metadata, JSON fields); any may be null. */
public record ArticleMeta(String url, String outlet, LocalDate published, String title) {
    public static final ArticleMeta NONE = new ArticleMeta(null, null, null, null);

    /** This, with each null filled from {@code other}. */
    public ArticleMeta or(ArticleMeta other) {
        return new ArticleMeta(first(url, other.url), first(outlet, other.outlet),
                published != null ? published : other.published, first(title, other.title));
    }

    /** The command line's values win over this. */
    public ArticleMeta overriddenBy(ArticleOverrides o) {
        return new ArticleMeta(o.url(), o.outlet(), o.published(), o.title()).or(this);
    }

    static String first(String a, String b) {
        return a != null && !a.isBlank() ? a.strip() : (b != null && !b.isBlank() ? b.strip() : null);
    }
}
