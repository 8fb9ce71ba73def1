package org.isnad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "سيطرت القوات على قرى (تل هواش، الجابرية، التوبة)، وسط قصف مدفعي على تلك القرى": an act told at "تلك
 * القرى", "هذه البلدات" or "القرى المذكورة" took place at each village of the list named before it. An event
 * claim with no settlement of its own that points back so takes the sites of the latest earlier claim that
 * names two or more, one claim per site (the areas go with each), as {@link SplitByPlace} does for a list.
 */
final class PlaceListReference implements ClaimPass {

    private static final Set<String> SETTLEMENTS = Set.of("Village", "Town", "City", "Neighbourhood");
    /** "المذكورة", "المذكورين": the list told before (after a plural place noun). */
    private static final Set<String> SAID = Set.of("مذكوره", "مذكورين", "مذكور");

    private final Lexicon lexicon;
    private final SplitByPlace list;

    PlaceListReference(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.list = new SplitByPlace(lexicon);
    }

    @Override
    public void apply(ArticleClaims claims) {
        List<EventClaim> events = claims.events();
        for (int i = 1; i < events.size(); i++) {
            EventClaim c = events.get(i);
            if (c.splitPlace() != null || !pointsBack(claims.words(), c)) continue;
            List<Object> listed = List.of();
            EventClaim from = null;
            for (int j = i - 1; j >= 0 && listed.size() < 2; j--) listed = list.sites(claims.words(), from = events.get(j));
            if (listed.size() < 2) continue;
            // a settlement of its own, other than the area the list lies in ("شمال غرب حماة"), is where it was
            EventClaim list0 = from;
            List<Object> sites = listed;
            if (sites(c).stream().anyMatch(p -> sites.contains(p) || !list0.places().contains(p))) continue;
            for (String p : from.places()) if (!listed.contains(p) && !from.origins().contains(p)) give(c, from, p);
            for (int k = 1; k < listed.size(); k++) claims.add(copy(claims, c, from, listed.get(k)));
            give(c, from, listed.get(0));
            c.splitPlace(label(listed.get(0)));
        }
    }

    /** The settlements the claim names, known or kept as written. */
    private List<Object> sites(EventClaim c) {
        List<Object> out = new ArrayList<>();
        for (String p : c.places()) {
            Entry e = lexicon.entry(p);
            if (e != null && SETTLEMENTS.contains(e.localProp("placeKind")) && !c.origins().contains(p)) out.add(p);
        }
        out.addAll(c.placeTexts());
        return out;
    }

    /** The claim's evidence holds "تلك/هذه" before a plural place noun, or a plural place noun before "المذكورة". */
    private static boolean pointsBack(EvidenceWords words, EventClaim c) {
        for (Evidence e : c.evidence()) {
            List<Token> tokens = words.words(e.text());
            List<Mention> ms = null;     // matched only when a plural place noun is there: most evidence has none
            for (int t = 0; t + 1 < tokens.size(); t++) {
                if (PlaceNameWords.isPluralPlaceNoun(tokens.get(t))
                        && SAID.contains(PhraseMatcher.withoutArticle(tokens.get(t + 1).term()))) return true;
                if (!PlaceNameWords.isPluralPlaceNoun(tokens.get(t + 1))) continue;
                if (ms == null) ms = words.mentions(e.text());
                int at = t;
                if (ms.stream().anyMatch(m -> m.is("Demonstrative") && m.endToken() == at + 1)) return true;
            }
        }
        return false;
    }

    private static EventClaim copy(ArticleClaims claims, EventClaim c, EventClaim from, Object site) {
        EventClaim x = c.copyAs(claims.nextKey());
        give(x, from, site);
        x.splitPlace(label(site));
        return x;
    }

    private static void give(EventClaim c, EventClaim from, Object site) {
        if (site instanceof PlaceText t) c.placeTexts().add(t);
        else {
            c.places().add((String) site);
            String words = from.placeWords((String) site);
            if (words != null) c.placeWordsMap().putIfAbsent((String) site, words);
        }
    }

    private static String label(Object site) { return site instanceof PlaceText t ? t.text() : (String) site; }
}
