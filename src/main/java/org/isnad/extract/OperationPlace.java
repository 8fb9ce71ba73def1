package org.isnad.extract;

import java.util.regex.Pattern;

/**
 * "نفذت قوى الأمن حملة دهم في بلدة … بريف …. وعلى إثر ذلك فرضت حظر تجوال في المنطقة", "… واعتُقل شابان
 * خلال العملية": an act told after or during the operation just told, by a time anaphor that points at it
 * ("عقب ذلك", "على إثر ذلك", "خلال الحملة", "أثناء عملية الدهم"), and naming no place of its own, happened
 * where the operation did; analysts give it the operation's place. Not what goes on alongside it ("وسط
 * اشتباكات"), which may be elsewhere, nor a speaker's allegation or denial, nor a planned act.
 */
final class OperationPlace {
    private OperationPlace() {}

    // the anaphor times the act as during the event told before ("خلال العملية", "أثناء الاشتباك")
    private static final Pattern DURING = Pattern.compile("و?(?:في\\s+)?(?:خلال|أثناء|اثناء|إبان|في خضم)");

    /** Gives {@code em} the places of the operation its time points back at, when it names none. */
    static void lend(Reading r, EventMention em, Report report, EventTypes types) {
        if (!em.places.isEmpty() || !em.placeTexts.isEmpty() || em.planned()
                || em.modality == Modality.ALLEGED || em.modality == Modality.DENIED) return;
        TimeSpan t = em.time;
        if (t.anchor() == null || t.relation() == null || t.text() == null) return;
        boolean after = "after".equals(t.relation());
        boolean during = "sameTimeAs".equals(t.relation()) && DURING.matcher(t.text()).lookingAt();
        if (!after && !during) return;
        EventClaim op = operation(r, t, types);
        // the same voice goes on telling its operation ("وتداولت حسابات … أنباء عن تفجير … خلال المداهمة" is
        // another voice's rumour, of no place the operation's teller gave it)
        if (op == null || op.planned() || op.report() != report) return;
        em.places.addAll(op.places());
        em.placeTexts.addAll(op.placeTexts());
        op.placeWordsMap().forEach(em.placeWords::putIfAbsent);
    }

    /**
     * The operation the time points at: after "خلال المداهمة", "عقب الحملة" the latest claim of the noun's kind
     * (not a killing told in between as background); after "عقب ذلك" the event it was timed by.
     */
    private static EventClaim operation(Reading r, TimeSpan t, EventTypes types) {
        String cls = null;
        for (Mention m : r.claims.words().mentions(t.text())) {
            if (m.entry("Trigger") != null) { cls = m.entry("Trigger").prop("indicates"); break; }
        }
        if (cls == null) return r.claims.get(t.anchor()) instanceof EventClaim c ? c : null;
        for (EventClaim c : r.claims.eventsBefore(r.claims.size())) {
            if (types.compatible(c.eventClass(), cls)) return c;
        }
        return null;
    }
}
