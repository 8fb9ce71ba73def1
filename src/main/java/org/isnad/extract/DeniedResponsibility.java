package org.isnad.extract;

import java.util.List;

/**
 * "ونفت تل أبيب مسؤوليتها عن الانفجار" after the article told the blast: the denier speaks of who did an
 * event, not of whether it happened ({@link ModalityReader#deniesOnlyWho}). What it says is its statement
 * about that event, and the event is told in the outlet's voice (once: the outlet's claim of it told before
 * takes it in), not in the denier's.
 */
final class DeniedResponsibility {
    private DeniedResponsibility() {}

    /** A denial in the sentence is of who did it: "نفت إسرائيل أي صلة لها بالهجوم". */
    static boolean inSentence(List<Mention> ms) {
        return ms.stream().anyMatch(m -> ModalityReader.modalityOf(m) == Modality.DENIED && ModalityReader.deniesOnlyWho(ms, m));
    }
}
