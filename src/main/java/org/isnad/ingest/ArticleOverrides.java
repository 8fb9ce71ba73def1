package org.isnad.ingest;

import java.time.LocalDate;

/** Metadata given on the command line; each non-null value wins over the file's header block. */
public record ArticleOverrides(String url, String outlet, LocalDate published, String title) {
    public static final ArticleOverrides NONE = new ArticleOverrides(null, null, null, null);
}
