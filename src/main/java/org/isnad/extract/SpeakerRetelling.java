package org.isnad.extract;

import java.util.List;

/** What a speaker's sentence says again of an event told before: another account, a denial, a blame. */
final class SpeakerRetelling {

    private final DiscourseReader discourse;

    SpeakerRetelling(DiscourseReader discourse) {
        this.discourse = discourse;
    }

    /** A fear, a warning, a purpose or a call ("يخشى", "حذّر من", "دعا إلى") stands before the sentence's first trigger. */
    private static boolean fearsOrWarns(List<Mention> ms) {
        for (Mention m : ms) {
            if (m.is("Trigger")) return false;
            if (m.is("IrrealisCue")) return true;
        }
        return false;
    }

    /** A speaker's sentence that tells no event of its own: another account, a denial, a blame of one told. */
    void retell(Reading r, SentenceState st, Modality sentenceModality) {
        Report report = st.report();
        List<Mention> ms = st.s.mentions();
        if (report.kind() == ReportKind.OUTLET_REPORTING) return;
        if (st.found.isEmpty() && fearsOrWarns(ms)) return;   // "ويخشى السكان من اتساع رقعة القصف": no act told again
        if (st.found.isEmpty()) {
            // "نفت تل أبيب مسؤوليتها عن الانفجار": the denier does not tell the blast; the outlet does, once
            EventClaim again = discourse.reReport(r, st.s, ms, st.deniesWho ? r.reports.outlet() : report, sentenceModality);
            if (again != null) {
                st.events.add(again);
                EventClaim blame = discourse.blamesAnother(r, ms, st.clauses, st.found, again, report);
                if (blame != null) st.events.add(blame);
            }
        } else if (st.governingClause != null) {
            // "نفى المركز اعتقال أي امرأة، مؤكداً أن المعتقلين متورطون في هجمات": the denial is of the event
            // told before, the participle's clause tells another
            final Modality denied = st.cueModality;
            if (st.found.stream().noneMatch(e -> e.modality == denied)) {
                EventClaim again = discourse.reReport(r, st.s, st.governingClause.of(ms), report, denied);
                if (again != null) {
                    if (st.restatement != null) again.addEvidence(st.restatement);
                    st.events.add(again);
                }
            }
        }
    }
}
