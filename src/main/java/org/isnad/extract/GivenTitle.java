package org.isnad.extract;

import java.util.List;
import org.isnad.extract.SentenceSplitter.Sentence;
import org.isnad.ingest.Article;

/**
 * The act a headline given apart from the text tells (a header's "title:", a page's metadata): read as a
 * one-line article of its own, so its words never become evidence of the body's claims. Null when the
 * headline stands in the text (it is read there) or tells no act.
 */
final class GivenTitle {

    private GivenTitle() {}

    static ArticleClaims.TitleAct act(Article article, SentenceReader sentences, Lexicon lexicon) {
        String title = article.title();
        if (article.titleSpan() != null || article.headline() != Article.Headline.GIVEN || title == null || title.isBlank()) return null;
        Article alone = new Article(article.source(), article.url(), article.outlet(), article.published(), title,
                new Article.Span(0, title.length()), title, List.of());
        Reading r = new Reading(alone, lexicon, true);
        for (Sentence s : SentenceSplitter.split(alone)) if (s.headline()) sentences.read(r, s);
        return r.claims.headline() == null ? null : new ArticleClaims.TitleAct(r.claims.headline().event(), title);
    }
}
