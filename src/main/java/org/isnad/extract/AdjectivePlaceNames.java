package org.isnad.extract;

import java.util.List;
import org.isnad.morph.Analysis;

/**
 * Gazetteer names that are also adjectives: "فرّقت الشرطة المظاهرات السلمية" (the peaceful protests) names no
 * town of Salamiyah. Right after an act's noun, with the same article or none ("المظاهرات السلمية", "مظاهرات
 * سلمية"), a word the dictionary reads as an adjective describes the act; in construct ("مظاهرات السلمية", the
 * protests of Salamiyah: no article on the noun, one on the name) or after a place noun ("مدينة السلمية") it
 * is the town.
 */
final class AdjectivePlaceNames {

    private AdjectivePlaceNames() {}

    /** The mentions, without the place readings of adjectives that describe the act word before them. */
    static List<Mention> filter(List<Token> tokens, List<Mention> ms) {
        return Mention.withoutReadings(ms, "Place", k -> describesAct(tokens, ms, k));
    }

    private static boolean describesAct(List<Token> tokens, List<Mention> ms, int k) {
        Mention m = ms.get(k);
        int at = m.firstToken();
        if (m.endToken() - at != 1 || at == 0 || !readsAsAdjective(tokens.get(at))) return false;
        Token before = tokens.get(at - 1);
        if (Token.markBefore(tokens, at)) return false;     // a comma or a mark between: a list
        for (Mention act : ms) {
            if (act.endToken() == at && act.endToken() - act.firstToken() == 1 && act.is("Trigger") && !act.is("Place"))
                return PhraseMatcher.isDefinite(before.term()) == m.definite();
        }
        return false;
    }

    /** "السلمية": a reading as an adjective with no clitic but the article. */
    private static boolean readsAsAdjective(Token t) {
        for (Analysis a : t.analyses())
            if (a.wordClass() == Analysis.WordClass.ADJECTIVE && a.enclitic().isEmpty()
                    && (a.proclitics().isEmpty() || a.proclitics().equals("ال"))) return true;
        return false;
    }
}
