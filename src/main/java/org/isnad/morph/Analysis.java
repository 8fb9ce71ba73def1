package org.isnad.morph;

/**
 * One reading of a word: its lemma, word class, tense and voice, and the clitics around its stem. An
 * unvocalised word often has several ("قتل": the noun "killing", the verb "he killed", the passive "he was
 * killed"); the analyser gives them all and the reader chooses.
 *
 * @param lemma     the dictionary form, normalised as article text is (no diacritics, one alef), e.g.
 *                  "استهدف" for "واستهدفتها"
 * @param wordClass verb, verbal noun, noun, adjective, proper noun or particle
 * @param tense     for verbs: past, present or imperative; {@link Tense#NONE} otherwise
 * @param voice     for verbs: active or passive (unvocalised text is usually both); NONE otherwise
 * @param future    the future prefix س ("سيستهدف")
 * @param proclitics the conjunction, preposition and article before the stem, as written ("وب", "ال", "")
 * @param enclitic  the attached pronoun after the stem ("ها" in "استهدفتها"), or ""
 */
public record Analysis(String lemma, WordClass wordClass, Tense tense, Voice voice, boolean future,
                       String proclitics, String enclitic) {

    public enum WordClass { VERB, VERBAL_NOUN, NOUN, ADJECTIVE, PROPER_NOUN, PARTICLE }

    public enum Tense { PAST, PRESENT, IMPERATIVE, NONE }

    public enum Voice { ACTIVE, PASSIVE, NONE }

    public boolean isVerb() { return wordClass == WordClass.VERB; }

    /** A noun of any kind: the verbal noun "استهداف", the noun "غارة", the participle "متظاهر". */
    public boolean isNominal() {
        return wordClass == WordClass.VERBAL_NOUN || wordClass == WordClass.NOUN || wordClass == WordClass.ADJECTIVE;
    }

    /** A preposition ب, ل or ك stands before the stem, after any conjunction ("بريف", "وللمتظاهرين"). */
    public boolean prepositional() {
        String p = proclitics.startsWith("و") || proclitics.startsWith("ف") ? proclitics.substring(1) : proclitics;
        return p.startsWith("ب") || p.startsWith("ل") || p.startsWith("ك");
    }

    /** The article ال stands before the stem ("الغارات", "بالقصف", "للمتظاهرين"). */
    public boolean definite() { return proclitics.endsWith("ال") || proclitics.endsWith("لل"); }
}
