package org.isnad.extract;

/** One pass over an article's claims once every sentence is read: links, types, evidence, scores. */
interface ClaimPass {
    void apply(ArticleClaims claims);
}
