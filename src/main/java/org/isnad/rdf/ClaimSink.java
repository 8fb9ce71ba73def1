package org.isnad.rdf;

/**
 * The last stage of a conversion: takes converted articles one at a time. {@link #finish()} completes the
 * output; an output that is never finished must leave nothing behind (see org.isnad.cli.Output).
 */
public interface ClaimSink {
    void accept(ConvertedArticle article);

    void finish();
}
