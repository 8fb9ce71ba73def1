package org.isnad.extract;

import java.util.Set;

/**
 * "أطلقت قوات الأمن النار لتفريق متظاهرين في مدينة حلفايا، كما خرجت تظاهرات في القامشلي وكوباني": a clause
 * that names a protest anew, by an indefinite noun ("تظاهرات", "مظاهرة", "وقفة احتجاجية"), at places of its own
 * is another protest, not the one before going on (whose subject would be elided or definite: "وأحرقوا
 * إطارات", "وقطع المحتجون الطريق"). The forces that met the first do not meet it unless its own words say so.
 */
final class NewProtestElsewhere {

    private NewProtestElsewhere() {}

    /** Protest nouns, indefinite: a protest named for the first time. */
    private static final Set<String> NEW_PROTEST = Set.copyOf(ArabicAnalysis.terms(
            "مظاهرة مظاهرات تظاهرة تظاهرات احتجاجات وقفة وقفات اعتصام اعتصامات مسيرة مسيرات"));

    static boolean told(Reading r, EventClaim c, EventMention em, EventTypes types) {
        if (em.places.isEmpty() || em.placesCarried || types.placesCompatible(c.places(), em.places)) return false;
        for (String t : ArabicAnalysis.terms(r.text.substring(em.start, Math.min(r.text.length(), em.end)))) {
            String bare = t.startsWith("و") || t.startsWith("ف") || t.startsWith("ب") ? t.substring(1) : t;
            if (NEW_PROTEST.contains(bare) || NEW_PROTEST.contains(t)) return true;
        }
        return false;
    }
}
