package org.isnad.extract;

import java.util.ArrayList;
import java.util.List;
import org.isnad.extract.DateParser.DateExpr;

/**
 * "وبدأ هذا التصعيد غير المسبوق منذ عام 2018": a date after "منذ" that follows a comparison (isnad:ComparisonCue:
 * "غير المسبوق", "الأعنف", "لأول مرة") measures how rare the act is, not when it took place. It is no date of
 * the sentence: read as one, the escalation of today would span the years since 2018.
 */
final class ComparedSince {
    private ComparedSince() {}

    // "الأعنف في المنطقة منذ": a few words may stand between the comparison and "منذ"
    private static final int GAP = 3;

    static List<DateExpr> filter(List<Token> tokens, List<Mention> ms, List<DateExpr> dates) {
        List<DateExpr> out = null;
        for (DateExpr d : dates) {
            boolean compared = TimeReader.since(tokens, d) && comparisonBefore(ms, TimeReader.sinceAt(tokens, d));
            if (compared && out == null) out = new ArrayList<>(dates.subList(0, dates.indexOf(d)));
            else if (!compared && out != null) out.add(d);
        }
        return out == null ? dates : out;
    }

    /** A comparison that ends at most {@link #GAP} words before the token of "منذ". */
    private static boolean comparisonBefore(List<Mention> ms, int since) {
        for (Mention m : ms) {
            if (m.is("ComparisonCue") && m.endToken() <= since && since - m.endToken() <= GAP) return true;
        }
        return false;
    }
}
