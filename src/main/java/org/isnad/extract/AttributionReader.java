package org.isnad.extract;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who says what a sentence says: a verb of saying and its subject, "في بيان", "حسب مصادرنا", a speaker
 * carried over by "وأضاف البيان", else the outlet itself; and whom that speaker quotes.
 */
final class AttributionReader {

    /**
     * @param report       the report the sentence comes through
     * @param speakerWords the mentions that name the speaker: not participants of the event
     * @param contentStart the first token of what is reported (after "أن")
     * @param asides       verbs of saying that speak only for a later clause of their own: no speaker, and
     *                     no modality, of what the sentence told before them
     */
    record Attribution(Report report, Set<Mention> speakerWords, int contentStart, Set<Mention> asides) {}

    private final Lexicon lexicon;

    private final SpeakerPhrase phrase;

    private final SpeakerReports speakers;

    AttributionReader(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.phrase = new SpeakerPhrase(lexicon);
        this.speakers = new SpeakerReports(lexicon, phrase);
    }

    Attribution read(Reading r, MatchedSentence s) {
        List<Mention> ms = s.mentions();
        Set<Mention> speaker = new LinkedHashSet<>();
        int[] contentStart = {0};
        boolean inStatement = ms.stream().anyMatch(m -> m.is("StatementCue"));
        // "وأفاد مراسلنا": the outlet's own witness, whoever the sentence is read to speak for (LeadToldBySource)
        if (ms.stream().anyMatch(m -> m.is("SourceCue") && reportKind(m, "SourceCue") == ReportKind.OUTLET_REPORTING)) r.reports.sawOwnWitness();
        Set<Mention> asides = new HashSet<>();
        for (Mention m : ms) if (m.is("SpeechVerb") && SentenceVoiceCues.laterClauseOfItsOwn(r, s, m)) asides.add(m);
        // "ويذكر أن …", "يشار إلى أن …": the outlet's background; its verb carries no speaker over
        int background = SentenceVoiceCues.backgroundCueEnd(ms);
        for (Mention m : ms) if (m.is("SpeechVerb") && m.firstToken() < background) asides.add(m);
        // "…، بعد أن اتهمهم موالون للنظام بقتل أبنائهم": an accusation that came before the act is told, it does
        // not tell; a threat after "بعد أن" ("بعد أن هدد أردوغان بشن عملية") keeps its speaker and its irrealis
        for (Mention m : ms) if (m.is("SpeechVerb") && m.entry("SpeechVerb").iri().endsWith("/alleged") && SentenceVoiceCues.afterThat(s, m.firstToken())) asides.add(m);
        Report found = null, relayed = null;
        for (int k = 0; k < ms.size() && found == null; k++) {
            Mention m = ms.get(k);
            if (asides.contains(m)) {
                continue;
            } else if (m.is("SpeechVerb")) {
                found = speechVerb(r, s, k, inStatement, speaker);
                if (found != null) contentStart[0] = contentAfter(ms, k);
                if (found != null && m.entry("SpeechVerb").flag("relaysFrom")) relayed = relayedFrom(r, s, speaker);
            } else if (m.is("AccordingTo")) {
                found = accordingTo(r, s, k, speaker);
                // "ووفق بيان للدفاع المدني، اليوم الخميس، فإن الطائرات قصفت أمس": what is reported starts after
                // "فإن", so the day of the statement does not date it
                if (found != null) contentStart[0] = markerAfter(ms, k);
            }
        }
        if (found == null) {
            for (Mention m : ms) {
                if (m.is("SourceCue")) {
                    found = r.reports.report(reportKind(m, "SourceCue"), null, r.text.substring(m.start(), m.end()));
                    break;
                }
            }
        }
        if (found == null && SentenceVoiceCues.opensNextOfSeries(lexicon, s) && r.reports.lastSentence() != null) {
            // "أما الهجوم الثاني فوقع …": the series goes on in the voice that opened it, the outlet's too
            return told(r, s, new Attribution(r.reports.lastSentence(), speaker, contentStart[0], asides));
        }
        if (found == null && SentenceVoiceCues.goesOnWithAlso(s) && r.reports.lastSentence() != null) {
            // "وأوضح [المصدر] أن … . كما قُتل أربعة أطفال بقصف على بلدة …": "also" adds to the account before it
            return told(r, s, new Attribution(SentenceVoiceCues.accountAddedTo(r), speaker, contentStart[0], asides));
        }
        Report carried = found == null ? VoiceCarriedThrough.between(r, lexicon) : null;
        // "وقال مصدر … . وبالتزامن، نصب عناصر التنظيم حاجزاً …": the account goes on (VoiceCarriedOn)
        if (carried == null && found == null && background == 0) carried = VoiceCarriedOn.after(r, s);
        if (carried != null) return told(r, s, new Attribution(carried, speaker, contentStart[0], asides));
        if (found == null) return told(r, s, new Attribution(r.reports.outlet(), speaker, contentStart[0], asides));
        Report inner = relayed != null ? relayed : quoted(r, ms, found, speaker);
        if (inner != null && inner != found) found = r.reports.chain(found, inner);
        r.reports.spoke(found);
        return told(r, s, new Attribution(found, speaker, contentStart[0], asides));
    }

