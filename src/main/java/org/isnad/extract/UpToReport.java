package org.isnad.extract;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "قُتل عنصر من قوات النظام بانفجار عبوة ناسفة استهدفت سيارته في ريف درعا الشرقي": a wire item often tells
 * the news with no date words at all, and no sentence of the article lends it one. A news report tells acts
 * of the days before it, so the act is presumed to lie in the week that ends on the publication day
 * (isnad:UpToReport, the interval of those seven days), as the analysts who coded the real-page sets date
 * such items to the report. It is a presumption, marked as one: the precision says the text gives no day,
 * and a user drops such claims by it.
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

    /** The days of the presumed window, the publication day included. */
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
        TimeSpan window = new TimeSpan(null, published.minusDays(DAYS - 1), published, "UpToReport", null, null);
        for (EventClaim c : events) {
            if (undated.contains(c.key()) && c.sameEventAs().stream().noneMatch(held::contains)) c.time(window);
        }
    }

    /** No date words, no tie to another claim, and told as an act of the news. */
    private static boolean presumable(EventClaim c) {
        TimeSpan t = c.time();
        return t.text() == null && t.relation() == null && t.anchor() == null
                && !c.timeless() && !c.background() && !c.planned() && c.modality() != Modality.DENIED;
    }
}
