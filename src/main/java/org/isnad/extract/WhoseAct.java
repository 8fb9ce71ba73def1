package org.isnad.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Words right after a trigger that tell whose act it is, not what it hit: "مسيّرة تركية" (a Turkish drone),
 * "قصف الطيران الحربي الروسي" (the Russian air force bombed), "الغارات الإسرائيلية".
 */
final class WhoseAct {

    private WhoseAct() {}

    /** "قصف مسيّرة تركية نقطة": a violent act told with a drone of a nation is a drone strike, not a march. */
    static void droneRetype(Lexicon lexicon, EventMention em, List<Token> tokens, List<Mention> ms, Clause cl) {
        if (droneOfANation(tokens, ms, cl) && lexicon.isViolent(em.eventClass) && !EventTypes.DRONE_STRIKE.equals(em.eventClass)
                && em.weaponRank < 2) {
            em.eventClass = EventTypes.DRONE_STRIKE;
            em.specific = true;
        }
    }

    /** "مسيّرة تركية": the word for a drone (or a march) followed by whose it is. */
    static boolean droneOfANation(List<Token> tokens, List<Mention> ms, Clause cl) {
        for (Mention m : ms) {
            if (!cl.holds(m) || m.entry("Actor") == null || m.firstToken() == 0) continue;
            String before = PhraseMatcher.stem(tokens.get(m.firstToken() - 1).term());
            if (MarchOrDrone.isDroneWord(before) && NISBA.matcher(tokens.get(m.firstToken()).term()).matches()) return true;
        }
        return false;
    }

    /** An actor word right after a trigger noun that is an adjective of relation ("تركي", "الروسية"). */
    static boolean describesTrigger(List<Token> tokens, Mention prev, Mention m) {
        if (prev == null || !prev.is("Trigger") || prev.is("ActionVerb") || prev.endToken() != m.firstToken()
                || m.endToken() - m.firstToken() != 1) return false;
        return NISBA.matcher(tokens.get(m.firstToken()).term()).matches();
    }

    /**
     * "قصف الطيران الحربي الروسي قرية …", "قصف قوات النظام": the force or aircraft right after a noun of
     * bombardment (its genitive) is who bombed, and with what, not what was hit.
     */
    static boolean bombardmentBy(Mention prev, Mention m) {
        if (prev == null || !prev.is("Trigger") || prev.is("ActionVerb") || prev.endToken() != m.firstToken()) return false;
        if (prev.entry("Trigger").intProp("weaponRank", 0) < 1) return false;
        return m.is("Actor") || m.is("Trigger") && m.entry("Trigger").intProp("weaponRank", 0) > 0;
    }

    /** An adjective of relation: "تركي", "تركية" (written تركيه after normalisation), "الإسرائيلية", "روسيين". */
    private static final Pattern NISBA = Pattern.compile("^(ال)?\\p{L}{2,}(ي|يه|ية|يين|يون)$");
}
