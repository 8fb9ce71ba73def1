package org.isnad.extract;

import java.util.List;
import java.util.Set;
import org.isnad.morph.Analysis;

/** Words that open a village name of two words ("تل طويل", "عين عيسى", "الشيخ ياسين"), and what follows them. */
final class NameHeads {

    /** Words that may open a two-word village name: "تل طويل", "عين عيسى", "خربة غزالة", "أبو حمام". */
    private static final Set<String> HEADS = Set.of("تل", "جبل", "عين", "خربه", "دير", "كفر", "ابو", "ام", "بير",
            "بئر", "راس", "جديده", "عرب", "وادي", "سد", "تلول", "مزرعه", "قصر", "حاوي", "حويجه", "جسر", "بيت", "بني", "عيون",
            "سهل", "حوض", "معره", "اهل",
            // "قرى … وقلعة شوارغة وبرج قاص", "بلدة خان العسل", "قرية جب الجراح": a castle, tower, inn or well
            // that names a village, though the dictionary reads the word alone
            "قلعه", "برج", "خان", "جب", "مزارع",
            "شيخ",       // "الشيخ ياسين": a village named after a sheikh
            "بن");       // "حوايس بن هديب": a name that goes on with "son of"

    /** A list's later item whose word after "و" opens names ("وتل", "وعين"), though it may read as a verb. */
    static boolean listed(Token t) {
        String w = t.term();
        return w.startsWith("و") && w.length() > 2 && HEADS.contains(PhraseMatcher.withoutArticle(w.substring(1)));
    }

    /**
     * "بلدات كفر تخاريم ودير حسان والسحارة": a list's later item opened by a name head is a name, though the
     * lexicon reads the word otherwise ("ودير" as "and run"), and so is the first one right after a place noun
     * ({@code headAfterNoun}: "قرى دير جمال"); a known place stays itself. The mention, or null.
     */
    static Mention unlessListedHead(Mention known, Token t, boolean later, boolean apart, boolean headAfterNoun) {
        if (known == null || known.is("Place") || known.is("PlaceNoun")) return known;
        return later && listed(t, apart) || !later && headAfterNoun ? null : known;
    }

    /**
     * "قرى دير جمال وبينة": a name head right after a place noun opens the list's first name, though the lexicon
     * reads the word as something else ("دير" as "ran"); a known place or place noun stays itself.
     */
    static boolean afterPlaceNoun(List<Token> tokens, int t) {
        return t > 0 && t < tokens.size() && PlaceNameWords.isPlaceNoun(tokens.get(t - 1))
                && HEADS.contains(PhraseMatcher.withoutArticle(tokens.get(t).term()));
    }

    /** {@link #listed(Token)}, or a name head after an "and" written apart ("و”دير سنبل”"). */
    static boolean listed(Token t, boolean apart) {
        return listed(t) || apart && HEADS.contains(PhraseMatcher.withoutArticle(t.term()));
    }

    /** "معرة الصين": a word with the article right after a name head is the name's second word, however the analyser reads it. */
    static boolean followedBy(List<Token> tokens, int first, int end) {
        return followedBy(tokens, first, end, true);
    }

    static boolean followedBy(List<Token> tokens, int first, int end, boolean withArticle) {
        if (end != first + 1 || withArticle && !tokens.get(end).term().startsWith("ال")) return false;
        String head = tokens.get(first).term();
        return HEADS.contains(PhraseMatcher.withoutArticle(head.startsWith("و") ? head.substring(1) : head));
    }

    /** "الملح", "الشحم": a reading as a noun, beside any as an adjective. */
    static boolean nounReading(Token t) {
        return t.analyses().stream().anyMatch(a -> a.enclitic().isEmpty() && (a.wordClass() == Analysis.WordClass.NOUN
                || a.wordClass() == Analysis.WordClass.VERBAL_NOUN));
    }

    /** True when {@code word} (its normal form, or its stem) opens names. */
    static boolean opens(String word) {
        return HEADS.contains(word);
    }

    private NameHeads() {}
}
