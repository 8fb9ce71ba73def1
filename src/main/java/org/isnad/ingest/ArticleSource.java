package org.isnad.ingest;

/**
 * Reads the articles of one input. One implementation per input kind (text, HTML, JSON Lines, WARC); a file
 * may hold many articles. Each article read, or the problem that cost it, goes to the sink in order; one
 * bad record never stops the others, and a reader never throws for bad input.
 */
public interface ArticleSource {
    void read(Input in, ArticleSink sink);
}
