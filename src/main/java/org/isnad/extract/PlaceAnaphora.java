package org.isnad.extract;

import java.util.List;
import java.util.Set;
import org.isnad.morph.Analysis;

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

    /** Singular settlement nouns: "بلدة جباتا الخشب" names a town a later "البلدة" may refer to. */
    private static final Set<String> SETTLEMENT_NOUNS = Set.of("بلده", "قريه", "مدينه", "حي");

    /**
     * Remembers, for a later "البلدة", "القرية", a town the gazetteer lacks that the sentence names up to
     * {@code upTo} ("أطراف بلدة جباتا الخشب … عند الطرف الغربي للبلدة"); a known settlement named after it
     * replaces it, as {@link #referent} prefers the most local one.
     */
    static void rememberUnresolved(Reading r, List<Token> tokens, List<Mention> ms, int upTo) {
        FacilityReference.remember(r, tokens, ms, upTo);   // "مطار منغ" for a later "المطار"
        for (Mention m : ms) {
            if (m.endToken() > upTo) break;
            Entry known = m.entry("Place");
            // (not the area the town lies in: "قرية … في ريف القنيطرة")
            if (known != null && SETTLEMENTS.contains(known.localProp("placeKind"))
                    && !(r.lastPlaceText != null && known.iri().equals(r.lastPlaceText.within()))) r.lastPlaceText = null;
            if (known != null || !m.is("PlaceNoun") || m.definite() || m.endToken() >= upTo
                    || !SETTLEMENT_NOUNS.contains(PhraseMatcher.withoutArticle(PlaceNameWords.withoutAnd(tokens.get(m.firstToken()).term())))) continue;
            for (PlaceText p : PlaceTextReader.read(r.text, tokens, ms, m.firstToken(), upTo))
                if (p.start() >= tokens.get(m.endToken()).start() && p.start() <= tokens.get(m.endToken()).start() + 1) {
                    r.lastPlaceText = p;
                    break;
                }
        }
    }

    /** True when "البلدة" refers to the unresolved town: the sentence names no settlement, or only its area. */
    static boolean isUnresolvedTown(PlaceText town, String referent) {
        return town != null && (referent == null || referent.equals(town.within()));
    }

    /**
     * The token after a home phrase that starts at {@code from}: up to a comma, or to a word that opens the
     * place of the act ("على طريق", "قرب قرية") once a name has been given.
     */
    private static boolean pastVerbOnly(Token t) {
        return !t.analyses().isEmpty() && t.analyses().stream().allMatch(a -> a.isVerb() && a.tense() == Analysis.Tense.PAST);
    }

    static int homeEnd(String text, List<Token> tokens, int from, int to) {
        for (int t = from + 1; t < to; t++) {
            if (Token.commaBefore(text, tokens, t)) return t;
            if (ACT_PLACE.contains(tokens.get(t).term())) return t;
            // "المدفعية المتمركزة في كفرنبل استهدفت قرية …": a past verb tells the act, and its places are the act's
            if (pastVerbOnly(tokens.get(t))) return t;
        }
        return to;
    }
}
