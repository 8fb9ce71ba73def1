package org.isnad.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Links claims that fit one event: compatible types, overlapping dates, compatible places, and a shared
 * place or participant; or another speaker's account of that day that names no place of its own, linked to
 * the latest such event before it. Claims tied by "in the same period"/"after that" are different events. Only claims
 * within {@link ArticleClaims#DISCOURSE_WINDOW} events of each other are compared, so a very long page
 * costs time in proportion to its length, not its square.
 */
final class SameEventLinks implements ClaimPass {

    private final EventTypes types;

    SameEventLinks(EventTypes types) { this.types = types; }

    @Override
    public void apply(ArticleClaims claims) {
        List<EventClaim> events = claims.events();
        boolean undatedPage = claims.published() == null;
        for (int i = 0; i < events.size(); i++) {
            for (int j = i + 1; j < Math.min(events.size(), i + 1 + ArticleClaims.DISCOURSE_WINDOW); j++) {
                EventClaim a = events.get(i), b = events.get(j);
                if (fit(a, b, undatedPage)) ArticleClaims.sameEvent(a, b);
            }
        }
        for (int j = 1; j < events.size(); j++) {
            EventClaim b = events.get(j);
            if (!untethered(b) || linkedToPlaced(claims, b)) continue;
            for (int i = j - 1; i >= Math.max(0, j - ArticleClaims.DISCOURSE_WINDOW); i--) {
                EventClaim a = events.get(i);
                if (a.report() == b.report() || !sameDay(a, b) || a.modality() != b.modality()) continue;
                if (!types.compatible(a.eventClass(), b.eventClass()) || after(a, b)) continue;
                if (!EventTypes.actorsCompatible(a.actors(), b.actors())) continue;
                ArticleClaims.sameEvent(a, b);
                // "وقالت شبكة … إن الغارة أسفرت عن … . ولم يصدر أي إعلان … عن الأضرار التي خلفتها الغارة": two
                // placeless accounts in a row tell the event placed before them; the search goes on back to it
                if (placed(a)) break;
            }
        }
    }

    /** Already linked to an account that names a place: nothing more to tie it to. */
    private static boolean linkedToPlaced(ArticleClaims claims, EventClaim b) {
        return b.sameEventAs().stream().anyMatch(k -> claims.get(k) instanceof EventClaim o && placed(o));
    }

    private static boolean placed(EventClaim c) {
        return !c.places().isEmpty() || !c.placeTexts().isEmpty();
    }

    /**
     * "وقال مصدر محلي إن الاشتباكات أسفرت عن مقتل مقاتل": another speaker's account that names no place,
     * only the day, tells the latest event of that day and kind already told by someone else.
     */
    private static boolean untethered(EventClaim c) {
        return c.places().isEmpty() && c.placeTexts().isEmpty() && "Day".equals(c.time().precision());
    }

    private static boolean sameDay(EventClaim a, EventClaim b) {
        return a.time().resolved() && b.time().resolved() && "Day".equals(a.time().precision()) && a.time().overlaps(b.time());
    }

    /** Tied in time other than as the same time ("بعد ساعات من"): two events. */
    private static boolean after(EventClaim a, EventClaim b) {
        // the relation is the anchored claim's: "بدأت الاشتباكات …" timed as the same time as "المواجهات التي جرت
        // أمس" told after it is the same time, whichever of the two the text tells first
        EventClaim anchored = Objects.equals(a.time().anchor(), b.key()) ? a : Objects.equals(b.time().anchor(), a.key()) ? b : null;
        return anchored != null && !"sameTimeAs".equals(anchored.time().relation());
    }

    /**
     * "قُتل رجل برصاص مجهولين صباح اليوم في ريف درعا. وقالت مصادر محلية إن مسلحين أطلقوا النار عليه في بلدة
     * …": another speaker's account with no date words of its own took its date from the lead it retells;
     * that tie ties nothing apart ("بعد ساعات من", "في اليوم ذاته" are words of the text, and still do).
     */
    private static boolean timedBy(EventClaim a, EventClaim b) {
        EventClaim later = Objects.equals(b.time().anchor(), a.key()) ? b : a;
        // the outlet's own next paragraph ("وكان توفي الشاب … متأثراً بجراحه") tells another of its stories
        return a.report() != b.report() && later.report().kind() != ReportKind.OUTLET_REPORTING
                && later.time().text() == null && "sameTimeAs".equals(later.time().relation());
    }

    /** "في قرية الزعيفرة … من أهالي قرية الزعيفرة": the same place words the gazetteer lacks, told by both. */
    private static boolean sharesPlaceWords(EventClaim a, EventClaim b) {
        for (PlaceText x : a.placeTexts()) for (PlaceText y : b.placeTexts()) if (x.text().equals(y.text())) return true;
        return false;
    }

    /**
     * Overlapping days; or, on a page with no date of its own, two times neither of which could be resolved
     * and that the text does not set apart: "أقدمت مجموعة … مساء أمس الأحد على اختطاف طفل. وقالت مصادر محلية
     * إن مجهولين … اختطفوا طفلاً" (an undated page: "yesterday" stays unresolved, and the sources' account
     * has no date words at all; it is the same abduction). On a dated page an undated claim is still to be
     * given the days up to the report (UpToReport), so it is not tied yet.
     */
    static boolean sameTime(TimeSpan a, TimeSpan b, boolean undatedPage) {
        if (a.overlaps(b)) return true;
        if (!undatedPage || a.resolved() || b.resolved()) return false;
        return a.text() == null || b.text() == null || a.text().equals(b.text());
    }

    private boolean fit(EventClaim a, EventClaim b, boolean undatedPage) {
        boolean tied = Objects.equals(a.time().anchor(), b.key()) || Objects.equals(b.time().anchor(), a.key());
        if (tied && !timedBy(a, b)) return false;
        if (!types.compatible(a.eventClass(), b.eventClass()) || !sameTime(a.time(), b.time(), undatedPage)) return false;
        if (TimeReader.isPeriod(a.time()) != TimeReader.isPeriod(b.time())) return false;   // a count over months includes, not is, the incident
        // "…في ريف حلب الشمالي. وذكر ناشطون أن الدورية اعتقلته عند مدخل مدينة اعزاز": the retelling may name a
        // town of the lead's area
        if (!types.placesCompatible(a.places(), b.places()) && !(tied && types.narrowsDown(a.places(), b.places()))) return false;
        boolean sharedPlace = !a.places().isEmpty() && !b.places().isEmpty() || sharesPlaceWords(a, b);
        Set<String> pa = new LinkedHashSet<>(a.actors());
        pa.addAll(a.targets());
        Set<String> pb = new LinkedHashSet<>(b.actors());
        pb.addAll(b.targets());
        pa.retainAll(pb);
        return sharedPlace || !pa.isEmpty();
    }
}
