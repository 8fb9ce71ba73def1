package org.isnad.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What the role reading of one clause has seen so far. */
final class ClauseRoles {
    boolean afterTarget, targetClosed, inOrigin, directedPending, action;
    boolean inTargetPhrase;     // after "على", "ضد": what follows was hit
    int irrealisFrom = Integer.MAX_VALUE;   // "خوفاً من استهدافها": what follows tells no event that happened
    int supportUntil = -1;      // "بمساندة مروحيات التحالف": the means of support types nothing…
    Entry supportTrigger;       // …unless nothing else names the event
    int residenceEnd = -1, residenceStart = -1;      // "شاباً من أبناء بلدة القريا جنوبي السويداء،": where he is from, up to the comma
    final Set<String> residence = new LinkedHashSet<>();
    boolean trip;               // the residence cue is "أثناء عودته من": its places are kept as a last resort
    final TripPlaces tripPlaces = new TripPlaces();
    Mention firstTrigger;
    boolean typedByDefinite;    // the type so far came from a definite noun ("المداهمة"): an act told before
    List<Token> tokens;         // the sentence's words and mentions, and where the clause's roles end
    List<Mention> mentions;
    List<DateParser.DateExpr> dates;    // the sentence's dates: a time between a name and the act ("خلال الساعات الماضية")
    int tail, from;
    int participantEnd = -1;    // where the participant words read last end
    boolean subjectNext;        // a group noun right after the verb: the known name next is its subject
    ParticipantSides sides;     // "مجهولين يُعتقد بارتباطهم بـ…", "عنصراً من قسد قُتل برصاص …"
}
