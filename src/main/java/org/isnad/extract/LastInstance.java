package org.isnad.extract;

import java.util.List;

/**
 * "وتشهد محافظة درعا بين الحين والآخر عمليات اغتيال، كان آخرها مقتل شاب برصاص مجهولين في بلدة داعل أمس":
 * a habit or a series is background, but the instance it names as its latest ("كان آخرها", "آخرها",
 * isnad:lastInstance) is one act that happened. The cue opens a clause of its own right before an act's
 * trigger (a toll word too: "مقتل"), so the habit's cues stay in the clause before it, and that clause
 * tells its act even with no verb.
 */
final class LastInstance {

    private LastInstance() {}

    /** Words between the cue and the act's trigger: "كان آخرها قيام مسلحين باغتيال …". */
    private static final int MAX_WORDS = 3;

    /** The mention at k is a cue of the latest instance with an act's trigger right after it. */
    static boolean opens(List<Mention> ms, int k) {
        Mention cue = ms.get(k);
        if (!isCue(cue)) return false;
        for (int j = k + 1; j < ms.size() && ms.get(j).firstToken() - cue.endToken() <= MAX_WORDS; j++) {
            if (ms.get(j).is("Trigger")) return true;
        }
        return false;
    }

    /** The clause is opened by such a cue: it tells the instance, an act that happened. */
    static boolean told(List<Mention> ms, Clause cl) {
        for (Mention m : ms) if (m.firstToken() == cl.from() && isCue(m)) return true;
        return false;
    }

    private static boolean isCue(Mention m) {
        return m.is("ClauseBoundary") && m.entry("ClauseBoundary").flag("lastInstance");
    }
}
