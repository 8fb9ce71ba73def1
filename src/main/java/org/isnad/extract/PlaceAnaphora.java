package org.isnad.extract;

import java.util.List;
import java.util.Set;

/**
 * What "البلدة", "المدينة", "القرية" refer to, and where a victim's home ends: "قُتل شاب من أبناء بلدة
 * المسيفرة … في الحي الجنوبي من البلدة" was shot in the town that is his home; "خطف مسلحون سائقاً من أبناء
 * محافظة درعا على طريق دمشق – السويداء" took him on the road, not in Daraa.
 */
final class PlaceAnaphora {

    /** Settlement kinds, the most local first. */
    private static final List<String> SETTLEMENTS = List.of("Neighbourhood", "Village", "Town", "City");
    /** Words that open the place of the act after a home is named: on, near, at, in front of, inside. */
    private static final Set<String> ACT_PLACE = Set.of("علي", "قرب", "عند", "امام", "داخل", "بالقرب", "اثناء", "خلال");

    private PlaceAnaphora() {}

    /**
     * The settlement a place reference points at: the most local one named before it in the sentence (a
     * town before the city whose countryside it is in: "بلدة المسيفرة بريف درعا"), else {@code before}.
     */
    static String referent(List<Mention> ms, Mention reference, String before) {
        String found = null;
        int best = -1;
        for (Mention m : ms) {
            if (m.firstToken() >= reference.firstToken()) break;
            Entry p = m.entry("Place");
            int rank = p == null ? -1 : SETTLEMENTS.indexOf(p.localProp("placeKind"));
            if (rank >= 0 && rank <= best || best < 0 && rank >= 0) {
                best = rank;
                found = p.iri();
            }
        }
        return found != null ? found : before;
    }

    /**
     * The token after a home phrase that starts at {@code from}: up to a comma, or to a word that opens the
     * place of the act ("على طريق", "قرب قرية") once a name has been given.
     */
    static int homeEnd(String text, List<Token> tokens, int from, int to) {
        for (int t = from + 1; t < to; t++) {
            if (Token.commaBefore(text, tokens, t)) return t;
            if (ACT_PLACE.contains(tokens.get(t).term())) return t;
        }
        return to;
    }
}
