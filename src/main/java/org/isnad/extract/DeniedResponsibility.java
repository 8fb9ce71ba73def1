package org.isnad.extract;

import java.util.List;

/**
 * "ونفت تل أبيب مسؤوليتها عن الانفجار" after the article told the blast: the denier speaks of who did an
 * event, not of whether it happened ({@link ModalityReader#deniesOnlyWho}). What it says is its statement
 * about that event; an event told in an earlier sentence is not told again in the denier's voice.
 */
final class DeniedResponsibility {
    private DeniedResponsibility() {}

    /** A denial in the sentence is of who did it: "نفت إسرائيل أي صلة لها بالهجوم". */
    static boolean inSentence(List<Mention> ms) {
        return ms.stream().anyMatch(m -> ModalityReader.modalityOf(m) == Modality.DENIED && ModalityReader.deniesOnlyWho(ms, m));
    }

    /** The event the denial names by its definite noun was told in a sentence before: nothing new is told. */
    static boolean ofToldEvent(Reading r, List<Mention> ms, EventMention em, EventClaim toldBefore) {
        return em.definite && toldBefore != null && r.toldBeforeThisSentence(toldBefore) && inSentence(ms);
    }
}
