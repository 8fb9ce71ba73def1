package org.isnad.extract;

import java.util.List;

/**
 * "قوات النظام والميليشيات المساندة لها سيطروا على قرى …": a force told with its allies before the verb. The
 * words of the allies stand between the force and the verb, yet the force is still the verb's subject, the
 * side that acted (and the side a territory type goes by), not a name merely mentioned before the event.
 */
final class AlliedDoers {

    /** The words an allies' phrase may take: "والميليشيات المساندة لها،", "والمليشيات الموالية لإيران". */
    private static final int MAX_WORDS = 4;

    private AlliedDoers() {}

    /**
     * True when the words from the end of {@code force} up to {@code anchor} (the event's first word) are an
     * "and" with the force's allies, an ally word (isnad:AllyWord: "المساندة", "الموالية", "حلفاؤها") or a
     * named group of their own, or call the force an ally itself; and tell no other act.
     */
    static boolean joinedUpTo(List<Token> tokens, List<Mention> ms, Mention force, int anchor) {
        int from = nameEnd(tokens, ms, force, anchor);
        if (from >= anchor || anchor - from > MAX_WORDS) return false;
        // "والميليشيات …", or the force itself called an ally: "القوات التركية المساندة لها"
        boolean allies = false, joined = tokens.get(from).term().startsWith("و");
        for (Mention m : ms) {
            if (m.firstToken() < from || m.firstToken() >= anchor) continue;
            if (m.is("Trigger") || m.is("ActionVerb") || m.is("SpeechVerb")) return false;
            if (m.is("AllyWord") || m.entry("Actor") != null) allies = true;
            if (m.is("AllyWord") && m.firstToken() == from) joined = true;
        }
        return allies && joined;
    }

    /** Words of a force's name the lexicon did not take in, before its "and": "قوات نظام الأسد والميليشيات". */
    private static final int NAME_TAIL = 2;

    /**
     * Where the force's name ends: after the words up to the "و" that joins its allies, when they are at most
     * {@link #NAME_TAIL} and no mention starts in them ("قوات نظام" is the name found in "قوات نظام الأسد").
     */
    private static int nameEnd(List<Token> tokens, List<Mention> ms, Mention force, int anchor) {
        int from = force.endToken();
        for (int t = from; t < Math.min(anchor, from + NAME_TAIL + 1); t++) {
            if (tokens.get(t).term().startsWith("و")) return t;
            if (Mention.startingAt(ms, t) != null) break;
        }
        return from;
    }

}
