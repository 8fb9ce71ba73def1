package org.isnad.extract;

import java.util.List;

/**
 * "قُتل عنصر سابق في فصائل المعارضة برصاص مسلحين مجهولين", "استهداف أحد عناصر الفصائل المعارضة سابقاً":
 * in Daraa most such victims are men who laid down arms under the 2018 settlement. A group named as the
 * target with a word of "former" (isnad:FormerCue) right before or after it is where the victim once
 * served: he is no armed man of it now, so the act is an attack on a person, not a clash.
 */
final class FormerMembers {

    private FormerMembers() {}

    /** Words between "سابق" and the group: "عنصر سابق في فصائل" (one), "قيادي سابق لدى فصيل" (one). */
    private static final int BEFORE = 2;
    /** Words between the group and "سابقاً": "عناصر الفصائل المعارضة سابقاً" (none). */
    private static final int AFTER = 1;

    /** The target's words stand in the claim's evidence next to a word of "former". */
    static boolean calledFormer(EvidenceWords words, EventClaim c, ParticipantText target) {
        for (Evidence ev : c.evidence()) {
            if (target.start() < ev.start() || target.end() > ev.end()) continue;
            List<Token> tokens = words.words(ev.text());
            int from = -1, to = -1;
            for (int i = 0; i < tokens.size(); i++) {
                int s = tokens.get(i).start() + ev.start(), e = tokens.get(i).end() + ev.start();
                if (s >= target.start() && e <= target.end()) {
                    if (from < 0) from = i;
                    to = i + 1;
                }
            }
            if (from < 0) continue;
            for (Mention m : words.mentions(ev.text())) {
                if (!m.is("FormerCue")) continue;
                if (m.endToken() <= from && from - m.endToken() <= BEFORE) return true;
                if (m.firstToken() >= to && m.firstToken() - to <= AFTER) return true;
            }
        }
        return false;
    }
}
