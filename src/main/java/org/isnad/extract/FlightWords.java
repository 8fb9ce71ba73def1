package org.isnad.extract;

import java.util.List;

/**
 * Aircraft told only flying strike nothing: "قصفت قوات النظام البلدة، بالتزامن مع تحليق طائرات الاستطلاع في
 * أجوائها" is shelling, and "طائرة استطلاع تحلق فوق المدينة" no event at all (ACLED codes no flight).
 */
final class FlightWords {

    private FlightWords() {
    }

    /** Whether trigger mention {@code m} names an aircraft that stands next to a flight word (isnad:FlightCue). */
    static boolean onlyFlies(List<Mention> ms, Mention m) {
        Entry t = m.entry("Trigger");
        if (t == null || !EventTypes.DRONE_STRIKE.equals(t.prop("indicates"))) return false;
        boolean flies = false;
        for (Mention f : ms) {
            if (!f.is("FlightCue") || f == m) continue;
            // "تحليق طائرات الاستطلاع", "تحليق مكثف لطائرات الاستطلاع": one word may stand between
            int after = m.firstToken() - f.endToken();
            // "طائرة استطلاع تحلق فوق المدينة"
            if (after >= 0 && after <= 1 || f.firstToken() == m.endToken()) flies = true;
        }
        return flies && !actWithoutMeans(ms, m);
    }

    /**
     * "حلّقت طائرة مسيّرة فوق البلدة ثم قصفت سيارة": an act the sentence tells with no means of its own
     * (no artillery, no bomb) was the aircraft's.
     */
    private static boolean actWithoutMeans(List<Mention> ms, Mention aircraft) {
        boolean act = false;
        for (Mention o : ms) {
            Entry t = o.entry("Trigger");
            if (o == aircraft || t == null || EventTypes.DRONE_STRIKE.equals(t.prop("indicates"))) continue;
            if (t.intProp("weaponRank", 0) > 0) return false;
            act = true;
        }
        return act;
    }
}
