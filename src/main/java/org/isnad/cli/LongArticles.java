package org.isnad.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.isnad.ingest.Article;

/**
 * Articles of a given size in UTF-8, made by stringing real articles' bodies together: the shape of a
 * scraped page that holds a whole news feed, which must cost time in proportion to its length.
 */
final class LongArticles {

    private LongArticles() {}

    /** One article of at most {@code bytes} of UTF-8 text: the bodies of {@code from}, over and over. */
    static Article of(List<Article> from, long bytes) {
        StringBuilder text = new StringBuilder();
        long size = 0;
        for (int i = 0; ; i = (i + 1) % from.size()) {
            String body = from.get(i).text() + "\n\n";
            long n = body.getBytes(StandardCharsets.UTF_8).length;
            if (size + n > bytes) break;
            text.append(body);
            size += n;
        }
        Article first = from.get(0);
        return new Article("long-article-" + bytes, first.url(), first.outlet(), first.published(), first.title(), null,
                text.toString(), List.of());
    }

    /** The sizes a bench times: a quarter, a half and all of {@code bytes}. */
    static List<Long> sizes(long bytes) {
        List<Long> out = new ArrayList<>();
        for (long d = 4; d >= 1; d /= 2) out.add(bytes / d);
        return out;
    }
}
