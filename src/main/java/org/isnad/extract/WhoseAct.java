package org.isnad.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.isnad.morph.Analysis;

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

    /**
     * "مسيّرة تركية", "استهدفت طائرة تركية مقراً": the word for a drone (or a march), or the singular word for a
     * plane, followed by whose it is.
     */
    static boolean droneOfANation(List<Token> tokens, List<Mention> ms, Clause cl) {
        for (Mention m : ms) {
            if (!cl.holds(m) || m.entry("Actor") == null || m.firstToken() == 0) continue;
            String before = PhraseMatcher.stem(tokens.get(m.firstToken() - 1).term());
            boolean aircraft = MarchOrDrone.isDroneWord(before) || ms.stream().anyMatch(p -> aircraftOf(tokens, p, m));
            if (aircraft && NISBA.matcher(tokens.get(m.firstToken()).term()).matches()) return true;
        }
        return false;
    }

    /** "طائرة تركية": the plane word right before a nation's adjective; the nation is whose plane it is. */
    static boolean aircraftOf(List<Token> tokens, Mention prev, Mention m) {
        return prev != null && prev.is("AircraftWord") && prev.endToken() == m.firstToken() && m.endToken() - m.firstToken() == 1
                && NISBA.matcher(tokens.get(m.firstToken()).term()).matches();
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

    /**
     * "باعتقال قوات النظام ثلاثة شبان", "باستهداف عناصر من تنظيم داعش حواجز أمنية": a verbal noun of an act done
     * to someone, a group as its genitive, and right after the group a second participant or a bare noun, its
     * object. The genitive is then who did it (without the object, "اعتقال عناصر من قسد", it is who was taken).
     */
    static boolean doerOfVerbalNoun(List<Token> tokens, List<Mention> ms, Mention m) {
        int at = m.firstToken();
        for (Mention p : ms) {      // "عناصر من" between the verbal noun and the group
            if (p.is("ActorNoun") && (p.endToken() == at || p.endToken() == at - 1 && FROM.equals(tokens.get(at - 1).term()))) at = p.firstToken();
        }
        boolean afterVerbalNoun = false;
        for (Mention v : ms) afterVerbalNoun |= v.endToken() == at && v.is("TargetCue") && !v.is("ActionVerb")
                && tokens.get(v.firstToken()).analyses().stream().anyMatch(a -> a.wordClass() == Analysis.WordClass.VERBAL_NOUN);
        return afterVerbalNoun && objectAt(tokens, ms, m.endToken());
    }

    /** Whether a verb's or verbal noun's object starts at token {@code o}: a participant, a count or a bare noun. */
    static boolean objectAt(List<Token> tokens, List<Mention> ms, int o) {
        if (o >= tokens.size()) return false;
        // "حواجز أمنية", "حاجزاً", "سيارة": a bare noun, with no article, preposition or word of time ("مساء الأحد")
        Token object = tokens.get(o);
        boolean bare = !object.term().startsWith("ال") && !ParticipantTextReader.STOPS.contains(object.term())
                && !object.analyses().isEmpty() && object.analyses().stream().allMatch(a -> a.isNominal() && a.proclitics().isEmpty());
        for (Mention p : ms) {      // "ثلاثة شبان", "عناصر", "قوات …"; not "أمس", a town's name, a cue
            if (p.firstToken() == o) return p.is("NumberWord") || p.is("PersonNoun") || p.is("ActorNoun") || p.entry("Actor") != null
                    || p.is("PlaceNoun") && bare;
        }
        return object.isNumber() || bare;
    }

    private static final String FROM = ArabicAnalysis.terms("من").get(0);

    /** An adjective of relation: "تركي", "تركية" (written تركيه after normalisation), "الإسرائيلية", "روسيين". */
    private static final Pattern NISBA = Pattern.compile("^(ال)?\\p{L}{2,}(ي|يه|ية|يين|يون)$");
}
