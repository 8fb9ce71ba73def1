package org.isnad.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "شنّت الفصائل هجوماً على قرى الرشيدية والقاسمية والمناخ، أسفر عن سيطرتها على تلك القرى", "… وتمكنت من
 * السيطرة عليها": an attack whose result, told in the clause right after it, is the capture of the places it
 * was aimed at is that capture (ACLED codes the territory taken, not a fight beside it). Each of the attack's
 * claims (one per village) becomes the capture at its village, and the capture told back by "those villages"
 * or a pronoun is no claim of its own. Only a bare attack or a clash: an air strike or shelling told before a
 * capture is an act of its own (TerritoryTyping).
 */
final class CaptureSumsUpAttack implements ClaimPass {

    /** At most this many characters (a comma, a space) between the attack's evidence and the capture's clause. */
    private static final int CLAUSE_GAP = 3;
    /** "على تلك القرى", "عليها": the capture names its places by pointing back. */
    private static final Set<String> POINTS_BACK = ArabicAnalysis.termSet("تلك", "هذه", "عليها", "عليه", "عليهما", "عليهم");

    @Override
    public void apply(ArticleClaims claims) {
        List<EventClaim> events = claims.events();
        // read every pair first: the capture told back may have been split per village already
        Map<EventClaim, List<EventClaim>> fought = new LinkedHashMap<>();
        for (EventClaim capture : events) {
            if (!TerritoryTyping.isTerritory(capture.eventClass()) || capture.evidence().size() != 1
                    || claims.words().words(capture.evidence().get(0).text()).stream().noneMatch(w -> POINTS_BACK.contains(w.term()))) continue;
            List<EventClaim> attacks = events.stream().filter(a -> a != capture && foughtFor(a, capture)).toList();
            if (!attacks.isEmpty()) fought.put(capture, attacks);
        }
        fought.forEach((capture, attacks) -> {
            for (EventClaim a : attacks) if (!TerritoryTyping.isTerritory(a.eventClass())) claims.retypeWithItsReports(a, capture.eventClass(), o -> false);
            EventClaim same = attacks.stream().filter(a -> a.places().equals(capture.places()) && a.placeTexts().equals(capture.placeTexts()))
                    .findFirst().orElse(attacks.get(0));
            claims.withdrawInto(capture, same);
        });
    }

    /** A bare attack or a clash in the same voice and modality, whose clause ends right where the capture's opens. */
    private static boolean foughtFor(EventClaim a, EventClaim capture) {
        if (!(EventTypes.ATTACK.equals(a.eventClass()) || EventTypes.ARMED_CLASH.equals(a.eventClass()))
                || a.modality() != capture.modality() || !a.report().sameAs(capture.report()) || a.evidence().isEmpty()) return false;
        int gap = capture.evidence().get(0).start() - a.evidence().get(a.evidence().size() - 1).end();
        return gap >= 0 && gap <= CLAUSE_GAP;
    }
}
