package org.isnad.extract;

import java.util.List;
import java.util.Set;

/**
 * "توغلت قوة إسرائيلية فجر الجمعة في قرية …", "شنّت القوات حملة دهم فجر يوم السبت": unvowelled, "فجر" before a
 * weekday is the dawn of that day, not the verb "فجّر" (detonated), which the lexicon reads as an explosion.
 * The lexicon's "فجر اليوم" and "فجر أمس" are days of their own and win as longer matches; a weekday named
 * after dawn has no such phrase, and incursions and raids told "at dawn on Friday" came out as bombings on real
 * pages of several outlets. The verb is followed by its object or subject ("فجّر انتحاري نفسه", "فجّروا
 * العبوة"), never by a weekday.
 */
final class DawnNotDetonation {

    private static final String DAWN = ArabicAnalysis.terms("فجر").get(0);
    private static final Set<String> DAY = ArabicAnalysis.wordSet("يوم");

    private DawnNotDetonation() {}

    /** The mentions, without the trigger reading of "فجر" when a weekday follows it (after "يوم" or right away). */
    static List<Mention> filter(List<Token> tokens, List<Mention> ms) {
        return Mention.withoutReadings(ms, "Trigger", k -> dawnOfADay(tokens, ms, ms.get(k)));
    }

    private static boolean dawnOfADay(List<Token> tokens, List<Mention> ms, Mention m) {
        if (m.endToken() - m.firstToken() != 1 || !tokens.get(m.firstToken()).term().equals(DAWN)) return false;
        int next = m.endToken();
        if (next < tokens.size() && DAY.contains(tokens.get(next).term())) next++;
        for (Mention w : ms) if (w.firstToken() == next && w.is("Weekday")) return true;
        return false;
    }
}
