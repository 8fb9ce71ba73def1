package org.isnad.extract;

import java.util.List;
import org.isnad.ingest.Article;

/**
 * For tests of {@code convert --validate}: the standard extractor, except that on an article whose text
 * holds {@link #MARK} every claim gets a confidence of 5, which the claim shapes refuse (0 to 1).
 */
public final class InvalidOutputExtractor implements Extractor {
    public static final String MARK = "(invalid-output)";

    private final Extractor standard;

    public InvalidOutputExtractor(Lexicon lexicon) {
        this.standard = new ArabicClaimExtractor(lexicon);
    }

    @Override public List<Claim> extract(Article article) {
        List<Claim> claims = standard.extract(article);
        if (article.text().contains(MARK)) claims.forEach(c -> c.confidence(5));
        return claims;
    }
}
