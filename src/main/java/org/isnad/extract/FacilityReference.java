package org.isnad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "المطار", "المخيم" where an act happened refer to the facility last named with the same noun and its name:
 * "سيطر مقاتلو المعارضة على مطار منغ العسكري … من جانبها قصفت قوات الأسد محيط المطار" (Menagh airbase),
 * "حملة القصف على مخيم خان الشيح … ألقت مروحيات الأسد 34 برميلاً على محيط المخيم" (the Khan al-Shih camp).
 * Which definite nouns refer so is data ({@code isnad:FacilityReference}); any place noun followed by a name
 * ("مطار كويرس", "مخيم درعا") is remembered for them. The place is carried, not told, as for "المنطقة"
 * ({@link AreaReference}), and only given to an event whose clause names no place of its own.
 */
final class FacilityReference {

    /** Words before the noun that make it the place of the act: in, around, inside, on, towards, near. */
    private static final Set<String> WHERE = ArabicAnalysis.wordSet("في", "محيط", "داخل", "حول", "على", "إلى", "الى",
            "نحو", "قرب", "أطراف", "اطراف", "بمحيط", "وفي", "ومحيط", "مداخل", "مدخل");

    private FacilityReference() {}

    /** The noun of a token without its conjunction, preposition and article: "بالمطار" → "مطار". */
    private static String noun(Token t) {
        String w = PlaceNameWords.withoutAnd(t.term());
        if (w.startsWith("بال")) w = w.substring(1);
        else if (w.startsWith("لل")) w = "ال" + w.substring(2);
        return PhraseMatcher.withoutArticle(w);
    }

    /** Remembers, for each place noun with a name after it ("مطار منغ"), the place it names (up to {@code upTo}). */
    static void remember(Reading r, List<Token> tokens, List<Mention> ms, int upTo) {
        for (Mention m : ms) {
            if (m.endToken() > upTo) break;
            if (!m.is("PlaceNoun") || m.definite() || m.endToken() >= upTo) continue;
            String noun = noun(tokens.get(m.firstToken()));
            Mention named = ms.stream().filter(o -> o.entry("Place") != null
                    && (o.firstToken() == m.endToken() || o.firstToken() == m.firstToken())).findFirst().orElse(null);
            if (named != null) {
                r.facilities.put(noun, named.entry("Place").iri());
                continue;
            }
            for (PlaceText p : PlaceTextReader.read(r.text, tokens, ms, m.firstToken(), upTo))
                if (p.start() >= tokens.get(m.endToken()).start() && p.start() <= tokens.get(m.endToken()).start() + 1) {
                    r.facilities.put(noun, p);
                    break;
                }
        }
        rememberHills(r, tokens, ms, upTo);
    }

    /**
     * "سيطرت قوات الأسد على تل الحارة … بعد غارات استهدفت التل": a hill named with no place noun
     * ({@link HillNamedAfterIn}) is remembered under its head ("تل", "تلة") for a later "التل", "التلة".
     */
    private static void rememberHills(Reading r, List<Token> tokens, List<Mention> ms, int upTo) {
        List<PlaceText> hills = new ArrayList<>();
        HillNamedAfterIn.read(r.text, tokens, ms, 0, upTo, hills);
        for (PlaceText p : hills)
            for (Token t : tokens) if (t.start() == p.start()) r.facilities.put(noun(t), p);
    }

    /** Gives {@code em}, when it names no place, the facility "المطار" in its clause [from, tail) refers to. */
    static void giveIfNoOther(Reading r, EventMention em, List<Token> tokens, List<Mention> ms, int from, int tail) {
        if (!em.places.isEmpty() || !em.placeTexts.isEmpty()) return;
        for (Mention m : ms) {
            if (m.firstToken() < from || m.firstToken() >= tail || !m.is("FacilityReference")) continue;
            Token t = tokens.get(m.firstToken());
            // ("غارات استهدفت التل": the object of the act's verb is where it struck)
            boolean where = t.term().startsWith("بال") || t.term().startsWith("وبال")
                    || m.firstToken() > 0 && (WHERE.contains(tokens.get(m.firstToken() - 1).term())
                        || PlaceNameWords.isVerbOnly(tokens.get(m.firstToken() - 1)));
            Object named = where ? r.facilities.get(noun(t)) : null;
            if (named == null) continue;
            if (named instanceof PlaceText p) em.placeTexts.add(p);
            else em.places.add((String) named);
            em.placesCarried = true;   // referred to, not told: a denial keeps none
            return;
        }
    }
}
