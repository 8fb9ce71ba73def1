package org.isnad.extract;

/**
 * A place named in the text that the reference data does not know, kept as written: "قرية الحوايج في ريف
 * دير الزور الشرقي" gives the words "الحوايج", within Deir ez-Zor's countryside. Unresolved, as a date the
 * text gives without a publication date stays unresolved.
 *
 * @param text   the name as written in the article
 * @param start  offset of its first character in the article text
 * @param end    offset after its last character
 * @param within the nearest known area the text places it in, or null when it names none
 */
public record PlaceText(String text, int start, int end, String within) {

    /** Whether these words stand within tokens [from, to) of the sentence: a home town's phrase, a charge's. */
    boolean inTokens(java.util.List<Token> tokens, int from, int to) {
        return from >= 0 && from < tokens.size() && start >= tokens.get(from).start()
                && end <= tokens.get(Math.min(to, tokens.size()) - 1).end();
    }
}
