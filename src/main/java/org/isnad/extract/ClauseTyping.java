package org.isnad.extract;

import java.util.List;

/**
 * What else a clause tells of its event retypes it once its roles are read: the passes, in the order they
 * run. A new retyping is one more entry here.
 */
final class ClauseTyping {

    /** One retyping: it may change the event's type (and whether it is specific), or leave none (no event). */
    private interface Pass {
        void retype(Lexicon lexicon, EventMention em, List<Token> tokens, List<Mention> ms, Clause cl);
    }

    private static final List<Pass> PASSES = List.of(
            (lexicon, em, tokens, ms, cl) -> ProtestTyping.retype(lexicon, em, ms, cl),
            (lexicon, em, tokens, ms, cl) -> RaidWithoutArrests.retype(em, ms, cl),
            WithdrewAfterFighting::retype,
            TerritoryTyping::retype,
            WhoseAct::droneRetype);

    private ClauseTyping() {}

    /** Retypes the event; false when a pass found it tells no event after all. */
    static boolean retype(Lexicon lexicon, EventMention em, List<Token> tokens, List<Mention> ms, Clause cl) {
        for (Pass p : PASSES) {
            p.retype(lexicon, em, tokens, ms, cl);
            if (em.eventClass == null) return false;
        }
        return true;
    }
}
