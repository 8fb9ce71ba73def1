package org.isnad.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "اغلق متظاهرون مقر الحزب في السويداء … . وشهدت ساحة السير وسط السويداء وقفة … . وازال متظاهرون صورة على
 * المدخل الشمالي للمدينة": outlets tell a city's protests spot by spot (a square, an entrance, a roundabout, a
 * quarter), and each spot is a gathering of its own (one claim per spot, as the gold sets code it). A protest
 * told in a later sentence at a spot the protest told before never named is not that protest; one told in the
 * same sentence, or at a spot already named ("فيما غطيت صورة اخرى في ساحة السير"), still is.
 * The spot words are the lexicon's ({@code isnad:SpotNoun}); the spot is the noun and the word after it.
 */
final class ProtestSpots {

    private static final String NOUN = "SpotNoun";
    private final Set<String> nouns = new HashSet<>();

    ProtestSpots(Lexicon lexicon) {
        for (String l : lexicon.nounLemmasOf(NOUN))
            for (String t : ArabicAnalysis.terms(l)) nouns.add(PhraseMatcher.stem(t));
    }

    /** The protest claim {@code c}, told before this sentence, was at another spot than the one {@code em} names. */
    boolean elsewhere(Reading r, EventClaim c, EventMention em) {
        if (ProtestTyping.rank(em.eventClass) == 0 || ProtestTyping.rank(c.eventClass()) == 0 || !r.toldBeforeThisSentence(c)) return false;
        List<String> spot = spotIn(r.text, em.start, Math.min(r.text.length(), em.end));
        if (spot == null) return false;
        for (Evidence e : c.evidence()) if (java.util.Collections.indexOfSubList(r.stems(e), spot) >= 0) return false;
        return true;
    }

    /** The stems of the first spot noun of the span and the word after it ("ساحه", "سير"), or null. */
    List<String> spotIn(String text, int from, int to) {
        String span = text.substring(from, to);
        List<Token> tokens = ArabicAnalysis.tokens(span);   // analysed as Reading.stems analyses evidence
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String noun = PhraseMatcher.stem(tokens.get(i).term());
            if (nouns.contains(noun) && !Token.commaBefore(span, tokens, i + 1))
                return List.of(noun, PhraseMatcher.stem(tokens.get(i + 1).term()));
        }
        return null;
    }
}
