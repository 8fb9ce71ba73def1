package org.isnad.cli;

import java.util.function.Supplier;
import org.isnad.rdf.ClaimSink;
import org.isnad.rdf.ConvertedArticle;

/**
 * A sink made when the first article arrives: writers put out a preamble when made (TriG's prefixes, the
 * JSON's "["), and a run in which no article converts must leave standard output empty.
 */
final class DeferredSink implements ClaimSink {
    private final Supplier<ClaimSink> make;
    private ClaimSink sink;

    DeferredSink(Supplier<ClaimSink> make) {
        this.make = make;
    }

    @Override public void accept(ConvertedArticle article) {
        if (sink == null) sink = make.get();
        sink.accept(article);
    }

    @Override public void finish() {
        if (sink != null) sink.finish();
    }
}
