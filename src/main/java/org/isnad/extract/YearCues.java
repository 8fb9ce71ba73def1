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
        LocalDate from = LocalDate.MIN;
        for (Token t : tokens) {
            if (!t.isNumber() || t.term().length() != 4) continue;
            int y = Integer.parseInt(t.term());
            if (y >= 1990 && y <= 2100 && LocalDate.of(y, 1, 1).isAfter(from)) from = LocalDate.of(y, 1, 1);
        }
        for (Mention m : lexicon.matcher().match(tokens)) {
            Entry actor = m.entry("Actor");
            String named = actor == null ? null : actor.prop("namedFrom");
            if (named != null && LocalDate.parse(named).isAfter(from)) from = LocalDate.parse(named);
        }
        return new YearCues(from);
    }

    boolean allow(LocalDate d) {
        return !d.isBefore(notBefore);
    }
}