    private static Attribution told(Reading r, MatchedSentence s, Attribution a) {
        r.reports.sentenceTold(a.report(), s.tokens().stream().map(Token::term).toList());
        return a;
    }

    /** The report a verb of saying at {@code k} names, by the words next to it; null when none. */
    private Report speechVerb(Reading r, MatchedSentence s, int k, boolean inStatement, Set<Mention> speaker) {
        List<Mention> ms = s.mentions();
        Mention m = ms.get(k);
        Mention next = k + 1 < ms.size() ? ms.get(k + 1) : null;
        boolean close = next != null && next.firstToken() - m.endToken() <= 1 && !SpeakerPhrase.saysAtOnce(r.text, s, m);
        ReportKind kind = reportKind(m, "SpeechVerb");
        ReportKind named = inStatement ? ReportKind.OFFICIAL_STATEMENT : kind;
        Reports reports = r.reports;
        // "واتهم نشطاء قوات النظام بقتله": after a verb of accusing, the name after the people is the accused
        boolean accuses = m.entry("SpeechVerb").iri().endsWith("/alleged");
        Mention body = close && !accuses ? SpeakerBodies.ownerInConstruct(lexicon, r, s, next) : null;
        if (body == null && close && !accuses) SpeakerBodies.keepOwnBody(s, next, speaker);
        Report head = body == null && close ? SpeakerBodies.headOfBodyNamedBefore(r, s, k) : null;
        if (close && next.is("SourceCue") && !r.text.startsWith("ل", next.start())) {
            // "وأضاف مراسلنا في حمص أن …", "وأكدت مصادرنا أن …": the outlet's own, not the speaker before
            speaker.add(next);
            return reports.report(reportKind(next, "SourceCue"), null, r.text.substring(m.start(), next.end()));
        } else if (body != null) {
            // "أفاد نشطاء المرصد السوري", "قالت مصادر المرصد": the people of a named body speak for that body
            speaker.add(next);
            speaker.add(body);
            return speakers.byName(r, speakerEntry(body), named, r.text.substring(m.start(), body.end()));
        } else if (head != null) {
            // "وقال مدير المرصد رامي عبد الرحمن": the head of the body named before speaks for it
            speaker.add(next);
            return head;
        } else if (close && next.is("StatementReference")) {
            speaker.add(next);
            return reports.lastStatement() != null ? reports.lastStatement() : reports.lastSpeaker();
        }
        Mention name = close && next.is("SpeakerReference") ? SpeakerPhrase.nameInApposition(s, next) : null;
        if (name != null) {
            // "وأفادت الوكالة الرسمية للأنباء «سانا»": the name after the reference word is who speaks
            speaker.add(next);
            speaker.add(name);
            return speakers.byName(r, speakerEntry(name), named, r.text.substring(m.start(), name.end()));
        } else if (close && next.is("SpeakerReference")
                && (reports.lastSpeaker() != null || reports.outletNameHolds(s.term(next.firstToken())))) {
            speaker.add(next);
            return reports.referredTo(s.term(next.firstToken()));   // "وأفاد المرصد": the source named before
        } else if (close && speakerEntry(next) != null && SpeakerBodies.sameBodyNamedBefore(r, s, next) != null) {
            // "أعلن “جيش سوريا الجديد” … . وأكد الجيش في بيان له": the bare noun refers back to the body named so
            speaker.add(next);
            return SpeakerBodies.sameBodyNamedBefore(r, s, next);
        } else if (close && speakerEntry(next) != null) {
            speaker.add(next);
            return speakers.byName(r, speakerEntry(next), named, r.text.substring(m.start(), next.end()));
        } else if (close && next.is("SpeakerNoun") && SpeakerBodies.definite(s, next) && k + 2 < ms.size()
                && speakerEntry(ms.get(k + 2)) != null && ms.get(k + 2).firstToken() == next.endToken()) {
            // "نفى المركز الإعلامي لـ“قسد”": the body of a named actor speaks for it
            Mention owner = ms.get(k + 2);
            speaker.add(next);
            speaker.add(owner);
            return speakers.byName(r, speakerEntry(owner), named, r.text.substring(m.start(), owner.end()));
        } else if (close && next.is("SpeakerNoun") && !SpeakerBodies.definite(s, next) && next.entry("Actor") == null
                && speakers.isOwnCorrespondent(r, s, next)) {
            return reports.report(ReportKind.OUTLET_REPORTING, null, r.text.substring(m.start(), next.end()));
        } else if (close && next.is("ActorNoun") && next.entry("Actor") == null && next.entry("ActorNoun").flag("speaksForItself")) {
            // "أعلن جهاز الأمن العام", "قالت الأجهزة الأمنية": a security service no list names speaks for itself
            return speakers.unlistedSpeaker(r, s, m, next, named, speaker);
        } else if (close && next.is("SpeakerNoun") && next.entry("Actor") == null
                && (!SpeakerBodies.definite(s, next) || SpeakerBodies.speaksForItself(next) || SpeakerBodies.describedHere(r, s, next))) {
            // "قالت الشرطة", "أفاد الجيش": a body the reference data does not name speaks for itself
            return speakers.unlistedSpeaker(r, s, m, next, named, speaker);
        } else if (BodyNamedBefore.after(r, s, m, lexicon) != null) {     // "وقالت الهيئة في بيان"
            return speakers.byName(r, BodyNamedBefore.after(r, s, m, lexicon), named, r.text.substring(m.start(), s.tokens().get(m.endToken()).end()));
        } else if (k >= 1 && speakerEntry(ms.get(k - 1)) != null && m.firstToken() - ms.get(k - 1).endToken() <= 2) {
            // SVO: "وكانت شبكات محلية قد تحدثت"
            Mention who = ms.get(k - 1);
            speaker.add(who);
            return speakers.byName(r, speakerEntry(who), named, r.text.substring(who.start(), m.end()));
        } else if (k == 1 && ms.get(0).firstToken() == 0 && ms.get(0).is("SpeakerReference") && m.firstToken() == ms.get(0).endToken()
                && reports.lastSpeaker() != null) {
            // "المرصد أحصى قبل أيام مقتل …": the body named before, as subject opening the sentence
            speaker.add(ms.get(0));
            return reports.referredTo(s.term(0));
        } else if (SpeakerPhrase.headNounBefore(s, k) != null) {   // "وكانت وسائل إعلام محلية رصدت …"
            return speakers.unlistedSpeaker(r, s, SpeakerPhrase.headNounBefore(s, k), SpeakerPhrase.headNounBefore(s, k), named, speaker);
        } else if (SpeakerPhrase.describedPerson(r.text, s, m)) {
            return phrase.personSpeaker(r, s, m, named, speaker);
        } else if (m.firstToken() <= 1 && reports.lastSpeaker() != null) {
            return reports.lastSpeaker();          // "وأضاف أن …": the speaker of the sentence before
        }
        return null;
    }

