package org.isnad.validate;

import org.apache.jena.graph.Node;
import org.isnad.vocab.Vocab;

/**
 * The article a graph belongs to: K of {@code id:article/K/provenance} and of {@code id:claim/K-H}. Both
 * names carry the key, so an article's quads can be grouped without reading them.
 */
final class ArticleKeys {
    private static final String ARTICLE_PREFIX = Vocab.ID + "article/";
    private static final String CLAIM_PREFIX = Vocab.ID + "claim/";

    private ArticleKeys() {}

    /** K, or null for a graph that is neither an article's provenance nor a claim (e.g. the reference graph). */
    static String of(Node graph) {
        if (!graph.isURI())
            return null;
        String iri = graph.getURI();
        if (iri.startsWith(ARTICLE_PREFIX))
            return upTo(iri, ARTICLE_PREFIX.length(), '/');
        if (iri.startsWith(CLAIM_PREFIX))
            return upTo(iri, CLAIM_PREFIX.length(), '-');
        return null;
    }

    private static String upTo(String s, int from, char c) {
        int i = s.indexOf(c, from);
        String k = i < 0 ? s.substring(from) : s.substring(from, i);
        return k.isEmpty() ? null : k;
    }

    /** A 64-bit hash of a key (FNV-1a, then a finaliser so the low bits mix well); {@code seed} varies it. */
    static long hash(String key, long seed) {
        long h = 0xcbf29ce484222325L ^ seed;
        for (int i = 0; i < key.length(); i++)
            h = (h ^ key.charAt(i)) * 0x100000001b3L;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
