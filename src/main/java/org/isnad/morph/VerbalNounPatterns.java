package org.isnad.morph;

import java.util.Set;

/**
 * The verbal noun of a derived verb follows from its form, which the dictionary's list lacks for most
 * verbs: VIII اعتقل → اعتقال, X استهدف → استهداف, VII انفجر → انفجار, IV أطلق → إطلاق, II فجّر → تفجير,
 * III داهم → مداهمة, V/VI تظاهر → تظاهر. Form I verbal nouns are irregular and come from the list.
 */
final class VerbalNounPatterns {

    private static final char SHADDA = '\u0651';

    private VerbalNounPatterns() {}

    /** Normalised verbal nouns of a verb lemma (vocalised or not; a shadda marks form II). */
    static Set<String> of(String lemma) {
        String n = ArabicLetters.normalise(lemma);
        int len = n.length();
        if (len == 3 && lemma.indexOf(SHADDA) >= 0) return Set.of("ت" + n.charAt(0) + n.charAt(1) + "ي" + n.charAt(2));
        if (len == 4 && n.charAt(1) == 'ا') return Set.of("م" + n + "ه");
        if (len >= 4 && n.charAt(0) == 'ا') return Set.of(n.substring(0, len - 1) + "ا" + n.charAt(len - 1));
        if (len >= 4 && n.charAt(0) == 'ت') return Set.of(n);
        return Set.of();
    }
}
