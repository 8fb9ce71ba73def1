package org.isnad.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.isnad.morph.Analysis;

/**
 * "نشرت القوات حواجز وفتّشت المارة بغية إلقاء القبض على المطلوبين", "عند محاولة تفتيشه وإلقاء القبض عليه فجّر
 * نفسه": an arrest or abduction told only as what a force aimed at (isnad:AimCue: "بهدف", "بغية") or tried
 * (isnad:AttemptCue: "محاولة", with a verbal noun joined to its aim by "و") took no one: its words tell no act,
 * and the search or bombing told beside it is read alone. Real pages tell such aims beside the searches,
 * checkpoints and bombings they explain; analysts code no arrest for them. A sentence with a raid ("داهمت منزله
 * بهدف اعتقاله": a raid is an arrest unless told otherwise, one that failed the analyst's foiled arrest) or an
 * arrest told outright ("…بهدف اعتقاله، واعتقلت شقيقه") keeps its words as they are read.
 */
final class AimedArrest {

    private AimedArrest() {}

    /** The mentions, without the trigger readings of arrests only aimed at or tried. */
    static List<Mention> filter(List<Token> tokens, List<Mention> ms) {
        Set<Mention> aimed = new HashSet<>();
        int aimedTo = -1;
        for (Mention m : ms) {
            if (!m.is("Trigger") || !takesSomeone(m.entry("Trigger").prop("indicates"))) continue;
            if (m.entry("Trigger").flag("raid")) return ms;
            // "إلقاء" and "القبض على" are two readings of one phrase: the second goes with the first's aim
            if (m.firstToken() != aimedTo && !aimedAt(tokens, ms, m)) return ms;
            aimedTo = m.endToken();
            aimed.add(m);
        }
        return aimed.isEmpty() ? ms : Mention.withoutReadings(ms, "Trigger", k -> aimed.contains(ms.get(k)));
    }

    private static boolean takesSomeone(String eventClass) {
        return EventTypes.ARRESTS.equals(eventClass) || EventTypes.ABDUCTION.equals(eventClass);
    }

    /** Words an attempt's first aim may take before the arrest joined to it: "محاولة تفتيش المشتبه به واعتقاله". */
    private static final int AIM_WORDS = 3;

    /**
     * "بغية إلقاء القبض", "محاولة اعتقاله": the aim or attempt word right before it; "محاولة تفتيشه وإلقاء القبض
     * عليه": an attempt's verbal nouns joined by "و", with no comma between ("ومحاولة اغتيال، واعتقال 25 شخصاً"
     * lists an arrest toll after the attempts).
     */
    private static boolean aimedAt(List<Token> tokens, List<Mention> ms, Mention arrest) {
        int at = arrest.firstToken();
        for (Mention c : ms) {
            if (!c.is("AimCue") && !c.is("AttemptCue")) continue;
            if (c.endToken() == at) return true;
            if (c.is("AimCue") && aimJoined(tokens, c, at)) return true;
            if (c.is("AttemptCue") && c.endToken() < at && at - c.endToken() <= AIM_WORDS
                    && tokens.get(at).term().startsWith("و") && unbroken(tokens, c.endToken() - 1, at)) return true;
        }
        return false;
    }

    /**
     * "لتحديد هوية الفاعلين وإلقاء القبض عليهم", "حتى تُكشف هوية المنفذين ويُلقى القبض عليهم": the arrest joined by
     * "و" to the aim's first words, with no comma and no verb between, is sought, not made. Interior ministry
     * statements and local pages after 2024 close a killing with the search for its doers so; an arrest told in
     * the past tense ("بهدف تفتيش المنازل، واعتقلت شابين") was made.
     */
    private static boolean aimJoined(List<Token> tokens, Mention aim, int arrestAt) {
        // "ويُلقى القبض عليهم": the arrest read from "القبض", joined by the verb before it
        int at = !tokens.get(arrestAt).term().startsWith("و") && arrestAt - 1 > aim.endToken()
                && tokens.get(arrestAt - 1).term().startsWith("و") ? arrestAt - 1 : arrestAt;
        Token joined = tokens.get(at);
        if (aim.endToken() >= at || at - aim.endToken() > AIM_WORDS || !joined.term().startsWith("و")) return false;
        if (joined.hasVerbReading(Analysis.Tense.PAST)) return false;
        return unbroken(tokens, aim.endToken() - 1, at - 1) && joined.start() - tokens.get(at - 1).end() == 1;
    }

    /** No punctuation between the tokens from..to: each stands one space after the one before. */
    private static boolean unbroken(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i + 1).start() - tokens.get(i).end() != 1 || PlaceNameWords.isVerbOnly(tokens.get(i + 1))) return false;
        }
        return true;
    }
}
