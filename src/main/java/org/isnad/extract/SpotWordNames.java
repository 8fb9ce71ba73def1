package org.isnad.extract;

import java.util.List;

/**
 * "سقطت قذائف على حيي الميدان والأشرفية", "في حي الميدان بدمشق": a word for a spot inside a city
 * (isnad:SpotNoun: square, roundabout, entrance) written with the article right after an indefinite place
 * noun is the name of the quarter or village, not a second spot; quarters of Aleppo, Damascus and Deir ez-Zor
 * are named so.
 */
final class SpotWordNames {

    private SpotWordNames() {}

    /** The mention at token {@code t} is a spot word only, with the article, right after a place noun. */
    static boolean named(List<Token> tokens, Mention m, int t) {
        return m != null && m.firstToken() == t && t > 0 && m.is("SpotNoun") && !m.is("Place") && !m.is("PlaceNoun")
                && PhraseMatcher.isDefinite(tokens.get(t).term()) && PlaceNameWords.isPlaceNoun(tokens.get(t - 1))
                && !PhraseMatcher.isDefinite(tokens.get(t - 1).term());
    }
}
