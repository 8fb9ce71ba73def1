package org.isnad.extract;

import java.util.List;

/**
 * Protesters who storm, burn or attack (isnad:RiotAct) make their protest a violent demonstration: "أوضحت
 * المصادر أن المتظاهرين اقتحموا مقرات الحزب وأحرقوها", "تظاهر العشرات ثم اقتحموا مبنى البلدية". The act is the
 * protesters' when a protest word is its subject (right after the verb, or the nearest participant before it),
 * or when no one else is named before it; a force or a group named as its subject ("اقتحمت قوات الأمن ساحة
 * الاعتصام", "أحرق مجهولون خيمة المعتصمين") acts against the protest instead.
 */
final class ProtestersRiot {

    private ProtestersRiot() {}

    static boolean told(Lexicon lexicon, EventMention em, List<Mention> ms, Clause cl) {
        for (Mention r : ms) {
            if (!r.is("RiotAct") || !cl.holds(r) || em.inGrievance(r.firstToken())) continue;
            // "وأحرق المحتجون إطارات السيارات": the verb names a road-block protest there (lex:tyres-burned)
            if (protestWord(lexicon, r)) continue;
            if (byProtesters(lexicon, ms, cl, r)) return true;
        }
        return false;
    }

    private static boolean byProtesters(Lexicon lexicon, List<Mention> ms, Clause cl, Mention act) {
        Mention before = null;
        for (Mention m : ms) {
            if (m == act || !cl.holds(m) || !(protestWord(lexicon, m) || doer(m))) continue;
            // the subject right after the verb: "اقتحم المتظاهرون المبنى" / "اقتحمت قوات الأمن الساحة"
            if (m.firstToken() == act.endToken()) return protestWord(lexicon, m);
            if (m.endToken() <= act.firstToken() && (before == null || m.firstToken() > before.firstToken())) before = m;
        }
        return before == null || protestWord(lexicon, before);
    }

    private static boolean protestWord(Lexicon lexicon, Mention m) {
        Entry t = m.entry("Trigger");
        return t != null && t.prop("indicates") != null && lexicon.isProtestOrRiot(t.prop("indicates"));
    }

    /** A named actor or a group told in words ("قوات الأمن", "مسلحون"): someone other than the protesters. */
    private static boolean doer(Mention m) {
        return m.entry("Actor") != null || m.is("ActorNoun");
    }
}