    private static final String FROM = ArabicAnalysis.terms("عن").get(0);

    /** "نقلت وكالة سانا عن مصدر عسكري": the speaker right after "عن", a few words after the carrier; else null. */
    private Report relayedFrom(Reading r, MatchedSentence s, Set<Mention> speaker) {
        int after = speaker.stream().mapToInt(Mention::endToken).max().orElse(-1);
        if (after < 0) return null;
        for (int t = after; t < Math.min(after + 3, s.tokens().size() - 1); t++) {
            if (!s.term(t).equals(FROM)) continue;
            for (Mention x : s.mentions()) {
                if (x.firstToken() != t + 1) continue;
                if (speakerEntry(x) != null) {
                    speaker.add(x);
                    return speakers.byName(r, speakerEntry(x), ReportKind.SOURCE_REPORT, r.text.substring(x.start(), x.end()));
                }
                if (!x.is("SpeakerNoun")) continue;
                Report source = speakers.unlistedSpeaker(r, s, x, x, ReportKind.SOURCE_REPORT, speaker);
                // bare "مصادر" would be the outlet's own sources: the carrier's are not the outlet's
                return source.kind() == ReportKind.ANONYMOUS_SOURCES ? null : source;
            }
            return null;
        }
        return null;
    }

    /** The report "حسب"/"وفق" at {@code k} names; null when none. */
    private Report accordingTo(Reading r, MatchedSentence s, int k, Set<Mention> speaker) {
        List<Mention> ms = s.mentions();
        Mention m = ms.get(k);
        Mention next = k + 1 < ms.size() ? ms.get(k + 1) : null;
        if (next == null) return null;
        boolean close = next.firstToken() - m.endToken() <= 1;
        int gap = next.firstToken() - m.endToken();
        Mention owner = gap <= 2 ? SpeakerBodies.ownerInConstruct(lexicon, r, s, next) : null;
        if (owner == null && gap <= 2) SpeakerBodies.keepOwnBody(s, next, speaker);
        if (owner != null) {
            // "بحسب نشطاء المرصد السوري": the people of a named body speak for that body
            speaker.add(next);
            speaker.add(owner);
            return speakers.byName(r, speakerEntry(owner), ReportKind.SOURCE_REPORT, r.text.substring(m.start(), owner.end()));
        } else if (close && next.is("StatementReference") && r.reports.lastStatement() != null) {
            // "وبحسب البيان، استهدفت طائرات تركية …": the statement named before goes on
            speaker.add(next);
            return r.reports.lastStatement();
        } else if (close && next.is("SpeakerReference") && r.reports.lastSpeaker() != null) {
            speaker.add(next);
            return r.reports.referredTo(s.term(next.firstToken()));   // "حسب المصادر ذاتها"
        } else if (gap <= 3 && next.is("SpeakerNoun") && !SpeakerBodies.definite(s, next) && speakerEntry(next) == null
                && speakers.isOwnCorrespondent(r, s, next)) {
            return r.reports.report(ReportKind.OUTLET_REPORTING, null, r.text.substring(m.start(), next.end()));
        } else if (gap <= 3 && next.is("SpeakerNoun") && !SpeakerBodies.definite(s, next) && speakerEntry(next) == null) {
            return speakers.unlistedSpeaker(r, s, m, next, ReportKind.SOURCE_REPORT, speaker);
        } else if (gap <= 2 && speakerEntry(next) != null) {
            speaker.add(next);
            Entry who = speakerEntry(next);
            String cue = r.text.substring(m.start(), next.end());
            // "بحسب منصة SY24" in SY24's own article is the outlet speaking for itself
            return lexicon.isOutletItself(r.article.outlet(), who.iri())
                    ? r.reports.report(ReportKind.OUTLET_REPORTING, null, cue) : r.reports.report(ReportKind.SOURCE_REPORT, who.iri(), cue);
        }
        return null;
    }

