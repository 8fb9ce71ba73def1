package org.isnad.morph;

import java.util.List;

/**
 * A morphological analyser: every reading of one word as written (with its clitics, without diacritics
 * or with them). Implementations are thread-safe. The extractor depends on this interface only, so another
 * analyser (a statistical tagger, a server) can take the dictionary's place.
 */
public interface Morphology {

    /** Every reading of {@code word}; empty when the word is unknown (a name, a typo, a foreign word). */
    List<Analysis> analyse(String word);

    /** The verbal nouns of a verb, normalised: "استهدف" → استهداف, "فجّر" → تفجير, "داهم" → مداهمه. */
    java.util.Set<String> verbalNouns(String verbLemma);

    /** No analyser: every word unknown. For tests of what does not need morphology. */
    Morphology NONE = new Morphology() {
        @Override public List<Analysis> analyse(String word) { return List.of(); }
        @Override public java.util.Set<String> verbalNouns(String verbLemma) { return java.util.Set.of(); }
    };
}
