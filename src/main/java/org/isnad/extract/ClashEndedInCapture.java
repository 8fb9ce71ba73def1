package org.isnad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "خاضت وحدات من الجيش اشتباكات مع المسلحين في تل النار وقرى النقير وكفر سجنة … وأشارت المصادر إلى أن
 * الاشتباكات انتهت بدحر المسلحين من تل النار وقرى النقير وكفر سجنة": the clashes told first end, in a later
 * sentence that names them again by their definite noun, in the capture of the same places; the analysts code
 * one capture per village, not a clash beside it (as {@link CaptureSumsUpAttack} does for an attack whose next
 * clause tells the capture). Each clash claim that took in the capture's sentence becomes the capture at its
 * place, by the side that fought there when the capture names no taker of its own; the capture claim is
 * withdrawn into it. Only a bare attack or a clash, in the same modality: an air strike or shelling stays an
 * act of its own.
 */
final class ClashEndedInCapture implements ClaimPass {

    private final Lexicon lexicon;

    ClashEndedInCapture(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public void apply(ArticleClaims claims) {
        List<EventClaim[]> pairs = new ArrayList<>();
        for (EventClaim capture : claims.events()) {
            if (!TerritoryTyping.GOVERNMENT_REGAINS.equals(capture.eventClass())
                    && !TerritoryTyping.NON_STATE_OVERTAKES.equals(capture.eventClass())) continue;
            for (EventClaim clash : claims.events()) {
                if (clash != capture && endedIn(claims, clash, capture)) { pairs.add(new EventClaim[] {clash, capture}); break; }
            }
        }
        for (EventClaim[] p : pairs) {
            EventClaim clash = p[0], capture = p[1];
            claims.retypeWithItsReports(clash, side(clash, capture), o -> false);
            clash.actors().removeAll(capture.targets());
            clash.targets().addAll(capture.targets());
            claims.foldInto(capture, clash);   // its evidence and source kept
        }
    }

    /** The capture names its taker; else the clash's armed side that fights for the state takes it back. */
    private String side(EventClaim clash, EventClaim capture) {
        if (capture.actors().stream().anyMatch(lexicon::isArmed)) return capture.eventClass();
        boolean state = clash.actors().stream().filter(a -> !capture.targets().contains(a)).anyMatch(lexicon::fightsForState);
        return state ? TerritoryTyping.GOVERNMENT_REGAINS : capture.eventClass();
    }

    /** The names of the places the gazetteer lacks, wherever each is written ("النقير" in both sentences). */
    private static Set<String> names(EventClaim e) {
        return e.placeTexts().stream().map(PlaceText::text).collect(java.util.stream.Collectors.toSet());
    }

    /** At most this many characters (a stop, a space) between the clash's sentence and the capture's. */
    private static final int SENTENCE_GAP = 3;
    /** "الاشتباكات انتهت ب…", "وانتهت المعارك ب…": the capture's sentence names the fighting again. */
    private static final Set<String> FIGHTING_RETOLD = ArabicAnalysis.termSet("الاشتباكات", "المعارك", "الاشتباك",
            "المعركة", "المواجهات", "الهجوم");

    /**
     * A clash or a bare attack at the capture's places, told in the sentence right before the capture's, which
     * names the fighting again by its definite noun.
     */
    private static boolean endedIn(ArticleClaims claims, EventClaim clash, EventClaim capture) {
        if (!(EventTypes.ARMED_CLASH.equals(clash.eventClass()) || EventTypes.ATTACK.equals(clash.eventClass()))
                || clash.modality() != capture.modality() || clash.evidence().isEmpty() || capture.evidence().size() != 1) return false;
        if (!clash.places().equals(capture.places()) || !names(clash).equals(names(capture))) return false;
        Evidence told = capture.evidence().get(0);
        int gap = told.start() - clash.evidence().get(clash.evidence().size() - 1).end();
        return gap >= 0 && gap <= SENTENCE_GAP
                && claims.words().words(told.text()).stream().anyMatch(w -> FIGHTING_RETOLD.contains(w.term()));
    }
}
