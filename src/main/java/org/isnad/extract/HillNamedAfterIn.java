package org.isnad.extract;

import java.util.List;
import java.util.Set;
import org.isnad.morph.Analysis;

/**
 * "هاجم مجهولون مبنى الإدارة في تل …", "استهدف صاروخ سيارة في تلة “…”": after "in", a hill, mountain or ruin
 * word and a word the gazetteer lacks name a village or a hill (Syria has hundreds of "تل …" villages), though
 * no place noun ("قرية", "بلدة") announces them. Read for {@link PlaceTextReader}; the heads are the ones that
 * are no everyday noun ("في بيت أحد المدنيين", "في عين المكان" name none).
 */
final class HillNamedAfterIn {

    private static final Set<String> HEADS = Set.of("تل", "تله", "جبل", "خربه", "كفر");
    /**
     * Words a hill is named after, as "in" is: "سيطر الثوار على تلة …", "استعادت القوات السيطرة على تل …
     * الاستراتيجي", "اشتباكات قرب تلة …", "عند تل …" (a hill taken or fought over is a place of its own).
     */
    private static final Set<String> BEFORE = Set.of("في", "علي", "قرب", "عند", "محيط");
    /** Quotation marks a name may stand in ("تلة “…”"); anything else between the two words ends it. */
    private static final String QUOTES = "\"“”«»'";

    private HillNamedAfterIn() {}

    static void read(String text, List<Token> tokens, List<Mention> ms, int from, int to, List<PlaceText> out) {
        for (int t = from; t + 2 < to; t++) {
            if (!BEFORE.contains(tokens.get(t).term()) || PlaceTextReader.inMention(ms, t + 1) || PlaceTextReader.inMention(ms, t + 2)) continue;
            Token head = tokens.get(t + 1), name = tokens.get(t + 2);
            if (!HEADS.contains(head.term()) || !onlyQuotesBetween(text, head, name) || !mayBeName(name, quoted(text, head, name))) continue;
            if (out.stream().anyMatch(p -> p.start() <= head.start() && head.start() < p.end())) continue;
            PlaceText p = PlaceTextReader.placeText(text, tokens, ms, t + 1, t + 3, to, false);
            // "تلة “…”": the name with both its quotation marks, as written
            int stop = p.end() < text.length() && QUOTES.indexOf(text.charAt(p.end())) >= 0 ? p.end() + 1 : p.end();
            out.add(new PlaceText(text.substring(p.start(), stop), p.start(), stop, p.within()));
        }
    }

    /**
     * The hill's own name: unknown to the dictionary, or a noun with the article ("الشور"); not an adjective
     * ("تل مرتفع", "تل قريب": which hill is not said), a number, a word with a pronoun or a preposition. A
     * word in quotation marks is a name whatever the dictionary reads in it.
     */
    private static boolean mayBeName(Token w, boolean quoted) {
        if (w.isNumber() || !PlaceNameWords.isArabic(w.term()) || w.term().length() < 3 || PlaceNameWords.hasPronoun(w)) return false;
        if (w.analyses().isEmpty() || quoted) return true;
        if (!PhraseMatcher.isDefinite(w.term()) || PlaceNameWords.startsWithPreposition(w)) return false;
        return NameHeads.nounReading(w) || w.analyses().stream().noneMatch(a -> a.wordClass() == Analysis.WordClass.ADJECTIVE);
    }

    private static boolean onlyQuotesBetween(String text, Token a, Token b) {
        for (int i = a.end(); i < b.start(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && QUOTES.indexOf(c) < 0) return false;
        }
        return true;
    }

    private static boolean quoted(String text, Token a, Token b) {
        for (int i = a.end(); i < b.start(); i++) if (QUOTES.indexOf(text.charAt(i)) >= 0) return true;
        return false;
    }
}
