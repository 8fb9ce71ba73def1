package org.isnad.extract;

import java.util.List;
import java.util.function.Predicate;
import org.isnad.morph.Analysis;

/**
 * "وأسفر إطلاق النار عن إصابة رجل آخر", "وأدى تبادل إطلاق النار إلى مقتل عنصر": an act named, definite on its
 * last word, as the subject of a result verb is the act the article told already; the clause tells its toll,
 * not a new act. The act as the result ("ما أدى إلى تبادل لإطلاق النار", "أدى لاندلاع اشتباكات") is told there,
 * and an indefinite subject ("أسفر هجوم على حاجز عن …") is a new act too.
 */
final class CauseToldBefore {

    private CauseToldBefore() {}

    /** True when {@code m} is the act's noun right after a result verb, definite and no preposition's object. */
    static boolean subjectOfResult(List<Token> tokens, List<Mention> ms, Mention m) {
        if (!m.is("Trigger") || m.is("ActionVerb") || m.endToken() > tokens.size()) return false;
        // "أسفر", "أدى" (a toll cue that is a verb), not "جراء القصف", "نتيجة القصف"
        if (ms.stream().noneMatch(v -> v.endToken() == m.firstToken() && v.is("TollCue") && v.is("ActionVerb"))) return false;
        List<Analysis> first = tokens.get(m.firstToken()).analyses();
        // "تبادل" reads as a verb too; after "أدى" it is the noun
        if (first.stream().noneMatch(Analysis::isNominal) || first.stream().anyMatch(Analysis::prepositional)) return false;
        Token last = tokens.get(m.endToken() - 1);
        return !last.analyses().isEmpty() && last.analyses().stream().allMatch(Analysis::definite);
    }

    /**
     * The clause's acts are one told before as the result verb's subject ({@code retold}) and the toll words of
     * its outcome ("عن إصابة رجل", "لمقتل عنصر"): it adds no act.
     */
    static boolean onlyItsToll(MatchedSentence s, Clause cl, Predicate<Mention> retold) {
        boolean cause = false;
        for (Mention m : s.mentions()) {
            if (!cl.holds(m) || !m.is("Trigger")) continue;
            if (retold.test(m)) cause = true;
            else if (!m.entry("Trigger").flag("tollWord")) return false;
        }
        return cause;
    }
}
