package org.isnad.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Capture words that tell no place taken: control spoken of in general, its noun governed by an abstract noun
 * (isnad:ControlStateCue: "وتأتي أهمية السيطرة على المدينة من كونها …", "لصعوبة فرض سيطرة كاملة عليها"), or
 * who holds a place ("الواقعة تحت سيطرة قسد"), and
 * people freed ("تحرير ثلاثة مخطوفين في مدينة …", isnad:CaptiveNoun), whom the place named after them does not
 * make territory. Their trigger readings are dropped; what else the clause tells is read as it stands. Real
 * pages of several outlets tell both beside the acts of the report (an ambush, arrests), and analysts code no
 * capture for them.
 */
final class CaptureNotTaken {

    /** Words an abstract noun may stand before the capture's noun: "صعوبة فرض سيطرة". */
    private static final int CONDITION_GAP = 1;
    /** Words after the freeing word within which the people freed stand: "تحرير ثلاثة مخطوفين". */
    private static final int CAPTIVE_WORDS = 2;

    private CaptureNotTaken() {}

    /** The mentions, without the trigger readings of captures that took no place. */
    static List<Mention> filter(List<Token> tokens, List<Mention> ms) {
        Set<Mention> untold = new HashSet<>();
        for (Mention m : ms) {
            if (!m.is("Trigger") || !m.entry("Trigger").flag("takesTerritory")) continue;
            if (governedByCondition(tokens, ms, m) || peopleFreed(ms, m)) untold.add(m);
        }
        return untold.isEmpty() ? ms : Mention.withoutReadings(ms, "Trigger", k -> untold.contains(ms.get(k)));
    }

    /** An abstract noun or "تحت" right before the capture's noun, or one word before it, with no punctuation between. */
    private static boolean governedByCondition(List<Token> tokens, List<Mention> ms, Mention capture) {
        int at = capture.firstToken();
        for (Mention c : ms) {
            if (!c.is("ControlStateCue") || c.endToken() > at || at - c.endToken() > CONDITION_GAP) continue;
            if (unbroken(tokens, c.endToken() - 1, at)) return true;
        }
        return false;
    }

    /** People held named right after the freeing word: "تحرير مخطوفين", "تحرير ثلاثة مخطوفين". */
    private static boolean peopleFreed(List<Mention> ms, Mention capture) {
        int at = capture.firstToken();
        for (Mention c : ms) {
            if (c.is("CaptiveNoun") && c.firstToken() > at && c.firstToken() <= at + CAPTIVE_WORDS) return true;
        }
        return false;
    }

    /** No punctuation between the tokens from..to: each stands one space after the one before. */
    private static boolean unbroken(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i + 1).start() - tokens.get(i).end() != 1) return false;
        }
        return true;
    }
}
