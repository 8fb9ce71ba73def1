package org.isnad.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "استهداف مسيرة تركية لسيارة كانت تقلهم": "تقل" is the verb "أقلّ" (to carry), which the dictionary also reads
 * as "قال" in its short (jussive) form. That form of "to say" stands only after a negation ("لم يقل"), so a
 * bare "تقل"/"يقل" with or without an object pronoun is no verb of saying, and the actor before it is no speaker.
 */
final class CarriedNotSaid {

    private CarriedNotSaid() {}

    // the short present of قال, with "و"/"ف" before it and an object pronoun after it ("تقلهم", "ويقله")
    private static final Pattern SHORT_SAY = Pattern.compile("^[وف]?[تي]قل(ه|ها|هم|هما|هن)?$");

    /** "لم يقل", "ولم تقل": the short form after a negation is "did not say". */
    private static final Set<String> NEGATIONS = ArabicAnalysis.wordSet("لم", "ولم", "فلم", "لا", "ولا");

    static List<Mention> filter(List<Token> tokens, List<Mention> ms) {
        return Mention.withoutReadings(ms, "SpeechVerb", k -> {
            Mention m = ms.get(k);
            int t = m.firstToken();
            return m.endToken() == t + 1 && SHORT_SAY.matcher(tokens.get(t).term()).matches()
                    && (t == 0 || !NEGATIONS.contains(tokens.get(t - 1).term()));
        });
    }
}
