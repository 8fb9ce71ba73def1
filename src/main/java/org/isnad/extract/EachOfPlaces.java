package org.isnad.extract;

import java.util.List;

/**
 * "استهدفت الغارات كلاً من (إحسم، وإبديتا، والبارة) في جبل الزاوية": "each of" with no place noun before a
 * list of names, the first known to the gazetteer or to no dictionary, and a known place after it, lists the
 * villages hit, as "قرى" would. A first name the dictionary knows ("كلاً من محمد الأحمد وخالد العلي") is
 * taken to be a person's.
 */
final class EachOfPlaces {

    /** How far the list and the place that closes it may reach, in words. */
    private static final int REACH = 14;

    private EachOfPlaces() {}

    /** True when the "من" at {@code at} follows "كلاً" and opens a list of places with no place noun. */
    static boolean listsPlaces(List<Token> tokens, List<Mention> ms, int at, int to) {
        if (!ListJoints.eachOf(tokens, at) || at + 2 >= to) return false;
        int first = at + 1;
        Mention m = Mention.startingAt(ms, first);
        if (m != null && (m.is("PlaceNoun") || !m.is("Place"))) return false;     // a place noun reads its list itself
        if (m == null && (!tokens.get(first).analyses().isEmpty() || !PlaceNameWords.isArabic(tokens.get(first).term()))) return false;
        int next = m == null ? first + 1 : m.endToken();
        if (next >= to || !joinsNext(tokens, next)) return false;
        for (Mention p : ms) {
            if (p.is("Place") && p.firstToken() > first && p.firstToken() < Math.min(to, first + REACH)) return true;
        }
        return false;
    }

    /** "… وإبديتا", "…، البارة": the list goes on after the first name. */
    private static boolean joinsNext(List<Token> tokens, int next) {
        String w = tokens.get(next).term();
        // (a comma, or an "و" written apart, leaves more than a space between the two words)
        return w.length() > 2 && w.startsWith("و") || Token.markBefore(tokens, next);
    }

}
