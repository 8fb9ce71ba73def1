package org.isnad.extract;

import java.util.List;

/**
 * What the words next to a would-be place name tell about it: the first name of a list a plural place noun
 * announces ("بلدات حاس وكفرومة"), a definite word named by the indefinite place noun before it ("قرية الرصيف"),
 * a country's name that is a village's second word ("معرة الصين"), and a town named in a camp's name ("مخيم أهل
 * مورك"). Read by {@link PlaceTextReader}.
 */
final class PlaceNameCues {

    private PlaceNameCues() {}

    /**
     * "بلدات حاس وكفرومة ومعرزيتا": the first name after a plural place noun, when the list goes on after it
     * ("و" or a comma), is a name though the dictionary reads it as a verb ("حاس").
     */
    static boolean announcedFirst(List<Token> tokens, int first, int to) {
        // ("أربع قرى هي الطليسية والقاهر": the noun stands before "هي")
        int noun = first > 1 && PlaceTextReader.APPOSITION.contains(tokens.get(first - 1).term()) ? first - 2 : first - 1;
        // ("مناطق عديدة …، ومنها الطيبة وعلما": the announcer stands before the first name)
        if (first == 0 || first + 1 >= Math.min(to, tokens.size())
                || !PlaceNameWords.isPluralPlaceNoun(tokens.get(noun)) && !AnnouncedPlaceList.announcerEndsAt(tokens, first)) return false;
        Token t = PlaceNameWords.withoutSecondPerson(tokens.get(first)), next = tokens.get(first + 1);
        return !PlaceNameWords.hasPronoun(t) && (!PlaceNameWords.startsWithPreposition(t) || PlaceNameWords.letterBeforeBareWord(t))
                && PlaceNameWords.isArabic(t.term())
                && (next.term().length() > 3 && next.term().startsWith("و") || Token.markBefore(tokens, first + 1));
    }

    /**
     * "قرية الرصيف", "معسكر جورين": right after an indefinite place noun a definite word is not its adjective
     * (that would be indefinite, "قرية صغيرة") but the name it is the village of.
     */
    static boolean namedByConstruct(List<Token> tokens, List<Mention> ms, Token t, int first) {
        if (first == 0 || !PhraseMatcher.isDefinite(t.term()) || PlaceNameWords.hasPronoun(t) || PlaceNameWords.startsWithPreposition(t)) return false;
        Token before = tokens.get(first - 1);
        if (PhraseMatcher.isDefinite(before.term())) return false;
        if (PlaceNameWords.isPlaceNoun(before)) return true;
        for (Mention m : ms) if (m.endToken() == first && m.is("PlaceNoun") && !m.definite()) return true;
        return false;
    }

    /**
     * "معرة الصين", "تل مصر": after a word that opens names, a country's name is the village's second word,
     * not the country.
     */
    static boolean countryAfterNameHead(List<Token> tokens, List<Mention> ms, int first, int end) {
        if (!NameHeads.followedBy(tokens, first, end, false)) return false;
        Mention m = Mention.startingAt(ms, end);
        Entry place = m == null ? null : m.entry("Place");
        return place != null && "Country".equals(place.localProp("placeKind"))
                && !Token.markBefore(tokens, end);
    }

    /**
     * "مخيم أهل مورك": a camp named after the people of a town; the town's name, though the gazetteer knows it,
     * is the second word of the camp's name ("أهل" alone names nothing).
     */
    static boolean peopleOfPlace(List<Token> tokens, List<Mention> ms, int first, int end) {
        if (end != first + 1 || Token.markBefore(tokens, end)) return false;
        String head = tokens.get(first).term();
        Mention m = Mention.startingAt(ms, end);
        return PhraseMatcher.withoutArticle(head.startsWith("و") ? head.substring(1) : head).equals("اهل")
                && m != null && m.is("Place");
    }
}
