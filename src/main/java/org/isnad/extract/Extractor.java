package org.isnad.extract;

import java.util.List;
import org.isnad.ingest.Article;

/** Reads the claims out of one article. Pure: the same article and lexicon give the same claims. */
public interface Extractor {
    List<Claim> extract(Article article);

    /** What reads the claims, written into their provenance (the extraction activity). */
    default ExtractionMethod method() { return ExtractionMethod.RULES; }
}
