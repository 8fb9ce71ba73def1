package org.isnad.extract;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Roles that the words after a participant revise, read over one clause: the group an affiliation names
 * ("مجهولين يُعتقد بارتباطهم بتنظيم داعش") is on that participant's side, and names before an unmarked verb
 * that an agent phrase follows ("عنصراً من قسد قُتل برصاص مجهولين") were hit, not acting.
 */
final class ParticipantSides {

    private final String text;
    private int lastEnd = -1;           // where the last participant read ends (a character offset)…
    private boolean lastActed;          // …and whether it acted or was hit
    private Boolean affiliationActed;   // the group named next takes that role…
    private boolean affiliationNamed;   // …and has been named
    private final Set<String> beforeTheVerb = new LinkedHashSet<>();
    private boolean agentAfterTheVerb;

    ParticipantSides(String text) { this.text = text; }

    /** A participant read as who acted or who was hit, ending at {@code end}. */
    void read(int end, boolean acted) {
        lastEnd = end;
        lastActed = acted;
    }

    /** A known name read as an actor before the event's first words. */
    void actorBeforeTheVerb(String actor) { beforeTheVerb.add(actor); }

    /** An agent phrase after the event's first words named who acted. */
    void agentAfterTheVerb() { agentAfterTheVerb = true; }

    // "برصاص مجهولين، يُعتقد أنهم": a comma still joins the cue to the doers before it
    private static final Pattern COMMAS = Pattern.compile("[،,]");

    /**
     * "قُتل شاب على يد مجهولين يُعتقد بارتباطهم بتنظيم داعش", "اغتالوا شاباً يُرجّح أنه من قسد": an affiliation
     * right after a participant (or a comma after it) opens; the event's words, a place or a second, separate
     * name end it.
     */
    void see(Mention m) {
        if (m.is("AffiliationCue")) {
            boolean right = lastEnd >= 0 && lastEnd <= m.start()
                    && COMMAS.matcher(text.substring(lastEnd, m.start())).replaceAll("").isBlank();   // "برصاص مجهولين، يُعتقد أنهم"
            affiliationActed = right ? lastActed : null;
            if (right) lastEnd = m.end();       // "يُعتقد أنهم تابعون لـ": a second cue goes on with the first
            affiliationNamed = false;
        } else if (affiliationActed != null && m.entry("Actor") != null) {
            // "خلايا تنظيم داعش" read as two names: each one right after the last is of the same side
            boolean next = text.substring(lastEnd, Math.max(lastEnd, m.start())).isBlank();
            if (affiliationNamed && !next) affiliationActed = null;
        } else if (m.is("Trigger") || m.is("ActionVerb") || m.is("TargetCue") || m.entry("Place") != null) {
            affiliationActed = null;
        }
    }

    /** Whether a name read now is of an affiliation: TRUE it acted, FALSE it was hit, null it is no affiliation. */
    Boolean affiliated() { return affiliationActed; }

    /** The affiliated name read, ending at {@code end}. */
    void affiliationNamed(int end) {
        lastEnd = end;
        affiliationNamed = true;
    }

    /** Moves the names read before a verb with an agent phrase after it from the actors to the targets. */
    void hitBeforeAPassive(EventMention em) {
        if (!agentAfterTheVerb) return;
        for (String a : beforeTheVerb) if (em.actors.remove(a)) em.targets.add(a);
    }
}
