package org.isnad.extract;

import java.util.List;
import org.isnad.extract.DateParser.DateExpr;
import org.isnad.extract.SentenceSplitter.Sentence;

/**
 * One sentence as the readers see it: its words, what of the reference data they name, and its dates.
 *
 * @param sentence where it stands in the article
 * @param tokens   its words
 * @param mentions the lexicon and gazetteer entries its words match, in text order
 * @param dates    its date expressions, in text order
 */
record MatchedSentence(Sentence sentence, List<Token> tokens, List<Mention> mentions, List<DateExpr> dates) {

    int start() { return sentence.start(); }

    int end() { return sentence.end(); }

    /** The term of the word at {@code index}. */
    String term(int index) { return tokens.get(index).term(); }
}
