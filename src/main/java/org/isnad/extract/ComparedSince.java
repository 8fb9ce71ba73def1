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

    // "الأعنف في المنطقة منذ", "أكبر مظاهرة تشهدها مدينة حلب منذ": a few words may stand between the
    // comparison and "منذ"
    private static final int GAP = 4;

    static List<DateExpr> filter(List<Token> tokens, List<Mention> ms, List<DateExpr> dates) {
        List<DateExpr> out = null;
        for (DateExpr d : dates) {
            int since = TimeReader.since(tokens, d) ? TimeReader.sinceAt(tokens, d) : sinceEventAt(tokens, d);
            boolean compared = since >= 0 && comparisonBefore(ms, since);
            if (compared && out == null) out = new ArrayList<>(dates.subList(0, dates.indexOf(d)));
            else if (!compared && out != null) out.add(d);
        }
        return out == null ? dates : out;
    }

    // "منذ انطلاق الاحتجاجات في شهر آذار من عام 2011", "منذ إعلان وقف إطلاق النار، في منتصف نيسان": an act's noun between
    private static final int EVENT_REACH = 8;
    private static final java.util.Set<String> SINCE = ArabicAnalysis.wordSet("منذ", "ومنذ");

    /**
     * "أكبر مظاهرة تشهدها المدينة منذ انطلاق الاحتجاجات في شهر آذار من العام الماضي": "منذ" before the noun of
     * an act whose day the date then names; the token of "منذ", or -1.
     */
    private static int sinceEventAt(List<Token> tokens, DateExpr d) {
        for (int t = d.firstToken() - 1; t >= 0 && t >= d.firstToken() - EVENT_REACH; t--)
            if (SINCE.contains(tokens.get(t).term())) return t;
        return -1;
    }

    /** A comparison that ends at most {@link #GAP} words before the token of "منذ". */
    private static boolean comparisonBefore(List<Mention> ms, int since) {
        for (Mention m : ms) {
            if (m.is("ComparisonCue") && m.endToken() <= since && since - m.endToken() <= GAP) return true;
        }
        return false;
    }
}
