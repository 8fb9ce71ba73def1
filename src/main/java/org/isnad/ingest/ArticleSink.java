package org.isnad.ingest;

/** Where a reader puts what it reads: each article, or the problem that cost one article. */
public interface ArticleSink {
    /** @param record where in the file (a line, a WARC offset), or null when the file is one article */
    void article(Article article, String record);

    void failed(Problem problem);
}
