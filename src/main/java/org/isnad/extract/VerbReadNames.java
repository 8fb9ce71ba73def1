package org.isnad.extract;

import java.util.List;
import java.util.Set;

/**
 * Village names the dictionary reads only as verbs: "بلدة سقبا" ("سقبا" as "they two drew near"), "بلدة عين
 * ترما" ("ترما" as a form of "ورم"). Right after a singular place noun, or as the second word after a name head
 * that follows one, such a word is the name when the name ends with it (a preposition, a comma, "و", the
 * clause's end); a verb that agrees with the noun ("بلدة تعرضت لقصف", "قرية يقطنها") opens a clause instead.
 */
final class VerbReadNames {

    /** Words after a name that end it: prepositions and words that place it. */
    private static final Set<String> ENDS = Set.of("في", "من", "على", "الي", "قرب", "عند", "شرق", "غرب", "شمال", "جنوب",
            "شرقي", "غربي", "شمالي", "جنوبي", "بالقرب", "ريف", "وسط", "التابعه", "الواقعه", "اليوم");

    private VerbReadNames() {}

    /**
     * True when the name that starts at {@code first} goes on with the verb-read word at {@code at}: the name's
     * first word after a singular place noun ({@code at == first}), or its second after a name head
     * ({@code at == first + 1}).
     */
    static boolean named(List<Token> tokens, int first, int at, int to) {
        if (first < 1 || at >= to || at > first + 1) return false;
        Token word = tokens.get(at);
        if (!PlaceNameWords.isVerbOnly(word) || PlaceNameWords.hasPronoun(word) || word.term().startsWith("و")
                || !endsName(tokens, at + 1, to)) return false;
        if (at == first) return singularPlaceNoun(tokens.get(first - 1)) && !agreesWithNoun(word.term());
        // "بلدة عين ترما": the head is no name alone, so the word after it is the name's second
        String head = tokens.get(first).term();
        return singularPlaceNoun(tokens.get(first - 1)) && NameHeads.opens(head)
                && !Token.markBefore(tokens, at);
    }

    /**
     * "بلدات كفرنبل وحاس وكفرسجنة": after a plural place noun, a later item read only as a past verb ("وحاس")
     * is a name when the list goes on after it with a word that is no verb ("وكفرسجنة"), or a place ends it
     * ("وحاس بريف إدلب"); "…، وتبين بعد تفتيشها" opens a clause. {@code afterComma}: the item stands after a
     * comma of a plural place noun's list, so a comma after it goes on with that list.
     */
    static boolean listedBeforeMore(List<Token> tokens, int at, int to, boolean afterComma) {
        Token word = tokens.get(at);
        // (after a list's comma a word read as a noun too, "وعرى", is as open to a past verb's reading)
        boolean verbRead = PlaceNameWords.isVerbOnly(word) || afterComma && PlaceNameWords.mayBePastVerb(word);
        if (!word.term().startsWith("و") || word.term().length() < 4 || !verbRead
                || PlaceNameWords.hasPronoun(word) || at + 1 >= to || Token.markBefore(tokens, at + 1) && !(afterComma && commaWide(tokens, at + 1))) return false;
        Token next = tokens.get(at + 1);
        String w = next.term();
        if (w.length() > 3 && w.startsWith("و")) return !PlaceNameWords.mayBeVerb(next) && !PlaceNameWords.hasPronoun(next);
        return PlaceNameWords.startsWithPreposition(next) && PhraseMatcher.stem(w).equals("ريف") || w.equals("في");
    }

    /**
     * "وقرية بسبت في ريف إدلب" ("بسبت" read as "on Saturday"), "بلدة بداما": right after a singular place noun,
     * a bare word whose first "ب" or "ل" the dictionary reads as a preposition is the name, with its own letter,
     * when the name ends with it (a preposition, a comma, "و", the clause's end); "قرية بريف إدلب" goes on with
     * a name and keeps its preposition.
     */
    static boolean letterNamed(List<Token> tokens, int at, int to) {
        if (at < 1 || at >= to) return false;
        Token word = tokens.get(at);
        return singularPlaceNoun(tokens.get(at - 1)) && PlaceNameWords.letterBeforeBareWord(word)
                && PlaceNameWords.startsWithPreposition(word) && !PlaceNameWords.hasPronoun(word)
                && PlaceNameWords.isArabic(word.term()) && endsName(tokens, at + 1, to);
    }

    /** "بلدة", "وقرية", "مدينة": an indefinite place noun that announces one name. */
    private static boolean singularPlaceNoun(Token t) {
        String w = t.term();
        return PlaceNameWords.isPlaceNoun(t) && !PlaceNameWords.isPluralPlaceNoun(t)
                && !(w.startsWith("ال") || w.startsWith("وال"));
    }

    /**
     * "على محاور …، ونجران، وعرى، وعتيل": in a list written "، و" item after item, the comma before the next
     * item is the list's own separator, as the one before this item was (a gap no wider than ", " or " ، ").
     */
    private static boolean commaWide(List<Token> tokens, int t) {
        return tokens.get(t).start() - tokens.get(t - 1).end() <= 3;
    }

    /**
     * "تعرضت", "تقع", "يقطنها", "قتلوا": a verb in the feminine or masculine third person, present or past, or
     * in the plural, may be a clause on the place; a name read as a verb rarely has those shapes.
     */
    private static boolean agreesWithNoun(String w) {
        return w.startsWith("ت") || w.startsWith("ي") || w.endsWith("ت") || w.endsWith("وا");
    }

    private static boolean endsName(List<Token> tokens, int next, int to) {
        if (next >= to) return true;
        Token t = tokens.get(next);
        String w = t.term();
        return Token.markBefore(tokens, next) || ENDS.contains(w) || ENDS.contains(PhraseMatcher.stem(w))
                || PlaceNameWords.startsWithPreposition(t) || w.length() > 3 && w.startsWith("و") || PlaceNameWords.isPlaceNoun(t);
    }
}
