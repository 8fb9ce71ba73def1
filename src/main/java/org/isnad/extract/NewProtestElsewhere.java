package org.isnad.extract;

/**
 * "أطلقت قوات الأمن النار لتفريق متظاهرين في مدينة حلفايا، كما خرجت تظاهرات في القامشلي وكوباني": a clause
 * that names a protest anew, by an indefinite noun ("تظاهرات", "مظاهرة", "وقفة احتجاجية"), at places of its own
 * is another protest, not the one before going on (whose subject would be elided or definite: "وأحرقوا
 * إطارات", "وقطع المحتجون الطريق"). The forces that met the first do not meet it unless its own words say so.
 * The protest words are the lexicon's protest triggers told as nouns (any inflection, any clitic: "وتظاهرات",
 * "بوقفة"), without the article.
 */
final class NewProtestElsewhere {

    private NewProtestElsewhere() {}

    static boolean told(Reading r, EventClaim c, EventMention em, EventTypes types) {
        if (em.places.isEmpty() || em.placesCarried || types.placesCompatible(c.places(), em.places)) return false;
        String span = r.text.substring(em.start, Math.min(r.text.length(), em.end));
        for (Mention m : r.claims.words().mentions(span)) {
            if (m.is("Trigger") && !m.is("ActionVerb") && !m.definite()
                    && ProtestTyping.rank(m.entry("Trigger").prop("indicates")) > 0) return true;
        }
        return false;
    }
}
