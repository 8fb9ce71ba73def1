package org.isnad.extract;

import java.util.List;

/**
 * "قامت القوات بمحاولة توسيع نفوذها في الريف وفرض السيطرة على قرية …", "في محاولة لاقتحام القرية والسيطرة
 * عليها": an attempt (isnad:AttemptCue) governs every verbal noun joined by "و" after its first aim, so a
 * capture noun so joined was fought for, not taken, however far it stands from the attempt word. A finite
 * verb in between ("…، ثم سيطرت القوات على …") opens a clause of its own: that capture is one.
 */
final class AttemptChain {

    /** How many words an attempt's chain of aims may span before the joined capture noun. */
    private static final int REACH = 14;

    private AttemptChain() {}

    static boolean joined(List<Token> tokens, List<Mention> ms, Clause cl, Mention capture) {
        int at = capture.firstToken();
        // "وفرض السيطرة", "والسيطرة": the capture noun, or the verbal noun it follows, carries the "و"
        int joint = andNoun(tokens, at) ? at : at > 0 && andNoun(tokens, at - 1) ? at - 1 : -1;
        if (joint < 0) return false;
        for (Mention m : ms) {
            if (!m.is("AttemptCue") || !cl.holds(m) || m.endToken() > joint || joint - m.endToken() > REACH) continue;
            if (noVerbBetween(tokens, m.endToken(), joint)) return true;
        }
        return false;
    }

    /** A word that reads as a noun opened by "و" ("وفرض", "والسيطرة"); a finite verb alone ("وسيطرت") is none. */
    private static boolean andNoun(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.term().startsWith("و") || t.analyses().isEmpty()) return false;
        return t.analyses().stream().anyMatch(a -> a.isNominal() && a.proclitics().startsWith("و"));
    }

    private static boolean noVerbBetween(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) if (PlaceNameWords.isVerbOnly(tokens.get(i))) return false;
        return true;
    }
}
