package org.isnad.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * "ألقت قوى الأمن الداخلي القبض على ثلاثة أشخاص متورطين في قتل شاب في حي الخالدية الشهر الماضي": what the
 * arrested are charged with ({@code isnad:ChargeCue}: "متورط في", "المتهم بـ", "بتهمة") is an earlier act. Its
 * victim, its place and its date are not the arrest's: the arrest happens where and when it is told, the crime
 * is background (ActsNotTold already keeps its act words from typing the arrest). The phrase runs from the
 * charge word to the next comma or the clause's end. When the arrest names no place but the charge's, and the
 * charge tells no date of its own ("ألقت القبض على شخصين متهمين بالسرقة في مدينة حمص"), the place is the
 * arrest's too: the reader cannot tell them apart, and the place told is then most often where both were.
 */
final class ChargedArrest {

    private ChargedArrest() {}

    /** Whether {@code m} opens the charge of an arrest told before it in the clause. */
    static boolean opens(EventMention em, ClauseRoles roles, Mention m) {
        if (!m.is("ChargeCue") || !EventTypes.ARRESTS.equals(em.eventClass) || em.inCharge(m.firstToken())) return false;
        return !m.entry("ChargeCue").flag("chargeWithBi") || ActsNotTold.biAfter(roles.tokens, m);
    }

    /** A place named in the charge, kept aside: the arrest's own place if it names none. */
    static void aside(EventMention em, Mention m) {
        Entry place = m.entry("Place");
        if (place != null) em.chargePlaces.add(place.iri());
    }

    /** The charge's places to an arrest left with none, unless the charge is dated earlier (then it is the crime's). */
    static void giveIfNoOther(EventMention em, List<DateParser.DateExpr> dates, LocalDate published) {
        if (em.chargePlaces.isEmpty() || !em.places.isEmpty() || !em.placeTexts.isEmpty()) return;
        if (dates.stream().anyMatch(d -> em.inCharge(d.firstToken()) && earlier(d.span(), published))) return;
        em.places.addAll(em.chargePlaces);
    }

    /** Whether a place the gazetteer lacks is named in the charge. */
    static boolean named(EventMention em, List<Token> tokens, PlaceText p) {
        for (int[] c : em.charges) {
            if (p.inTokens(tokens, c[0], c[1])) return true;
        }
        return false;
    }

    /**
     * Whether the clause's date lies in the charge and tells an earlier time: the crime's, not the arrest's
     * ("في آذار الماضي", "الشهر الماضي"). A day of the report's week ("رجلاً متهماً بالخطف في مدينة السويداء
     * أمس") closes the sentence and dates its verb, the arrest.
     */
    static boolean datesTheCharge(EventMention em, TimeReader.ClauseTime time, LocalDate published) {
        return time.own() != null && em.inCharge(time.own().firstToken()) && earlier(time.time(), published);
    }

    /** A span of more than two days, or one that ended over a week before the report. */
    private static boolean earlier(TimeSpan t, LocalDate published) {
        if (t == null || !t.resolved() || t.end() == null) return false;
        if (t.end().isAfter(t.start().plusDays(1))) return true;
        return published != null && t.end().isBefore(published.minusDays(UpToReport.DAYS));
    }
}
