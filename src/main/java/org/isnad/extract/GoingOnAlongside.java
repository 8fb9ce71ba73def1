package org.isnad.extract;

import java.util.List;
import org.isnad.morph.Analysis;

/**
 * "ويأتي القصف بالتزامن مع هجمات برية تشنها القوات على ريف المدينة", "وسط قصف متواصل يستهدف الأحياء",
 * "بالتزامن مع عمليات اغتيال متكررة": an act's noun after a word of "alongside" or "after" (isnad:EventAnaphorCue)
 * is told in passing only when it is one act. Described by a verb of the present ("تشنها", "يستهدف": a
 * relative clause of what the force goes on doing) or by a word of a series or of what goes on ("متكررة",
 * "مستمر"), it is the story's backdrop, which the analysts leave uncoded; the past ("بالتزامن مع قصف مدفعي
 * استهدف قرية …") still tells one act.
 */
final class GoingOnAlongside {

    /** How many words after the noun its description may stand: "هجمات عنيفة تنفذها", "قصف مصدره المناطق … يستهدف". */
    private static final int REACH = 8;

    private GoingOnAlongside() {}

    /** True when the act's noun is described, up to a comma, as what goes on rather than one act. */
    static boolean described(String text, List<Token> tokens, List<Mention> ms, Mention noun) {
        int end = Math.min(tokens.size(), noun.endToken() + REACH);
        for (int t = noun.endToken(); t < end; t++) {
            if (Token.commaBefore(text, tokens, t)) return false;
            int at = t;
            if (ms.stream().anyMatch(m -> m.firstToken() == at && (m.is("SeriesCue") || m.is("ContinuationCue") || m.is("HabitualCue"))))
                return true;
            Token tok = tokens.get(t);
            if (!PlaceNameWords.isVerbOnly(tok)) continue;
            // the first verb after the noun says which: "تنفذها" goes on, "استهدفت" tells one act
            return tok.hasVerbReading(Analysis.Tense.PRESENT) && !tok.hasVerbReading(Analysis.Tense.PAST);
        }
        return false;
    }
}
