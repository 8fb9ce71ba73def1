package org.isnad.extract;

import java.time.LocalDate;
import org.isnad.ingest.Article;

/**
 * What the words of an undated text say of when it was written, for a date told without its year
 * ({@link DayFixedByText}): no earlier than the latest year it names in figures ("منذ عام 2018"), and no earlier
 * than the day each actor it names first bore that name (isnad:namedFrom: "قسد" from October 2015). Only lower
 * bounds: a name may be told long after its bearer is gone ("جبهة النصرة سابقاً"), so no cue ends an era.
 */
record YearCues(LocalDate notBefore) {

    static YearCues of(Article article, Lexicon lexicon) {
        String text = article.text();
        java.util.List<Token> tokens = ArabicAnalysis.tokens(text);
        java.util.List<Mention> ms = lexicon.matcher().match(tokens);
        java.util.Set<Integer> afterMonth = new java.util.HashSet<>();
        for (Mention m : ms) if (m.is("MonthName")) afterMonth.add(m.endToken());
        LocalDate from = LocalDate.MIN;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            // a page's footer or sidebar ("جميع الحقوق محفوظة 2021") is no cue of when the text was written
            if (!t.isNumber() || t.term().length() != 4 || article.isIgnored(t.start())) continue;
            // a year is told as one: after "عام"/"سنة" or a month's name ("منذ عام 2018", "آذار 2019"), not a toll
            if (!afterMonth.contains(i) && (i == 0 || !YEAR_WORDS.contains(PhraseMatcher.withoutArticle(tokens.get(i - 1).term())))) continue;
            int y = Integer.parseInt(t.term());
            if (y >= 1990 && y <= 2100 && LocalDate.of(y, 1, 1).isAfter(from)) from = LocalDate.of(y, 1, 1);
        }
        for (Mention m : ms) {
            if (article.isIgnored(tokens.get(m.firstToken()).start())) continue;
            Entry actor = m.entry("Actor");
            LocalDate named = actor == null ? null : DayFixedByText.xsdDate(String.valueOf(actor.prop("namedFrom")));
            if (named != null && named.isAfter(from)) from = named;
        }
        return new YearCues(from);
    }

    /** The words a year is told after, without their article and with their prepositions ("لعام", "بالعام"). */
    private static final java.util.Set<String> YEAR_WORDS = java.util.Set.of("عام", "لعام", "بعام", "للعام", "بالعام",
            "سنه", "لسنه", "بسنه", "للسنه", "بالسنه", "مطلع", "نهايه", "اواخر", "اوائل", "منتصف", "ربيع", "صيف", "خريف", "شتاء");

    boolean allow(LocalDate d) {
        return !d.isBefore(notBefore);
    }
}
