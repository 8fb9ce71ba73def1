package org.isnad.morph;

/**
 * The analyser the extractor uses: the dictionary's, unless {@code -Disnad.morphology=none} turns
 * morphology off (to measure what it brings: lemma entries then match nothing but words as written).
 */
public final class Morphologies {

    private Morphologies() {}

    public static Morphology configured() {
        return "none".equals(System.getProperty("isnad.morphology")) ? Morphology.NONE : DictionaryMorphology.shared();
    }
}
