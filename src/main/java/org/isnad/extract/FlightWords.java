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
        return (flies(ms, m) || namedAgain(ms, m)) && !actWithoutMeans(ms, m);
    }

    /**
     * "شهدت الأجواء تحليقاً مكثفاً للطائرات الروسية، إذ ظهرت الطائرات مرتين": the definite aircraft named again
     * after aircraft told flying in the same sentence are those aircraft, still only seen in the sky.
     */
    private static boolean namedAgain(List<Mention> ms, Mention m) {
        if (!m.definite()) return false;
        for (Mention earlier : ms) {
            if (earlier == m || earlier.endToken() > m.firstToken() || !earlier.is("Trigger")) continue;
            Entry t = earlier.entry("Trigger");
            if (EventTypes.DRONE_STRIKE.equals(t.prop("indicates")) && flies(ms, earlier)) return true;
        }
        return false;
    }

    /** A flight word stands next to the aircraft, or next to the aircraft word that this one goes on naming. */
    private static boolean flies(List<Mention> ms, Mention m) {
        // "تحليق طائرات تركية مسيرة": "مسيرة" goes on naming the aircraft "طائرات تركية" right before it
        for (Mention before : ms) {
            Entry t = before.entry("Trigger");
            if (before != m && before.endToken() == m.firstToken() && t != null
                    && EventTypes.DRONE_STRIKE.equals(t.prop("indicates")) && fliesNextTo(ms, before)) return true;
        }
        return fliesNextTo(ms, m);
    }

    private static boolean fliesNextTo(List<Mention> ms, Mention m) {
        for (Mention f : ms) {
            if (!f.is("FlightCue") || f == m) continue;
            // "تحليق طائرات الاستطلاع", "تحليق مكثف لطائرات الاستطلاع": one word may stand between;
            // "طائرة استطلاع تحلق فوق المدينة"
            int after = m.firstToken() - f.endToken();
            if (after >= 0 && after <= 1 || f.firstToken() == m.endToken()) return true;
        }
        return false;
    }

    // what is done on the ground: an incursion, a checkpoint, an arrest
    private static final java.util.Set<String> GROUND_ONLY = java.util.Set.of(EventTypes.CHANGE_TO_GROUP_ACTIVITY, EventTypes.ARRESTS);

    /**
     * "حلّقت طائرة مسيّرة فوق البلدة ثم قصفت سيارة": an act the sentence tells with no means of its own
     * (no artillery, no bomb) was the aircraft's.
     */
    private static boolean actWithoutMeans(List<Mention> ms, Mention aircraft) {
        boolean act = false;
        int alongside = alongsideBefore(ms, aircraft);
        for (Mention o : ms) {
            Entry t = o.entry("Trigger");
            if (o == aircraft || t == null || EventTypes.DRONE_STRIKE.equals(t.prop("indicates"))) continue;
            // "دوى انفجار ثم توقفت القوات المهاجمة، تزامناً مع تحليق طائرة مسيّرة": the act told before the
            // aircraft's "alongside" word went on beside the flight; the aircraft did not do it
            if (o.endToken() <= alongside) continue;
            // "توغلت قوة …، وأقامت حاجزاً، بالتزامن مع تحليق طائرات مروحية": an incursion, a checkpoint, an
            // arrest are done on the ground, not by the aircraft flying over them
            if (GROUND_ONLY.contains(t.prop("indicates"))) continue;
            if (t.intProp("weaponRank", 0) > 0) return false;
            act = true;
        }
        return act;
    }

    /** Where the "alongside" word (isnad:EventAnaphorCue, alongside) before the aircraft starts; -1 if none. */
    private static int alongsideBefore(List<Mention> ms, Mention aircraft) {
        int at = -1;
        for (Mention c : ms) {
            if (c.firstToken() < aircraft.firstToken() && c.is("EventAnaphorCue")
                    && c.entry("EventAnaphorCue").flag("alongside")) at = c.firstToken();
        }
        return at;
    }
}
