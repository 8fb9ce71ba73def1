package org.isnad.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "قُتل عنصر من قوات النظام بانفجار عبوة ناسفة استهدفت سيارته في ريف درعا الشرقي": a wire item often tells
 * the news with no date words at all, and no sentence of the article lends it one. The act is presumed to lie
 * on the day of the report's news (isnad:UpToReport), as the analysts who coded the real-page sets date such
 * items: the publication day, or, when an act told before it is dated in the week up to the report ("ليل أمس
 * الأحد" in a report of Monday), the first such act's days. It is a presumption, marked as one: the precision says the
 * text gives no day, and a user drops such claims by it. (A window of the whole week up to the report, as
 * before, overlapped the analysts' day but never equalled it: 53 of 77 wrong dates of matched events on the
 * sixteen tuned real sets were that week.)
 *
 * <p>Not for what the text itself places outside the news: background told as what had happened before
 * ("وكانت عبوة قد انفجرت …", "وسبق أن اعتقلت …"), an earlier act ("جراء قصف سابق"), a series or habit
 * ("عمليات الاغتيال المتكررة"), nor a threat or plan ("هددت بشن عملية"), which has not happened, nor a denial
 * ("نفت المصادر سيطرة الفصائل على البلدة"), which says the act did not happen at all; nor when the article has
 * no publication date. Runs last, once every date the text gives or lends is read: a claim with
 * date words of its own, or tied to another claim's time, keeps what it has. The reports of one event
 * (sameEventAs) take the presumption together or not at all.
 */
final class UpToReport implements ClaimPass {

    /** How far back the article's first dated act may lie and still be the day of its news. */
    static final int DAYS = 7;

    @Override
    public void apply(ArticleClaims claims) {
        LocalDate published = claims.published();
        if (published == null) return;
        List<EventClaim> events = claims.events();
        Set<ClaimKey> undated = new HashSet<>(), held = new HashSet<>();
        for (EventClaim c : events) {
            if (c.time().resolved()) continue;
            if (presumable(c)) undated.add(c.key()); else held.add(c.key());
        }
        List<EventClaim> told = new ArrayList<>();   // the acts told before, in the text's order
        for (EventClaim c : events) {
            if (undated.contains(c.key()) && c.sameEventAs().stream().noneMatch(held::contains)) {
                TimeSpan news = newsDays(told, published);
                c.time(new TimeSpan(null, news.start(), news.end(), "UpToReport", null, null));
            } else {
                told.add(c);
            }
        }
    }

    /**
     * The days of the report's news: those of the first act told before it that the text dates to a day or two
     * (a night) in the week up to the publication day, else the publication day. An act dated after it ("قُتلت
     * امرأة أمس السبت" after an undated lead) is another news, told on the way.
     */
    private static TimeSpan newsDays(List<EventClaim> events, LocalDate published) {
        for (EventClaim c : events) {
            TimeSpan t = c.time();
            if (!t.resolved() || t.text() == null && t.relation() == null || c.background() || c.planned()) continue;
            if (t.end() == null || t.end().isAfter(published) || t.start().isBefore(published.minusDays(DAYS - 1))) continue;
            if (!t.end().isAfter(t.start().plusDays(1))) return t;
        }
        return TimeSpan.day(published);
    }

    /** No date words, no tie to another claim, and told as an act of the news. */
    private static boolean presumable(EventClaim c) {
        TimeSpan t = c.time();
        return t.text() == null && t.relation() == null && t.anchor() == null
                && !c.timeless() && !c.background() && !c.planned() && c.modality() != Modality.DENIED;
    }
}
