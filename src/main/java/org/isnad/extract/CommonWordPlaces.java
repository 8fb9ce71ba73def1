package org.isnad.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.isnad.morph.Analysis;

/**
 * Gazetteer names that are also ordinary words: "رافعين صور الضحايا" (raising pictures of the victims) names
 * no town al-Sour. A one-word village or town name is read as the place only where the text says it is one,
 * as a reader does; elsewhere the word is what the dictionary says it is.
 */
final class CommonWordPlaces {

    /** Kinds small enough that their names are often ordinary words; cities and areas are well known. */
    private static final Set<String> SMALL_PLACES = Set.of("Village", "Town");
    /** Words before a name that say it is a place: prepositions of place, sides, outskirts, directions. */
    private static final Set<String> BEFORE = ArabicAnalysis.wordSet("في", "من", "إلى", "قرب", "عند", "نحو", "باتجاه", "اتجاه", "صوب",
            "حتى", "بين", "داخل", "محيط", "أطراف", "مدخل", "مداخل", "ريف", "بالقرب", "شرق", "غرب", "شمال", "جنوب",
            "شرقي", "غربي", "شمالي", "جنوبي", "وسط", "أهالي", "سكان", "أبناء", "طريق", "أوتوستراد");
    private static final int LIST_REACH = 4;
    /** Words after a name that place it: "الصور شمالي دير الزور", "الزيارة بريف حماة". */
    private static final Set<String> AFTER = ArabicAnalysis.wordSet("شرق", "غرب", "شمال", "جنوب", "شرقي", "غربي", "شمالي", "جنوبي",
            "ريف", "بريف", "في", "قرب", "بالقرب", "جنوبي", "الواقعة", "التابعة");

    private CommonWordPlaces() {}

    /** The mentions, without the place readings of ordinary words the text does not make places. */
    static List<Mention> filter(List<Token> tokens, List<Mention> ms, Lexicon lexicon) {
        return Mention.withoutReadings(ms, "Place", k -> ms.get(k).endToken() - ms.get(k).firstToken() == 1
                && !namesThePlace(tokens, ms, k, lexicon));
    }

    private static boolean namesThePlace(List<Token> tokens, List<Mention> ms, int k, Lexicon lexicon) {
        Mention m = ms.get(k);
        Token word = tokens.get(m.firstToken());
        Entry place = m.entry("Place");
        if (wordOfItsOwn(word, lexicon)) return false;
        // "صور الضحايا": a name that always has the article ("الصور"), written without it, is a construct
        // of the common noun; the name in construct keeps its article ("أهالي الصور")
        if (!m.definite() && lexicon.namedWithArticleOnly(place.iri())) return false;
        // "رفعوا الصور": a definite ordinary noun; a bare name ("سرمدا", "ملح") is rarely the common word
        if (!m.definite() || !SMALL_PLACES.contains(place.localProp("placeKind")) || !isOrdinaryWord(word)) return true;
        return saidToBePlace(tokens, ms, k);
    }

    /**
     * "قصفت مواقع في جنوب لبنان": cutting the leading "ل" off leaves the Aleppo town "بنان", but the dictionary
     * reads the whole word, and no name of the gazetteer starts with it: its first letter is no preposition.
     * Only a word that could lose a clitic: "بنان" as written, the town's own name, stays.
     */
    private static boolean wordOfItsOwn(Token word, Lexicon lexicon) {
        String term = word.term();
        for (Analysis a : word.analyses()) {
            String p = a.proclitics();
            if (!(p.isEmpty() || p.equals("و") || p.equals("ف")) || !term.equals(p + a.lemma())) continue;
            String rest = a.lemma();
            if (rest.length() > 3 && "بلك".indexOf(rest.charAt(0)) >= 0 && !lexicon.matcher().startsName(rest)) return true;
        }
        return false;
    }

    /** "رفعوا الصور": the dictionary knows the word, and not as a name. */
    private static boolean isOrdinaryWord(Token t) {
        return !t.analyses().isEmpty() && t.analyses().stream().noneMatch(a -> a.wordClass() == Analysis.WordClass.PROPER_NOUN);
    }

    // "بالصور", "وبالصور"
    private static final Pattern WITH_BI = Pattern.compile("^[وف]?ب.*");

    /** "بلدة الصور", "في الصور", "قرب الصور", "شهبا والصور", "الصور شمالي دير الزور", "بالصور". */
    private static boolean saidToBePlace(List<Token> tokens, List<Mention> ms, int k) {
        Mention m = ms.get(k);
        int i = m.firstToken();
        if (PhraseMatcher.prepositionalForms(tokens.get(i).term()).stream().anyMatch(f -> f.startsWith("ال"))
                && WITH_BI.matcher(tokens.get(i).term()).matches()) return true;
        if (k > 0 && ms.get(k - 1).endToken() == i && (ms.get(k - 1).is("PlaceNoun") || ms.get(k - 1).is("Place"))) return true;
        if (i > 0 && placeWordBefore(tokens.get(i - 1))) return true;
        // "بين الكشمة والطيانة", "بلدات شهبا والقريا": a later item of a list of places
        if (tokens.get(i).term().startsWith("و")) {
            for (int j = i - 1; j >= Math.max(0, i - LIST_REACH); j--) if (placeWordBefore(tokens.get(j))) return true;
            for (int j = k - 1; j >= 0 && ms.get(j).endToken() >= i - LIST_REACH; j--)
                if (ms.get(j).is("Place") || ms.get(j).is("PlaceNoun")) return true;
        }
        return i + 1 < tokens.size() && (AFTER.contains(tokens.get(i + 1).term()) || AFTER.contains(PhraseMatcher.stem(tokens.get(i + 1).term())));
    }

    private static boolean placeWordBefore(Token t) {
        return BEFORE.contains(PhraseMatcher.stem(t.term())) || BEFORE.contains(t.term()) || PlaceNameWords.isPlaceNoun(t);
    }
}