    /** A second link: "ذكر المرصد نقلاً عن مصادر محلية", "قالت الشبكة وفقاً لناشطين", "حسب مصادرنا". */
    private Report quoted(Reading r, List<Mention> ms, Report found, Set<Mention> speaker) {
        Report inner = null;
        for (int k = 0; k < ms.size() && inner == null; k++) {
            Mention m = ms.get(k);
            Mention next = k + 1 < ms.size() ? ms.get(k + 1) : null;
            if (speaker.contains(m) || speaker.contains(next)) continue;
            if (m.is("AccordingTo") && next != null && next.firstToken() - m.endToken() <= 2 && speakerEntry(next) != null
                    && !speakerEntry(next).iri().equals(found.speaker())) {
                inner = r.reports.report(ReportKind.SOURCE_REPORT, speakerEntry(next).iri(), r.text.substring(m.start(), next.end()));
                speaker.add(next);
            } else if (m.is("SourceCue") && found.kind() != ReportKind.ANONYMOUS_SOURCES && found.kind() != ReportKind.OUTLET_REPORTING
                    && reportKind(m, "SourceCue") != ReportKind.OUTLET_REPORTING) {
                // "قال مسؤول لمراسلنا": our correspondent heard the official; the official is the only link
                inner = r.reports.report(reportKind(m, "SourceCue"), null, r.text.substring(m.start(), m.end()));
            }
        }
        return inner;
    }

    private static int contentAfter(List<Mention> ms, int k) {
        for (int j = k; j < ms.size(); j++) {
            if (ms.get(j).is("ComplementMarker")) return ms.get(j).endToken();
        }
        return ms.get(k).endToken();
    }

    /** The token after the first "أن"/"فإن" after mention {@code k}, else 0 (the whole sentence is reported). */
    private static int markerAfter(List<Mention> ms, int k) {
        for (int j = k + 1; j < ms.size(); j++) {
            if (ms.get(j).is("ComplementMarker")) return ms.get(j).endToken();
        }
        return 0;
    }

    private static ReportKind reportKind(Mention m, String type) {
        return ReportKind.ofLocalName(m.entry(type).localProp("reportKind"));
    }

    /** The actor or outlet a mention names, or null. */
    static Entry speakerEntry(Mention m) {
        if (m == null) return null;
        Entry e = m.entry("Actor");
        return e != null ? e : m.entry("Outlet");
    }
}
