package org.isnad.extract;

import java.util.List;

/**
 * "الاثنين ١٥ أيار/مايو ٢٠٢٣", "وصباح الجمعة في الأول من أيلول الجاري": a weekday followed by the full date
 * it falls on. The date says it all; the weekday alone would be read as the last such day before the
 * report, a week or more off when the date is older. Real pages also write the weekday as the last one
 * ("يوم الجمعة الماضي، 19 من شباط"), join it to its date by "الموافق" ("يوم الأربعاء الموافق 14 كانون الثاني"),
 * or give the date in figures ("يوم الثلاثاء 2/4/2024"): the date follows all the same.
 */
final class WeekdayAndDate {
    private WeekdayAndDate() {}

    private static final String FI = ArabicAnalysis.terms("في").get(0);
    private static final String MIN = ArabicAnalysis.terms("من").get(0);
    private static final String MUWAFIQ = ArabicAnalysis.terms("الموافق").get(0);

    /**
     * The weekday at mention {@code k} is followed by a day of the month ("15", "الأول") and its month, or by
     * a date in figures; a qualifier ("الماضي") and "الموافق" may stand between them.
     */
    static boolean fullDateFollows(String text, List<Token> tokens, List<Mention> ms, int k) {
        int t = ms.get(k).endToken();
        if (k + 1 < ms.size() && ms.get(k + 1).firstToken() == t && ms.get(k + 1).is("PeriodQualifier")) {
            t = ms.get(k + 1).endToken();                                      // "السبت الماضي 25 مارس"
        }
        if (t < tokens.size() && tokens.get(t).term().equals(MUWAFIQ)) t++;   // "الأربعاء الموافق 14 …"
        if (t < tokens.size() && tokens.get(t).term().equals(FI)) t++;        // "الجمعة في الأول من أيلول"
        if (t >= tokens.size()) return false;
        if (t + 2 < tokens.size() && NumericDate.read(text, tokens, t) != null) return true;   // "الثلاثاء 2/4/2024"
        int dayEnd = -1;
        if (tokens.get(t).isNumber()) dayEnd = t + 1;
        for (int j = k + 1; j < ms.size() && dayEnd < 0; j++) {
            if (ms.get(j).firstToken() == t && ms.get(j).is("DayOrdinal")) dayEnd = ms.get(j).endToken();
        }
        if (dayEnd < 0) return false;
        t = dayEnd;
        if (t < tokens.size() && tokens.get(t).term().equals(MIN)) t++;
        for (int j = k + 1; j < ms.size(); j++) {
            if (ms.get(j).firstToken() == t) return ms.get(j).is("MonthName");
        }
        return false;
    }
}
