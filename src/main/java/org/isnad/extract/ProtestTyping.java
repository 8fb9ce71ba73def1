package org.isnad.extract;

import java.util.List;
import org.isnad.vocab.Vocab;

/**
 * ACLED's protest types, from what else the clause tells of the protest: protesters who clash, storm, burn
 * or throw stones make a violent demonstration ("اشتبك محتجون مع قوات الأمن", "اقتحم المحتجون المبنى");
 * forces who disperse them make a protest with intervention ("فرّقت الشرطة المتظاهرين بالغاز"); forces who
 * fire on them make excessive force against protesters ("أطلقت قوات الأمن النار على المتظاهرين").
 */
final class ProtestTyping {

    static final String VIOLENT_DEMONSTRATION = Vocab.ISNAD + "ViolentDemonstration";
    static final String WITH_INTERVENTION = Vocab.ISNAD + "ProtestWithIntervention";
    static final String EXCESSIVE_FORCE = Vocab.ISNAD + "ExcessiveForceAgainstProtesters";
    static final String LOOTING = Vocab.ISNAD + "LootingPropertyDestruction";

    private ProtestTyping() {}

    /** How far a protest went: 0 for no protest, then peaceful, with intervention, violent or met with force. */
    static int rank(String eventClass) {
        if (eventClass == null) return 0;
        if (eventClass.equals(VIOLENT_DEMONSTRATION) || eventClass.equals(EXCESSIVE_FORCE)) return 3;
        if (eventClass.equals(WITH_INTERVENTION)) return 2;
        return eventClass.equals(EventTypes.PEACEFUL_PROTEST) ? 1 : 0;
    }

    /** Gunfire ("أطلق … النار", "رصاص", "إطلاق نار"): an attack word that says the weapon was fired. */
    private static boolean firesOn(Entry t) {
        return EventTypes.ATTACK.equals(t.prop("indicates")) && t.flag("specific") && !t.flag("oneSided");
    }

    /** A protest word after the gunfire in the clause: the protest is what was fired at, not what it decried. */
    private static boolean protestAfter(Lexicon lexicon, List<Mention> ms, Clause cl, Mention fire) {
        return ms.stream().anyMatch(m -> cl.holds(m) && m.firstToken() >= fire.endToken() && m.entry("Trigger") != null
                && m.entry("Trigger").prop("indicates") != null && lexicon.isProtestOrRiot(m.entry("Trigger").prop("indicates")));
    }

    static void retype(Lexicon lexicon, EventMention em, List<Mention> ms, Clause cl) {
        em.killed = false;
        boolean armedInSentence = false;   // an armed actor named anywhere in the sentence (ms is the sentence's)
        boolean protest = false, riot = false, intervention = false, armed = false, namedProtest = false, shooting = false;
        for (Mention m : ms) {
            // "قطعوا الطريق احتجاجاً على …", "مطالبين بـ…": what they demand names a protest
            if (cl.holds(m) && m.is("GrievanceCue")) namedProtest = true;
            if (!cl.holds(m) || em.inGrievance(m.firstToken())) continue;    // the grievance is not the protest
            Entry t = m.entry("Trigger");
            if (t != null && t.prop("indicates") != null) {
                String cls = t.prop("indicates");
                if (cls.equals(VIOLENT_DEMONSTRATION)) riot = true;
                else if (lexicon.isProtestOrRiot(cls)) protest = true;
                if (lexicon.isProtestOrRiot(cls) && t.flag("specific")) namedProtest = true;
                if (firesOn(t) && protestAfter(lexicon, ms, cl, m)) shooting = true;
            }
            if (m.is("ProtestIntervention")) intervention = true;
            if (m.is("CasualtyCue") && "killed".equals(m.entry("CasualtyCue").prop("casualtyKind"))) em.killed = true;
            Entry actor = m.entry("Actor");
            if (actor != null && em.actors.contains(actor.iri()) && lexicon.isArmed(actor.iri())) armed = true;
            if (actor != null && lexicon.isArmed(actor.iri())) armedInSentence = true;
            // "أطلقت قوات الأمن النار على المتظاهرين": security forces no list names fire as a named force does
            if (m.is("ActorNoun") && m.entry("ActorNoun").flag("forceOfOrder")) armedInSentence = true;
        }
        // "أوضحت المصادر أن المتظاهرين اقتحموا مقرات الحزب وأحرقوها": the protesters' own violence
        if (protest && !riot && !armed && !(shooting && armedInSentence)) riot = ProtestersRiot.told(lexicon, em, ms, cl);
        // "أصيب شاب نتيجة إطلاق قوات الأمن النار باتجاه المتظاهرين", "إثر إطلاق نار من قبل القوات على
        // الاحتجاجات": a force that fires on the protest told by its own word acts against it, as one who
        // disperses it does (the protest word, not the gunfire, typed the clause)
        if (shooting && armedInSentence && namedProtest && !riot && lexicon.isProtestOrRiot(em.eventClass)) intervention = true;
        em.intervention = intervention;
        if (!protest && !riot) return;
        // "أقدم مسلحون مجهولون على قطع الطريق أمام شابين وسرقوا ما بحوزتهم": gunmen who block a road, with no word
        // that names a protest, rob or ambush: an attack, unless a sharper word says more
        if (armed && !namedProtest && !riot && !intervention) {
            if (lexicon.isProtestOrRiot(em.eventClass)) { em.eventClass = EventTypes.ATTACK; em.specific = false; }
            return;
        }
        String cls = em.eventClass;
        boolean violent = lexicon.isViolent(cls) || cls.equals(Vocab.ISNAD + "LootingPropertyDestruction");
        if (riot || (violent && (cls.equals(EventTypes.ARMED_CLASH) || !armed))) {
            em.eventClass = VIOLENT_DEMONSTRATION;
        } else if (violent) {
            em.eventClass = EXCESSIVE_FORCE;
        } else if (intervention && cls.equals(EventTypes.PEACEFUL_PROTEST)) {
            // ACLED: a protest its dispersal left dead is excessive force, not only an intervention
            // ("فرّقت قوات الأمن المعتصمين بالرصاص الحي، ما أدى لمقتل أحدهم")
            em.eventClass = em.killed ? EXCESSIVE_FORCE : WITH_INTERVENTION;
        } else {
            return;
        }
        em.specific = true;
    }
}
