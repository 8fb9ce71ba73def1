package org.isnad.extract;

/**
 * "أعلنت وزارة الداخلية السورية، اليوم الأحد، القبض على سبعة أشخاص …", "وذكرت الوزارة عبر قناتها اليوم أنه
 * أُلقي القبض على باقي أفراد الخلية": an authority's announcement of arrests dates the announcement; the raids
 * it sums up came after inquiries of days or weeks, and the analysts of the 2025-26 pages code their day as
 * unknown. When the only date of the arrest's clause stands with the speaker (before what is said), the arrest
 * keeps the day but as the presumption of {@link UpToReport}: up to that day, marked as one. Runs last, so
 * the acts told after it take the day as before ("ودار اشتباك قبل اعتقالهم").
 *
 * <p>Other acts told under a speaker's day are presumed the same way: "قال المرصد السوري، الاثنين، إن أربعة
 * أشخاص تعرضوا للاختطاف على طريق دمشق"، "أعلنت هيئة الدفاع المدني، الجمعة، اختطاف أحد مسؤوليها" date the
 * report. Some analysts code the act to that day ("أعلنت الوزارة أمس مقتل أربعة عناصر في هجوم"), those of the
 * 2025-26 sets as unknown; the presumption keeps the day and says the act's own words give none.
 */
final class AnnouncedArrest implements ClaimPass {

    /** Whether an arrest's only date is the announcement's: the speaker's, before what is said. */
    static boolean datedByAnnouncement(EventMention em, TimeReader.ClauseTime time, TimeReader.SentenceTime sentence, int contentStart) {
        TimeSpan t = time.time();
        if (time.own() != null || time.aggregate()) return false;
        if (sentence.date() == null || sentence.date().firstToken() >= contentStart || t != sentence.time()) return false;
        return t.resolved() && t.relation() == null && !t.end().isAfter(t.start().plusDays(1));
    }

    @Override
    public void apply(ArticleClaims claims) {
        java.util.Set<ClaimKey> presumed = new java.util.HashSet<>();
        for (EventClaim c : claims.events()) {
            TimeSpan t = c.time();
            if (!t.resolved()) continue;
            // an arrest that took its day from an announced one ("وقال قائد الأمن الداخلي: نفّذت وحداتنا …")
            boolean lent = "sameTimeAs".equals(t.relation()) && presumed.contains(t.anchor());
            if (!lent && (!c.announcedDay() || t.relation() != null)) continue;
            c.time(new TimeSpan(lent ? null : t.text(), t.start(), t.end(), "UpToReport", null, null));
            presumed.add(c.key());
        }
    }
}
