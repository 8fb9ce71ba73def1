package org.isnad.extract;

import java.util.List;
import java.util.Set;

/**
 * A site a town holds: "سوق الغنم في بلدة تل حلف", "ساحة الساعة بمدينة الباب", "دوار النعيم داخل مدينة الرقة".
 * The market, square or roundabout is a spot inside the settlement named next; as ACLED codes it, the
 * settlement is the event's place, and the site's name ("الغنم", sheep) is no place of its own.
 */
final class SiteInSettlement {

    /** Words that put the site inside what follows. */
    private static final Set<String> INSIDE = Set.of("في", "داخل", "وسط");
    /** Place nouns that open a settlement's name (stems, as PhraseMatcher gives them). */
    private static final Set<String> SETTLEMENT_NOUNS = Set.of("قريه", "بلده", "مدينه", "حي", "مخيم");
    private static final Set<String> SETTLEMENT_KINDS = Set.of("Village", "Town", "City", "Neighbourhood", "SubDistrict");
    /** How far after the site noun the settlement may be named: the site's name takes up to three words. */
    private static final int REACH = 4;

    private SiteInSettlement() {}

    /** The site noun's name, starting at token {@code next}, is followed by "في/ب/داخل" and a settlement. */
    static boolean followedBySettlement(String text, List<Token> tokens, List<Mention> ms, int next, int to) {
        for (int t = next; t < Math.min(to, next + REACH); t++) {
            if (t > next && Token.commaBefore(text, tokens, t)) return false;
            String term = tokens.get(t).term();
            if (INSIDE.contains(term)) return t + 1 < to && settlementAt(tokens, ms, t + 1);
            if (term.startsWith("ب") && term.length() > 3 && settlementAt(tokens, ms, t)) return true;
        }
        return false;
    }

    /** A known village, town or city, or a settlement noun ("بلدة …"), opens at token {@code t}. */
    private static boolean settlementAt(List<Token> tokens, List<Mention> ms, int t) {
        for (Mention m : ms) {
            if (m.firstToken() != t) continue;
            Entry place = m.entry("Place");
            if (place != null && SETTLEMENT_KINDS.contains(place.localProp("placeKind"))) return true;
        }
        String term = tokens.get(t).term();      // "بلدة" itself, or "ببلدة"
        return SETTLEMENT_NOUNS.contains(term) || SETTLEMENT_NOUNS.contains(PhraseMatcher.stem(term));
    }
}
