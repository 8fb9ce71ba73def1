package org.isnad.extract;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a sentence refers back to: events already told ("هذه الضربات", "عقب الهجوم", "وهو ما نفاه"),
 * times tied to them ("بعد ذلك"), and another speaker retelling, denying or blaming one.
 */
final class DiscourseReader {

    private final EventTypes types;

    DiscourseReader(EventTypes types) { this.types = types; }

    /** "هذه الضربات", "عقب الهجوم": the trigger names an event already told, not a new one. */
    boolean refersBack(Reading r, Mention prev, Mention m) {
        if (prev == null || prev.endToken() != m.firstToken()) return false;
        // "هذه الضربات" points back; "هذا وقُتل عنصران …" is the connective "هذا و" opening a new act: a
        // demonstrative names only a noun with the article after it
        if (prev.is("Demonstrative")) return m.definite();
        // "عقب الهجوم" refers back only when an attack was told; "عقب الغارات التي شنها … في 20 تشرين" tells one
        if (!prev.is("EventAnaphorCue") || !m.definite() || !m.is("Trigger")) return false;
        String cls = m.entry("Trigger").prop("indicates");
        // nothing is "after" a threat: a planned act has not happened
        return r.claims.eventsBefore(r.claims.size()).stream().anyMatch(c -> !c.planned() && types.compatible(c.eventClass(), cls));
    }

    /** The latest event claim of a type compatible with {@code cls}, or null. */
    EventClaim lastCompatibleEvent(Reading r, String cls) {
        for (EventClaim c : r.claims.eventsBefore(r.claims.size())) {
            if (types.compatible(c.eventClass(), cls)) return c;
        }
        return null;
    }

    /** The event claim a referring expression ("هذه الضربات") points at: the latest specific one of the speaker. */
    static ClaimKey referent(Reading r, Report report, int before) {
        ClaimKey fallback = null;
        for (EventClaim c : r.claims.eventsBefore(before)) {
            if (c.report() == report && c.specificType()) return c.key();
            if (fallback == null) fallback = c.key();
        }
        return fallback;
    }

    /** A time told relative to an earlier event ("بعد ذلك"): the latest event that happened, and its time. */
    static TimeSpan resolveAnaphor(Reading r, TimeSpan t) {
        if (t.relation() == null) return t;
        EventClaim told = r.claims.lastEvent(null);
        if (told == null) return t;   // nothing told before: the anaphor stays unresolved
        TimeSpan a = told.time();
        // "منذ ذلك الحين" knows its end already: from the earlier event to the article's date
        LocalDate end = t.end() != null && a.start() != null && !t.end().isBefore(a.start()) ? t.end() : a.end();
        return new TimeSpan(t.text(), a.start(), end, a.precision(), t.relation(), told.key());
    }

    /**
     * Another speaker telling of an event the article told already, by its definite noun and with no verb
     * of its own ("ذكر المرصد أن الطائرة المسيرة … وأن الضربة أسفرت عن مقتل عنصرين"): a claim of its own,
     * with the time of that event and no place unless the sentence names one, linked as the same event.
     */
    EventClaim reReport(Reading r, MatchedSentence s, List<Mention> ms, Report report, Modality modality) {
        // a denial or an accusation speaks of the event told before even with an indefinite noun
        // ("نفى … أي علاقة لعناصره بقطع الأشجار", "اتهمت … خلايا داعش بالوقوف وراء الاغتيال")
        boolean comment = modality == Modality.DENIED || modality == Modality.ALLEGED;
        Set<String> words = new HashSet<>();   // the trigger's words: which event is spoken of
        TriggerType type = triggerType(r, s, ms, comment, words);
        String cls = type.eventClass();
        boolean specific = type.specific();
        // "وهو ما نفاه …": what is denied is what the sentence told before it; "نفى … الاتهامات": what
        // was told last
        boolean relative = !ms.isEmpty() && ms.get(0).is("RelativeSpeechCue") && comment;
        boolean refersToClaim = comment && ms.stream().anyMatch(m -> m.is("ClaimReference"));
        int before = relative ? r.sentenceFirstClaim : r.claims.size();
        if (cls == null && (relative || refersToClaim)) {
            List<EventClaim> earlier = r.claims.eventsBefore(before);
            // "وهو ما نفاه": what was just told; "نفى … صحة هذه الاتهامات": what the report is about, its lead
            // event (the looting of the village, not the arrest told on the way)
            if (!earlier.isEmpty()) cls = (relative ? earlier.get(0) : earlier.get(earlier.size() - 1)).eventClass();
        }
        if (cls == null) return null;
        EventClaim c = toldInSameWords(r, cls, before, relative, words);
        if (c == null) return null;
        if (c.report() == report || c.report().speaker() != null && c.report().speaker().equals(report.speaker())) return null;
        EventClaim again = new EventClaim(r.claims.nextKey(), report);
        again.type(specific ? cls : c.eventClass(), specific || c.specificType());
        if (modality != null) again.modality(modality);
        again.time(c.time().copied());
        for (Mention m : ms) {
            if (m.entry("Place") != null) again.places().add(m.entry("Place").iri());
        }
        // "…، وهو ما نفاه": the denial is of what was just told, where it was told to be
        if (relative && again.places().isEmpty()) again.places().addAll(c.places());
        again.addEvidence(r.evidence(s.start(), s.end()));
        ArticleClaims.sameEvent(again, c);
        r.claims.add(again);
        return again;
    }

