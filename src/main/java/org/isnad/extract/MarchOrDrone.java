package org.isnad.extract;

import java.util.ArrayList;
import java.util.List;
import org.isnad.vocab.Vocab;

/**
 * "مسيرة" is a drone (مسيّرة) in Syrian war reporting and a march everywhere protests are told: "خرجت مسيرة
 * نسائية تطالب بـ…", "نظم الأهالي مسيرة", "شارك الآلاف في مسيرات". The bare word is read as a march when the
 * sentence tells a march (who organised it, who walked in it, what it demanded) and nothing in it tells a
 * strike from the air ("استهدفت مسيرة سيارة", "أسقطت الدفاعات مسيرة", "مسيرة تركية").
 */
final class MarchOrDrone {

    private static final String DRONE = ArabicAnalysis.terms("مسيرة").get(0), DRONES = ArabicAnalysis.terms("مسيرات").get(0);
    private static final String PROTEST_MARCH = "https://w3id.org/isnad/lexicon/protest-march";
    private static final String AIR = Vocab.ISNAD + "AirDroneStrike";

    private MarchOrDrone() {}

    /** The mentions, with the bare word read as a march or as a drone where the sentence says which. */
    static List<Mention> filter(List<Token> tokens, List<Mention> ms, Lexicon lexicon) {
        List<Mention> out = null;
        for (int k = 0; k < ms.size(); k++) {
            Mention m = ms.get(k);
            if (!bareWord(tokens, m) || !m.is("Trigger")) continue;
            // "مسيرة انطلقت من مواقع قوات النظام": launched from a side's ground, whatever "انطلقت" says of marches
            boolean drone = LaunchSite.at(tokens, m.endToken()) || !describedAsMarch(ms, k) && toldFromTheAir(tokens, ms, k, lexicon);
            boolean march = !drone && toldAsMarch(ms, k, lexicon);
            if (!drone && !march) continue;
            List<Entry> kept = new ArrayList<>();
            for (Entry e : m.entries()) {
                String cls = e.is("Trigger") ? e.prop("indicates") : null;
                if (cls == null || (drone ? !lexicon.isProtestOrRiot(cls) : !AIR.equals(cls))) kept.add(e);
            }
            Entry protest = lexicon.entry(PROTEST_MARCH);
            if (march && protest != null && !kept.contains(protest)) kept.add(protest);
            if (kept.equals(m.entries())) continue;
            if (out == null) out = new ArrayList<>(ms);
            out.set(k, new Mention(List.copyOf(kept), m.firstToken(), m.endToken(), m.start(), m.end(), m.definite()));
        }
        return out == null ? ms : out;
    }

    private static boolean bareWord(List<Token> tokens, Mention m) {
        if (m.endToken() - m.firstToken() != 1) return false;
        return isDroneWord(PhraseMatcher.stem(tokens.get(m.firstToken()).term()));
    }

    /** "مسيرة", "مسيرات" (stemmed): the word for a drone, or for a march. */
    static boolean isDroneWord(String stem) {
        return stem.equals(DRONE) || stem.equals(DRONES);
    }

    /**
     * "انطلقت مسيرة راجلة شارك فيها الآلاف … حمل المشاركون صوراً لأطفال قتلوا في القصف": a word of a march
     * right after the word ("راجلة", "نسائية", "تطالب", "شارك فيها") describes it, whatever strike the
     * sentence recalls further on.
     */
    private static boolean describedAsMarch(List<Mention> ms, int k) {
        int after = ms.get(k).endToken();
        return ms.stream().anyMatch(m -> m.firstToken() == after && m.is("MarchCue"));
    }

    /** Another word of a strike from the air or of shelling, a word that says what a drone did, or whose drone it is. */
    private static boolean toldFromTheAir(List<Token> tokens, List<Mention> ms, int k, Lexicon lexicon) {
        Mention word = ms.get(k);
        for (int j = 0; j < ms.size(); j++) {
            Mention m = ms.get(j);
            if (j == k) continue;
            if (m.is("DroneCue")) return true;
            Entry t = m.entry("Trigger");
            if (t != null && t.prop("indicates") != null && !lexicon.isProtestOrRiot(t.prop("indicates"))
                    && t.flag("specific") && !m.is("ActionVerb") && !m.is("ProtestIntervention")
                    && (AIR.equals(t.prop("indicates")) || t.prop("indicates").endsWith("ShellingArtilleryMissileAttack"))) return true;
            // "مسيّرة تركية": whose drone it is
            if (m.firstToken() == word.endToken() && m.entry("Actor") != null) return true;
        }
        return false;
    }

    /** Who organised or walked in it, what it demanded, who dispersed it, or another word of a protest. */
    private static boolean toldAsMarch(List<Mention> ms, int k, Lexicon lexicon) {
        for (int j = 0; j < ms.size(); j++) {
            Mention m = ms.get(j);
            if (j == k) continue;
            // "فضّت قوات الأمن مسيرة حاولت الوصول إلى السفارة": forces disperse a march, they shoot down a drone
            if (m.is("MarchCue") || m.is("GrievanceCue") || m.is("ProtestIntervention")) return true;
            Entry t = m.entry("Trigger");
            if (t != null && t.prop("indicates") != null && lexicon.isProtestOrRiot(t.prop("indicates"))) return true;
        }
        return false;
    }
}
