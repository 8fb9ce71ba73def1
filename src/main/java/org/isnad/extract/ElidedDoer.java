package org.isnad.extract;

import java.util.List;

/**
 * "قصفت قوات النظام بالمدفعية قرية …، كما استهدفت بالرشاشات بلدة …": a clause cut from its sentence with no
 * doer of its own goes on with the doer of the clause before; an armed doer there makes its "targeting" an
 * attack, as it would in its own clause.
 */
final class ElidedDoer {

    private ElidedDoer() {}

    /** The clause names no one, and an armed group or force stands earlier in its sentence. */
    static boolean armedBefore(Lexicon lexicon, List<Mention> ms, Clause cl) {
        boolean before = false;
        for (Mention m : ms) {
            boolean participant = m.is("Actor") || m.is("ActorNoun") || m.is("PersonNoun");
            if (cl.holds(m) && participant) return false;     // "كما استهدفت الحملة …": a doer of its own
            if (m.firstToken() < cl.from() && (m.is("ActorNoun") || armed(lexicon, m))) before = true;
        }
        return before;
    }

    private static boolean armed(Lexicon lexicon, Mention m) {
        Entry actor = m.entry("Actor");
        return actor != null && lexicon.isArmed(actor.iri());
    }

    /**
     * "…، كما استهدفت بالرشاشات بلدة …": a clause opened by "كما"/"فيما" that names a place of its own tells a
     * second act, even by a weak verb that would otherwise only describe the strong act of its sentence; a
     * town the gazetteer lacks, named after its place noun, is a place of its own too ("…، فيما قُتل مدني في
     * بلدة ترملا").
     */
    static boolean alsoAtAPlace(String text, List<Token> tokens, List<Mention> ms, Clause cl) {
        boolean opened = false, placed = false;
        for (Mention m : ms) {
            if (!cl.holds(m)) continue;
            if (m.firstToken() == cl.from() && m.is("ClauseBoundary") && !m.entry("ClauseBoundary").flag("afterComma")
                    && !m.entry("ClauseBoundary").flag("afterBombardment")) opened = true;
            if (m.entry("Place") != null) placed = true;
        }
        if (opened && !placed) placed = !PlaceTextReader.read(text, tokens, ms, cl.from(), cl.to()).isEmpty();
        return opened && placed;
    }
}
