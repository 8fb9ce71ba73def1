package org.isnad.extract;

import java.time.LocalDate;
import java.util.List;
import org.isnad.extract.DateParser.DateExpr;
import org.isnad.extract.TimeReader.ClauseTime;
import org.isnad.morph.Analysis;

/**
 * A territory type is an act of capture in the report's time ("سيطرت الفصائل على قرية … اليوم بعد اشتباكات").
 * Real pages mostly tell control as background: who took a place long ago ("سيطرت قوات النظام على درعا صيف
 * 2018", "وكان التنظيم قد سيطر على المدينة عام 2015"), the time of something else ("عاد إلى بلدته بعد سيطرة
 * الفصائل على المنطقة", "قبيل سيطرة النظام على المحافظة"), or an aim ("تحشد القوات للسيطرة على التلة"). Those
 * tell no capture; a capture framed by a time word is one only when it carries a recent date of its own
 * ("بعد السيطرة عليها يوم أمس").
 */
final class CaptureInTime {

    /** A capture dated more than this many days before the report is who has held the place since. */
    private static final int HELD_DAYS = 60;
    /** A capture framed by a time word is the report's when its own date is within these many days. */
    private static final int RECENT_DAYS = 14;

    private CaptureInTime() {}

    /**
     * "للسيطرة على", "لاستعادة": the capture's noun with the lām of purpose, or after an aim word
     * (isnad:AimCue: "بهدف السيطرة", "بغية استعادة"), a place aimed at.
     */
    static boolean aimed(Token capture, List<Mention> ms, Mention m) {
        for (Mention c : ms) {
            if (c.is("AimCue") && c.endToken() == m.firstToken()) return true;
        }
        return capture.analyses().stream().anyMatch(a -> a.isNominal() && purpose(a));
    }

    private static boolean purpose(Analysis a) {
        String p = a.proclitics().startsWith("و") || a.proclitics().startsWith("ف") ? a.proclitics().substring(1) : a.proclitics();
        return p.startsWith("ل");
    }

    /** A time word (isnad:TimeFrameCue) right before the capture's noun: "بعد سيطرة", "منذ استعادة". */
    static boolean framed(List<Mention> ms, Mention capture) {
        for (Mention m : ms) {
            if (m.is("TimeFrameCue") && m.endToken() == capture.firstToken()) return true;
        }
        return false;
    }

    /**
     * "وسيطر التنظيم منذ العام 2014 على مناطق واسعة", "وانتقلت السيطرة على المعبر منذ انطلاق العمل المسلح بين
     * عدة جماعات": "since" in or just after the capture words tells how long a place has been held, no act of
     * the report's time, unless it dates a recent one ("سيطرت الفصائل على القرية منذ يومين"). Not a "since"
     * further on, which dates something else ("سيطرتا خلال آب على المدينة …، ضمن حملة شنّها الطرفان منذ نيسان").
     */
    static boolean heldSince(List<Token> tokens, Clause cl, Mention capture) {
        int to = Math.min(Math.min(cl.to(), tokens.size()), capture.endToken() + SINCE_WORDS);
        for (int j = capture.firstToken(); j < to; j++) {
            if (SINCE.equals(PhraseMatcher.stem(tokens.get(j).term()))) return true;
        }
        return false;
    }

    /** Words after the capture words where "since" still dates the capture: "على كامل ريف دير الزور منذ". */
    private static final int SINCE_WORDS = 6;

    private static final String SINCE = "منذ";

    /** True when the clause's capture is no act of the report's time, so it tells no event. */
    static boolean before(EventMention em, ClauseTime time, LocalDate published) {
        if (!TerritoryTyping.isTerritory(em.eventClass)) return false;
        if (published != null && endsBefore(em.time, published.minusDays(HELD_DAYS))) return true;
        if (!em.captureFramed && !em.heldSince) return false;
        DateExpr own = time.own();
        if (own == null || !own.span().resolved()) return true;
        // held since a date: the span reaches back to when it was taken
        if (em.heldSince && published != null && startsBefore(own.span(), published.minusDays(RECENT_DAYS))) return true;
        return published != null && endsBefore(own.span(), published.minusDays(RECENT_DAYS));
    }

    private static boolean startsBefore(TimeSpan t, LocalDate day) {
        return t.start() != null && t.start().isBefore(day);
    }

    private static boolean endsBefore(TimeSpan t, LocalDate day) {
        if (t == null || !t.resolved()) return false;
        LocalDate end = t.end() != null ? t.end() : t.start();
        return end.isBefore(day);
    }
}
