package org.isnad.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.isnad.morph.Analysis;

/**
 * Roles that the words after a participant revise, read over one clause: the group an affiliation names
 * ("مجهولين يُعتقد بارتباطهم بتنظيم داعش") is on that participant's side, and names before an unmarked verb
 * that an agent phrase follows ("عنصراً من قسد قُتل برصاص مجهولين") were hit, not acting.
 */
final class ParticipantSides {

    private final String text;
    private final List<Token> tokens;
    private final List<Mention> mentions;
    private int lastEnd = -1;           // where the last participant read ends (a character offset)…
    private boolean lastActed;          // …and whether it acted or was hit
    private Boolean affiliationActed;   // the group named next takes that role…
    private boolean affiliationNamed;   // …and has been named
    private final Set<String> beforeTheVerb = new LinkedHashSet<>();
    private final Set<String> membersBeforeTheVerb = new LinkedHashSet<>();
    private boolean agentAfterTheVerb;
    private boolean otherTriggerSeen, hitVerbAfterThem;   // a trigger or verb of being hit read; whether it was one of being hit

    ParticipantSides(String text, List<Token> tokens, List<Mention> mentions) {
        this.text = text;
        this.tokens = tokens;
        this.mentions = mentions;
    }

    /** A participant read as who acted or who was hit, ending at {@code end}. */
    void read(int end, boolean acted) {
        lastEnd = end;
        lastActed = acted;
    }

    /** A known name read as an actor before the event's first words; {@code member}: named as a group's members. */
    void actorBeforeTheVerb(String actor, boolean member) {
        beforeTheVerb.add(actor);
        if (member) membersBeforeTheVerb.add(actor);
    }

    /**
     * "ثلاثة عناصر من قسد أُصيبوا", "مقاتلي قسد", "عنصراً للنظام": the name {@code m} stands for the members of a
     * group (after "من" and a noun or a count, after a participant noun in construct, or on "ل" after one),
     * not for the group acting by itself ("قسد قتلت").
     */
    static boolean member(List<Token> tokens, List<Mention> ms, Mention m) {
        int t = m.firstToken();
        if (t == 0) return false;
        boolean after = false, onLam = false;     // a participant noun ends right before the name
        for (Mention p : ms) if ((p.is("ActorNoun") || p.is("PersonNoun")) && p.endToken() == t) after = true;
        for (Analysis a : tokens.get(t).analyses()) onLam |= a.proclitics().equals("ل") || a.proclitics().equals("لل");
        if (after && !onLam || onLam && (after || tokens.get(t - 1).isNumber())) return true;
        if (t < 2 || !FROM.equals(tokens.get(t - 1).term())) return false;
        Token before = tokens.get(t - 2);
        return before.isNumber() || !before.analyses().isEmpty() && before.analyses().stream().allMatch(Analysis::isNominal);
    }

    private static final String FROM = ArabicAnalysis.terms("من").get(0);

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
        // "خلية لداعش قتلت ثلاثة عناصر": a verb with its object after it is told in the active, by its subject
        if (m.is("HitVerb") && !otherTriggerSeen) {
            hitVerbAfterThem = !WhoseAct.objectAt(tokens, mentions, m.endToken());
            otherTriggerSeen = true;        // the first verb decides: "قُتل وأُصيب اثنان" is still passive
        } else if (m.is("Trigger")) otherTriggerSeen = true;
        // "قتلى وجرحى من قسد": the group after a toll and "من" is the casualties' side, hit
        if (m.is("CasualtyCue") && m.endToken() < tokens.size() && FROM.equals(tokens.get(m.endToken()).term())) {
            affiliationActed = false;
            lastEnd = tokens.get(m.endToken()).end();
            affiliationNamed = false;
        } else if (m.is("AffiliationCue")) {
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

    /**
     * Moves the names read before a verb with an agent phrase after it, and the members named before a verb
     * of being hit ("عناصر من قسد أُصيبوا جراء قصف"), from the actors to the targets.
     */
    void hitBeforeAPassive(EventMention em) {
        Set<String> hit = agentAfterTheVerb ? beforeTheVerb : hitVerbAfterThem ? membersBeforeTheVerb : Set.of();
        for (String a : hit) if (em.actors.remove(a)) em.targets.add(a);
    }
}
