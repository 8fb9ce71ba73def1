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
        for (Mention f : ms) {
            if (!f.is("FlightCue") || f == m) continue;
            // "تحليق طائرات الاستطلاع", "تحليق مكثف لطائرات الاستطلاع": one word may stand between
            int after = m.firstToken() - f.endToken();
            if (after >= 0 && after <= 1) return true;
            // "طائرة استطلاع تحلق فوق المدينة"
            if (f.firstToken() == m.endToken()) return true;
        }
        return false;
    }
}