    /** The event type trigger words give: the class (null when none) and whether a word named it exactly. */
    private record TriggerType(String eventClass, boolean specific) {}

    /** The type the sentence's definite triggers give; collects their words. */
    private TriggerType triggerType(Reading r, MatchedSentence s, List<Mention> ms, boolean comment, Set<String> words) {
        String cls = null;
        boolean specific = false;
        Mention prev = null;
        for (Mention m : ms) {
            if (m.is("Trigger") && !refersBack(r, prev, m) && (m.definite() || comment)) {
                Entry t = m.entry("Trigger");
                if (cls == null || (t.flag("specific") && !specific)) {
                    cls = t.prop("indicates");
                    specific = t.flag("specific");
                }
                for (int k = m.firstToken(); k < m.endToken(); k++) words.add(PhraseMatcher.stem(s.term(k)));
            }
            prev = m;
        }
        return new TriggerType(cls, specific);
    }

    /**
     * Of the events of that kind told before {@code before}, the one told in the same words ("بقطع الأشجار"
     * and "قطع … شجرة"), else the latest; after "وهو ما نفاه" the event just told.
     */
    private EventClaim toldInSameWords(Reading r, String cls, int before, boolean relative, Set<String> words) {
        EventClaim best = null;
        int bestShared = -1;
        for (EventClaim c : r.claims.eventsBefore(before)) {
            if (!types.compatible(c.eventClass(), cls)) continue;
            if (relative) return c;
            int shared = 0;
            for (Evidence e : c.evidence()) {
                for (String stem : r.stems(e)) if (words.contains(stem)) shared++;
            }
            if (shared > bestShared) { best = c; bestShared = shared; }
        }
        return best;
    }

    /**
     * "نفى … أي علاقة لعناصره بقطع الأشجار، متهماً لصوصاً من خارج المنطقة بالوقوف وراء ذلك": who denies
     * may also accuse someone else of the same act. A participle clause of accusation with no event of its
     * own that points back ("ذلك") is an alleged claim of the event denied, linked to it, with its time.
     */
    EventClaim blamesAnother(Reading r, List<Mention> ms, List<Clause> clauses, List<EventMention> found, EventClaim denial,
                             Report report) {
        if (denial.modality() != Modality.DENIED || denial.sameEventAs().isEmpty()) return null;
        for (Clause cl : clauses) {
            if (!ModalityReader.startsWithParticiple(ms, cl) || !ModalityReader.modalitiesIn(ms, cl).contains(Modality.ALLEGED)) continue;
            if (found.stream().anyMatch(e -> e.clauseFrom == cl.from())) continue;
            boolean pointsBack = ms.stream().anyMatch(m -> cl.holds(m) && (m.is("Demonstrative") || m.is("ClaimReference")));
            if (!pointsBack) continue;
            EventClaim c = r.claims.event(denial.sameEventAs().iterator().next());
            EventClaim blame = new EventClaim(r.claims.nextKey(), report);
            blame.type(c.eventClass(), c.specificType());
            blame.modality(Modality.ALLEGED);
            blame.time(c.time().copied());
            blame.addEvidence(r.evidence(ms.stream().filter(m -> m.firstToken() == cl.from()).findFirst().get().start(),
                    denial.lastEvidence().end()));
            ArticleClaims.sameEvent(blame, c);
            r.claims.add(blame);
            return blame;
        }
        return null;
    }
}
