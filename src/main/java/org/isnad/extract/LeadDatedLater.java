package org.isnad.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * "أفادت مصادر محلية بمقتل 15 مدنياً في قصف مدفعي على مدينتي درعا وجاسم. … وقال المراسل إن قوات النظام شنت،
 * منذ صباح الخميس، هجوماً على أحياء المدينة": a wire item's lead often tells the news with no date words, and
 * the account gives its day only later. Events told before the article's first dated event, with no time
 * words of their own, take that event's day (isnad:sameTimeAs) when it is a recent day, of the week before
 * the report: an older date there is of background, not of the news the lead tells. What is told as
 * background (pluperfect, an earlier act), a threat and a denial keep no day, as they do after a dated account;
 * nor does a day told after a sentence of another matter ("وفي سياق منفصل") reach back to the lead.
 *
 * <p>"أصيب مدنيون بانفجار سيارة مفخخة في مدينة منبج. وذكرت وكالة محلية، اليوم السبت، أن انتحارياً فجر نفسه
 * …", "أفاد مراسل القناة، اليوم الاثنين، باستمرار الهجمات على ريف الحسكة. وأوضح أن مجموعات مسلحة حاولت التقدم
 * …": when no event of the account names its day, the day a sentence of it names without telling an act of its
 * own (a source's retelling read as its statement, a speaker's summary) is the account's day, and its undated
 * events take it: the analysts of the real-page sets date such items to that day, not to the week before it.
 * It is the day of the account, not words of the act, so the act takes it as a presumption (isnad:UpToReport):
 * "أفاد المرصد، اليوم الخميس، بأن الوادي يشهد توتراً عقب مقتل شابين" and a dateline over an undated report leave
 * the killing of no told day for the analysts of later sets.
 */
final class LeadDatedLater {
    private LeadDatedLater() {}

    // a lead is news of the last days: a later day further back is another matter
    private static final int RECENT_DAYS = 7;

    static void date(Reading r) {
        LocalDate published = r.article.published();
        if (published == null) return;
        // "وفي سياق منفصل": the account the lead opens ends where another matter begins
        List<EventClaim> events = r.claims.events().stream()
                .filter(c -> r.otherMatterFrom < 0 || c.key().ordinal() < r.otherMatterFrom).toList();
        int first = -1;
        for (int i = 0; i < events.size() && first < 0; i++) {
            TimeSpan t = events.get(i).time();
            if (t.resolved() && !"UpToReport".equals(t.precision())) first = i;   // "قبل أيام" names no day
        }
        if (first < 0 && r.accountDay.resolved()) {
            for (EventClaim c : events) if (takesTheDay(r, c)) c.time(r.accountDay.presumed());
            return;
        }
        if (first <= 0) return;
        EventClaim dated = events.get(first);
        if (!ownRecentDay(dated.time(), published) || dated.planned()) return;
        TimeSpan a = dated.time();
        // "تمكنت قوات النظام اليوم السبت 8 تشرين الأول من استعادة … وبدأ الاقتتال منذ يومين": the lead told the
        // account's day before the later act named one of its own; what the lead tells is of the lead's day
        boolean leadsDay = r.accountDay.resolved() && r.accountDayFrom <= dated.key().ordinal();
        for (int i = 0; i < first; i++) {
            EventClaim c = events.get(i);
            if (!takesTheDay(r, c)) continue;
            c.time(leadsDay ? r.accountDay.presumed() : new TimeSpan(null, a.start(), a.end(), a.precision(), "sameTimeAs", dated.key()));
        }
    }

    /**
     * A sentence of the account that told no act of its own: the first recent day it names is the account's,
     * unless another matter or item has begun ("وفي سياق منفصل"، "من جهة أخرى": its day is of that one).
     */
    static void noteAccountDay(Reading r, TimeReader.SentenceTime time) {
        DateParser.DateExpr d = time.date();
        if (r.article.published() == null || r.accountDay.resolved() || r.otherMatterFrom >= 0 || r.topicShift || d == null
                || d.vague() || d.elapsed()) return;   // a full date resolves with no publication date: nothing to compare it with
        TimeSpan t = time.time();
        if (t.resolved() && t.anchor() == null && "Day".equals(t.precision()) && ownRecentDay(t, r.article.published())) {
            r.accountDay = t;
            r.accountDayFrom = r.claims.size();
        }
    }

    /**
     * "اليوم": the event's own words date it to a day of the week before the report; "منذ صباح الخميس" to the
     * days since one (the lead tells news of those days).
     */
    private static boolean ownRecentDay(TimeSpan t, LocalDate published) {
        return t.text() != null && t.relation() == null && ("Day".equals(t.precision()) || TimeReader.isPeriod(t))
                && !t.end().isAfter(published) && !t.start().isBefore(published.minusDays(RECENT_DAYS));
    }

    private static boolean takesTheDay(Reading r, EventClaim c) {
        TimeSpan t = c.time();
        if (t.resolved() || t.text() != null || t.relation() != null || c.timeless() || c.planned()) return false;
        if (c.modality() == Modality.DENIED || c.evidence().isEmpty()) return false;
        return !PluperfectBackground.opens(r.text, c.evidence().get(0).start());
    }
}
