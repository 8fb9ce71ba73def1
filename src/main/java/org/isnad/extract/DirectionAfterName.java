package org.isnad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A gazetteer name that ends in a bare direction ("باب شرقي", a quarter of Damascus) met where the text puts the
 * article on the first word and a known place right after the direction: "انفجار في مدينة الباب شرقي حلب" is the
 * town al-Bab, east of Aleppo. The direction places the name before it from the place after it; it is no word of
 * the name. The mention becomes the name without the direction, as the gazetteer reads those words alone (none:
 * the words stay for the place reader).
 */
final class DirectionAfterName {

    /** Bare directions, which locate by the place after them ("شرقي حلب"). */
    private static final Set<String> DIRECTIONS = Set.of("شرقي", "غربي", "شمالي", "جنوبي");

    private DirectionAfterName() {}

    static List<Mention> split(List<Token> tokens, List<Mention> ms, Lexicon lexicon) {
        List<Mention> out = new ArrayList<>(ms.size());
        boolean changed = false;
        for (int k = 0; k < ms.size(); k++) {
            if (!locatedAfter(tokens, ms, k)) {
                out.add(ms.get(k));
                continue;
            }
            changed = true;
            Mention name = prefix(tokens, ms.get(k), lexicon);
            if (name != null) out.add(name);
        }
        return changed ? out : ms;
    }

    /** "الباب شرقي" + a place: the first word with the article, the last a bare direction, a place mention after. */
    private static boolean locatedAfter(List<Token> tokens, List<Mention> ms, int k) {
        Mention m = ms.get(k);
        int last = m.endToken() - 1;
        if (!m.is("Place") || last <= m.firstToken() || !m.definite() || !DIRECTIONS.contains(tokens.get(last).term())) return false;
        if (Token.markBefore(tokens, last)) return false;      // a comma between
        return k + 1 < ms.size() && ms.get(k + 1).firstToken() == m.endToken() && ms.get(k + 1).is("Place");
    }

    /** The gazetteer's reading of the name's words without the direction, as one mention; null when none. */
    private static Mention prefix(List<Token> tokens, Mention m, Lexicon lexicon) {
        int end = m.endToken() - 1;
        for (Mention p : lexicon.matcher().match(tokens.subList(m.firstToken(), end)))
            if (p.firstToken() == 0 && p.endToken() == end - m.firstToken())
                return new Mention(p.entries(), m.firstToken(), end, m.start(), tokens.get(end - 1).end(), m.definite());
        return null;
    }
}
