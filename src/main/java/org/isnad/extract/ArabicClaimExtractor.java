package org.isnad.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.isnad.extract.DateParser.DateExpr;
import org.isnad.extract.SentenceSplitter.Sentence;
import org.isnad.ingest.Article;
import org.isnad.rdf.Vocab;

/**
 * Rule-based claim extraction from Arabic news prose, driven by the lexicons under {@code ontology/}.
 *
 * <p>Sentence by sentence: find who speaks (a verb of saying and its subject, "في بيان", "حسب مصادرنا",
 * a statement carried over by "وأضاف البيان", else the outlet itself); cut the sentence into clauses at
 * "كما"/"فيما"; in each clause find an event (a trigger word made real by a past-tense action verb, a date
 * or a place) with its type, roles, place, date and modality; then either add it to a claim already told
 * by the same speaker (same type, compatible place and time, or "the strikes" referring back) or open a
 * new claim. A named speaker's sentence that only comments on an event ("the strikes were necessary")
 * becomes a statement claim. Claims of different reports that fit one event are linked, never merged.
 */
public final class ArabicClaimExtractor implements Extractor {

    private static final String ATTACK = Vocab.ISNAD + "Attack";
    private static final String DISRUPTED = Vocab.ISNAD + "DisruptedWeaponsUse";

    private final Lexicon lexicon;
    private final DateParser dates;

    public ArabicClaimExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.dates = new DateParser();
    }

    /** What one clause says of an event, before it is merged into a claim. */
    private static final class EventMention {
        String eventClass;
        boolean specific;
        boolean anaphoric;          // "الضربات": definite, unspecific, refers back
        boolean definite;           // its first trigger is definite ("الصواريخ", "الهجوم")
        boolean eventive;
        final Set<String> actors = new LinkedHashSet<>(), targets = new LinkedHashSet<>(),
                directedBy = new LinkedHashSet<>(), places = new LinkedHashSet<>(), origins = new LinkedHashSet<>();
        TimeSpan time = TimeSpan.NONE;
        String modality = "Asserted";
        int start, end;
        int clauseFrom, clauseTo;   // token range of the clause it came from
        boolean series;             // "عمليات الاغتيال المتكررة": many events, no one time
    }

    /** Per-article reading state: the claims so far and the speakers that later sentences may carry over. */
    private final class Reading {
        final Article article;
        final String text;
        final List<Claim> claims = new ArrayList<>();
        final List<Report> reports = new ArrayList<>();
        Report lastStatement;       // for "وأضاف البيان"
        Report lastSpeaker;         // for a bare "وأضاف"
        final List<Report> recent = new ArrayList<>();   // reports in the order they last spoke
        int sentenceFirstClaim;     // index of the first claim read from the current sentence
        final java.util.Map<String, String> speakerLabels = new java.util.HashMap<>();   // speakers the reference data lacks
        final java.util.Map<String, String> speakerWords = new java.util.HashMap<>();    // … in the text's own words
        String lastPlace;           // for "البلدة", "المدينة"
        boolean topicShift;         // the current sentence opens with "وفي السياق", "من جهة أخرى"
        EventMention headline;
        int headlineStart, headlineEnd;

        Reading(Article a) { this.article = a; this.text = a.text(); }

        Report report(String kind, String speaker, String cue) {
            String outletIri = outletIri(article);
            String slug;
            String label;
            String relayedBy = null;
            switch (kind) {
                case "AnonymousSources" -> {
                    slug = slugOf(outletIri) + "-sources";
                    label = outletLabel(article) + "'s sources";
                    relayedBy = outletIri;
                }
                case "OutletReporting" -> {
                    slug = slugOf(outletIri) + "-own-reporting";
                    label = outletLabel(article) + " (own reporting)";
                    speaker = outletIri;
                }
                case "OfficialStatement" -> {
                    slug = slugOf(speaker) + "-statement";
                    label = speakerLabels.getOrDefault(speaker, lexicon.labelEn(speaker)) + " statement";
                }
                default -> {
                    slug = slugOf(speaker) + "-report";
                    label = speakerLabels.getOrDefault(speaker, lexicon.labelEn(speaker));
                }
            }
            for (Report r : reports) {
                if (r.slug().equals(slug)) return r;    // first cue names it; later ones reuse it
            }
            Report r = new Report(slug, kind, speaker, relayedBy, label, cue, speakerWords.get(speaker), null);
            reports.add(r);
            return r;
        }

        /**
         * The report a noun refers back to ("المرصد", "المصادر", "الشبكة"): the latest whose cue words hold
         * that noun, else the latest speaker.
         */
        Report referredTo(String noun) {
            String stem = PhraseMatcher.withoutArticle(noun);
            for (int i = recent.size() - 1; i >= 0; i--) {
                Report x = recent.get(i);
                for (Report link = x; link != null; link = link.quotes()) {
                    if (link.cueText() == null) continue;
                    for (Token t : ArabicAnalysis.tokens(link.cueText())) {
                        for (String f : PhraseMatcher.firstWordForms(t.term())) {
                            if (PhraseMatcher.withoutArticle(f).equals(stem)) return link == x ? x : link;
                        }
                    }
                }
            }
            return lastSpeaker;
        }

        /** Evidence: the span of the article text, cut from the text itself. */
        Evidence evidence(int start, int end) {
            return new Evidence(start, end, text.substring(start, end));
        }

        /** Index of the latest event claim (of that report, when not null), or -1. */
        int lastEvent(Report of) {
            for (int i = claims.size() - 1; i >= 0; i--) {
                Claim c = claims.get(i);
                // a threat has not happened: no toll, time or "after that" hangs on it
                if (c.kind() == Claim.Kind.EVENT && (of == null || c.report() == of) && !"Planned".equals(c.modality())) return i;
            }
            return -1;
        }

        /** The one report of the article for this chain: the same speaker citing the same source is one report. */
        Report chain(Report outer, Report inner) {
            Report r = outer.citing(inner);
            for (Report x : reports) if (x.slug().equals(r.slug())) return x;
            reports.add(r);
            return r;
        }
    }

    @Override
    public List<Claim> extract(Article article) {
        Reading r = new Reading(article);
        for (Sentence s : SentenceSplitter.split(article)) {
            readSentence(r, s);
        }
        attachHeadline(r);
        armedTargetsClash(r);
        linkSameEvents(r);
        for (Claim c : r.claims) c.confidence(confidence(c));
        // places: keep the most precise; "Deir ez-Zor, Syria" is Deir ez-Zor
        for (Claim c : r.claims) prune(c.places());
        return r.claims;
    }

    // ── one sentence ────────────────────────────────────────────────────────────────────────────────

    private void readSentence(Reading r, Sentence s) {
        List<Token> tokens = ArabicAnalysis.tokens(r.text, s.start(), s.end());
        if (tokens.isEmpty()) return;
        List<Mention> ms = lexicon.matcher().match(tokens);
        List<DateExpr> dateExprs = dates.parse(r.text, tokens, ms, r.article.published());

        if (s.headline()) {
            EventMention em = eventIn(r, tokens, ms, 0, tokens.size(), Set.of(), dateExprs, null);
            if (em != null) {
                r.headline = em;
                r.headlineStart = s.start();
                r.headlineEnd = s.end();
            }
            return;
        }

        // "…، وهو ما نفاه مسؤول في “الهيئة”": from here on another speaker talks; read it as a sentence of its own
        for (int k = 0; k + 1 < ms.size(); k++) {
            Mention cue = ms.get(k), verb = ms.get(k + 1);
            if (cue.is("RelativeSpeechCue") && cue.firstToken() > 0 && verb.is("SpeechVerb") && verb.firstToken() == cue.endToken()) {
                readSentence(r, new Sentence(s.start(), tokens.get(cue.firstToken() - 1).end(), false));
                readSentence(r, new Sentence(cue.start(), s.end(), false));
                return;
            }
        }

        r.topicShift = !ms.isEmpty() && ms.get(0).firstToken() == 0 && ms.get(0).is("TopicShift");
        Set<Mention> speakerMentions = new LinkedHashSet<>();
        int[] contentStart = {0};
        Report report = attribution(r, tokens, ms, speakerMentions, contentStart);

        // the sentence's own time: the first date expression of what is reported (after "أن"), else the
        // first at all; "في بيان، اليوم الجمعة، أنه أحبط ليلة أمس" dates the statement, then the event
        DateExpr first = null;
        for (DateExpr d : dateExprs) {
            if (d.firstToken() >= contentStart[0]) { first = d; break; }
        }
        if (first == null && !dateExprs.isEmpty()) first = dateExprs.get(0);
        TimeSpan sentenceTime = first == null ? TimeSpan.NONE : resolveAnaphor(r, first.span());
        final DateExpr sentenceDate = first;

        // clauses
        List<int[]> clauses = new ArrayList<>();
        Set<Integer> toldInPassing = new java.util.HashSet<>();
        int from = 0;
        for (int k = 0; k < ms.size(); k++) {
            Mention m = ms.get(k);
            boolean inPassing = tellsInPassing(r, tokens, ms, k);
            if ((m.is("ClauseBoundary") || opensCoordinatedClause(r.text, tokens, m) || inPassing) && m.firstToken() > from) {
                clauses.add(new int[] {from, m.firstToken()});
                from = m.firstToken();
                if (inPassing) toldInPassing.add(from);
            }
        }
        clauses.add(new int[] {from, tokens.size()});

        List<String> sentenceCues = modalitiesIn(ms, new int[] {0, tokens.size()});
        String sentenceModality = sentenceCues.isEmpty() ? null : sentenceCues.get(0);

        int claimsBefore = r.claims.size();
        r.sentenceFirstClaim = claimsBefore;
        List<Claim> sentenceEvents = new ArrayList<>();
        boolean referential = false;
        boolean anyEventive = false;
        Set<String> previousActors = Set.of();
        Set<String> previousPlaces = Set.of();
        TimeSpan previousTime = null;
        List<EventMention> found = new ArrayList<>();
        // a denial or an accusation (a verb of saying) governs the rest of its sentence, up to a participle
        // of saying that opens a proposition of the speaker's own ("نفى …، مؤكداً أن …"); "إحباط" only the
        // clause it stands in ("أحبطت … محاولة تفجير، وتفكيك العبوات": the defusing happened)
        String governing = null, cueModality = null;
        Evidence restatement = null;
        int[] governingClause = null;
        for (int[] cl : clauses) {
            boolean inPassing = toldInPassing.contains(cl[0]);
            if (startsWithParticiple(ms, cl)) governing = null;
            for (Mention m : ms) {
                // a threat governs only its own clause: "هددت الفصائل بالرد، فيما قصفت القوات …" tells a shelling
                if (modalityOf(m) != null && m.is("SpeechVerb") && m.firstToken() >= cl[0] && m.firstToken() < cl[1]
                        && !m.is("SpeechParticiple") && governing == null && !"Planned".equals(modalityOf(m))) {
                    governing = cueModality = modalityOf(m);
                    governingClause = cl;
                }
            }
            // a clause's own first date, else the sentence's ("وعقب ذلك، …، كما أطلقت …")
            TimeSpan clauseTime = sentenceTime;
            DateExpr own = null;
            for (DateExpr d : dateExprs) {
                if (d.firstToken() < cl[0] || d.firstToken() >= cl[1] || d.firstToken() < contentStart[0]) continue;
                if (inPassing && d.span().relation() != null) continue;   // "عقب الغارات التي …" is not a date
                // an explicit date wins over an anaphor that could not be tied to an event told before
                if (own == null || (own.span().relation() != null && resolveAnaphor(r, own.span()).anchor() < 0
                        && d.span().relation() == null)) own = d;
                if (own.span().relation() == null) break;
            }
            if (own != null) clauseTime = own == sentenceDate ? sentenceTime : resolveAnaphor(r, own.span());
            // "وثّقت الشبكة منذ مطلع أيلول ما لا يقل عن خمس حالات خطف": a count over a period up to the
            // publication date is one aggregate claim, and so is what goes on ("وتتواصل الاحتجاجات منذ
            // أواخر شباط"); "يعاني الريف من الألغام منذ سنوات" counts nothing and tells no event
            boolean aggregate = own != null && since(tokens, own) && own.span().resolved()
                    && r.article.published() != null
                    && (counts(tokens, ms, dateExprs, cl) || ms.stream().anyMatch(m -> m.is("ContinuationCue")
                            && m.firstToken() >= cl[0] && m.firstToken() < cl[1]));
            if (aggregate) clauseTime = new TimeSpan(r.text.substring(tokens.get(own.firstToken() - 1).start(), own.end()),
                    own.span().start(), r.article.published(), "Period", null, -1);
            EventMention em = eventIn(r, tokens, ms, cl[0], cl[1], speakerMentions, dateExprs, clauseTime);
            if (hasDemonstrativeTrigger(ms, cl[0], cl[1])) referential = true;
            if (em == null) continue;
            if (aggregate) em.eventive = true;
            if (!em.eventive) {
                referential = true;
                continue;
            }
            // "نفى …، مؤكداً أن الغارات طالت أراضي زراعية فقط": the denier's own version of the event told
            // before belongs to the denial, not to a second claim
            int toldBefore = em.definite ? lastCompatibleEvent(r, em.eventClass) : -1;
            if ("Denied".equals(cueModality) && startsWithParticiple(ms, cl) && toldBefore >= 0 && toldBefore < r.sentenceFirstClaim) {
                restatement = r.evidence(em.start, em.end);
                continue;
            }
            anyEventive = true;
            // an event told in passing has its own actor and place, or none; so has one of another time
            // ("…، فيما شهدت أواخر العام الماضي تصاعداً في هجمات التنظيم")
            boolean sameTime = previousTime == null || previousTime.compatible(em.time);
            if (!inPassing) {
                if (em.actors.isEmpty()) em.actors.addAll(previousActors);   // "كما أطلقت …": the subject is elided
                if (em.places.isEmpty() && sameTime) em.places.addAll(previousPlaces);   // "…بمدينة البوكمال، وحوّلتها…": and so is the place
            }
            previousActors = em.actors;
            previousPlaces = em.places;
            previousTime = em.time;
            List<String> cues = modalitiesIn(ms, cl);
            if (cues.contains("Foiled") && em.definite) {
                // "لافتاً إلى إحباط الهجوم": the attack this sentence told was foiled; "تصدت للصواريخ" of
                // missiles told before: the interception is an act of its own, Disrupted weapons use
                int told = lastCompatibleEvent(r, em.eventClass);
                if (told >= r.sentenceFirstClaim) {
                    Claim c = r.claims.get(told);
                    c.modality("Foiled");
                    // one span from the event's words to the foiling: the sentence tells one thing
                    List<Evidence> ev = c.evidence();
                    Evidence last = ev.get(ev.size() - 1);
                    if (last.start() >= s.start()) ev.set(ev.size() - 1, r.evidence(last.start(), Math.max(last.end(), em.end)));
                    else c.addEvidence(r.evidence(em.start, em.end));
                    continue;
                }
                if (told >= 0) {
                    em.eventClass = DISRUPTED;
                    em.specific = true;
                    cues.remove("Foiled");
                }
            }
            String clauseModality = cues.isEmpty() ? null : cues.get(0);
            if (clauseModality != null) em.modality = clauseModality;
            else if (governing != null && !inPassing) em.modality = governing;   // what "التي شنها" tells is given
            // a threat's date is of the threat ("تواصلوا مساء أمس … وهددوا بقتله"): the planned act keeps
            // only a date told after the cue ("يعتزم شن هجوم الأسبوع المقبل")
            if ("Planned".equals(em.modality) && (own == null || own.firstToken() < plannedCue(ms, cl))) em.time = TimeSpan.NONE;
            if ("Foiled".equals(em.modality) && !em.specific) {
                em.eventClass = DISRUPTED;   // a foiled attack of no stated kind: ACLED "Disrupted weapons use"
                em.specific = true;
            }
            em.clauseFrom = cl[0];
            em.clauseTo = cl[1];
            if (clauses.size() == 1) {      // the whole sentence is the evidence
                em.start = s.start();
                em.end = s.end();
            }
            // "أعلنت الأسايش إحباط محاولة تفجير سيارة مفخخة … كانت خلية تعتزم تفجير السيارة": the plan of an
            // attack already told as foiled is that attack, not a new threat
            if ("Planned".equals(em.modality)) {
                int foiled = lastCompatibleEvent(r, em.eventClass);
                if (foiled >= 0 && "Foiled".equals(r.claims.get(foiled).modality())) {
                    r.claims.get(foiled).addEvidence(r.evidence(em.start, em.end));
                    continue;
                }
            }
            found.add(em);
            // what a threat's sentence tells in passing is the outlet's framing, not part of the threat
            Report by = inPassing && threatens(ms, contentStart[0]) ? r.report("OutletReporting", null, null) : report;
            // added at once, so that a later clause's "على إثر ذلك" can point at this one
            sentenceEvents.add(addEvent(r, em, by));
        }

        // the settlement a later "البلدة" refers to: the most local one this sentence names
        int best = 0;
        for (Mention m : ms) {
            Entry p = m.entry("Place");
            int rank = p == null ? 0 : switch (String.valueOf(p.localProp("placeKind"))) {
                case "Neighbourhood" -> 4;
                case "Village" -> 3;
                case "Town" -> 2;
                case "City" -> 1;
                default -> 0;
            };
            if (rank > best) { best = rank; r.lastPlace = p.iri(); }
        }
        if (found.isEmpty() && report.kind() != null && !report.kind().equals("OutletReporting")) {
            Claim again = reReport(r, tokens, ms, report, s, sentenceModality);
            if (again != null) {
                sentenceEvents.add(again);
                Claim blame = blamesAnother(r, ms, clauses, found, again, report);
                if (blame != null) sentenceEvents.add(blame);
            }
        } else if (governingClause != null && !report.kind().equals("OutletReporting")) {
            // "نفى المركز اعتقال أي امرأة، مؤكداً أن المعتقلين متورطون في هجمات": the denial is of the event
            // told before, the participle's clause tells another
            final String denied = cueModality;
            final int[] gc = governingClause;
            if (found.stream().noneMatch(e -> e.modality.equals(denied))) {
                Claim again = reReport(r, tokens, ms.stream().filter(m -> m.firstToken() >= gc[0] && m.firstToken() < gc[1]).toList(),
                        report, s, denied);
                if (again != null) {
                    if (restatement != null) again.addEvidence(restatement);
                    sentenceEvents.add(again);
                }
            }
        }
        readCasualties(r, s, tokens, ms, clauses, found, sentenceEvents, report);

        // a named speaker's sentence that comments rather than reports
        if (report.isNamedSpeaker() && (!anyEventive || referential)) {
            Claim st = new Claim(Claim.Kind.STATEMENT, report);
            int cs = contentStart[0] < tokens.size() ? tokens.get(contentStart[0]).start() : s.start();
            st.text(trimQuotes(r.text.substring(cs, s.end())));
            st.addEvidence(r.evidence(s.start(), s.end()));
            for (Mention m : ms) {
                if (speakerMentions.contains(m) || m.firstToken() < contentStart[0]) continue;
                Entry e = nameEntry(m);
                if (e != null && !e.is("Outlet")) st.mentions().add(e.iri());
            }
            if (referential) st.about(referent(r, report, claimsBefore));
            r.claims.add(st);
        }
    }

    /**
     * Tolls: "مقتل ٣ عناصر", "قُتل ما لا يقل عن خمسة عناصر من …", "إصابة ثلاثة مدنيين", "مقتل عنصرين". Each
     * clause's killed and wounded become one casualty claim tied to the event of that clause (else the
     * sentence's last event, else the last event the same speaker told), reported by the same report.
     */
    private void readCasualties(Reading r, Sentence s, List<Token> tokens, List<Mention> ms, List<int[]> clauses,
                                List<EventMention> found, List<Claim> sentenceEvents, Report report) {
        for (int[] cl : clauses) {
            Integer killed = null, wounded = null;
            boolean minimum = false;
            Set<String> victims = new LinkedHashSet<>();
            for (int k = 0; k < ms.size(); k++) {
                Mention m = ms.get(k);
                if (m.firstToken() < cl[0] || m.firstToken() >= cl[1] || !m.is("CasualtyCue")) continue;
                String kind = m.entry("CasualtyCue").prop("casualtyKind");
                // the number: within the next few words, after an optional "ما لا يقل عن"
                Integer n = null;
                boolean atLeast = false;
                int numberEnd = -1;
                int after = m.endToken();
                for (int j = k + 1; j < ms.size() && ms.get(j).firstToken() - after <= 3; j++) {
                    Mention x = ms.get(j);
                    if (x.is("AtLeastCue")) { atLeast = true; after = x.endToken(); continue; }
                    if (x.is("NumberWord")) { n = x.entry("NumberWord").intProp("value", 0); numberEnd = x.endToken(); }
                    break;
                }
                for (int t = after; n == null && t < Math.min(cl[1], after + 4); t++) {
                    if (isCount(tokens.get(t))) {
                        n = Integer.parseInt(tokens.get(t).term());
                        numberEnd = t + 1;
                    }
                }
                if (n == null) continue;
                // a second count of the same kind in one clause is mostly the toll restated ("ليرتفع عدد
                // القتلى إلى أربعة"), not more dead: keep the larger, never the sum
                if (kind.equals("killed")) killed = killed == null ? n : Math.max(killed, n);
                else wounded = wounded == null ? n : Math.max(wounded, n);
                minimum |= atLeast;
                // who they were: an actor named just after the number ("عناصر من قسد", "مدنيين")
                for (Mention x : ms) {
                    if (x.firstToken() >= numberEnd - 1 && x.firstToken() <= numberEnd + 2
                            && (x.is("AccordingTo") || x.is("SourceCue") || x.is("SpeechVerb"))) break;
                    if (x.firstToken() >= numberEnd - 1 && x.firstToken() <= numberEnd + 2 && x.entry("Actor") != null) {
                        victims.add(x.entry("Actor").iri());
                        break;
                    }
                }
            }
            if (killed == null && wounded == null) continue;
            int event = -1;
            for (int i = 0; i < found.size(); i++) {
                if (found.get(i).clauseFrom == cl[0]) event = r.claims.indexOf(sentenceEvents.get(i));
            }
            if (event < 0 && !sentenceEvents.isEmpty()) event = r.claims.indexOf(sentenceEvents.get(sentenceEvents.size() - 1));
            if (event < 0) event = r.lastEvent(report);
            if (event < 0) continue;     // a toll of no event told: nothing to tie it to
            Claim c = new Claim(Claim.Kind.CASUALTIES, report);
            c.casualties(killed, wounded, minimum);
            c.mentions().addAll(victims);
            c.about(event);
            int from = tokens.get(cl[0]).start(), to = clauses.size() == 1 ? s.end() : tokens.get(cl[1] - 1).end();
            if (clauses.size() == 1) from = s.start();
            c.addEvidence(r.evidence(from, to));
            r.claims.add(c);
        }
    }

    /**
     * Another speaker telling of an event the article told already, by its definite noun and with no verb
     * of its own ("ذكر المرصد أن الطائرة المسيرة … وأن الضربة أسفرت عن مقتل عنصرين"): a claim of its own,
     * with the time of that event and no place unless the sentence names one, linked as the same event.
     */
    private Claim reReport(Reading r, List<Token> tokens, List<Mention> ms, Report report, Sentence s, String modality) {
        String cls = null;
        boolean specific = false;
        Mention prev = null;
        Set<String> words = new java.util.HashSet<>();   // the trigger's words: which event is spoken of
        // a denial or an accusation speaks of the event told before even with an indefinite noun
        // ("نفى … أي علاقة لعناصره بقطع الأشجار", "اتهمت … خلايا داعش بالوقوف وراء الاغتيال")
        boolean comment = "Denied".equals(modality) || "Alleged".equals(modality);
        for (Mention m : ms) {
            if (m.is("Trigger") && !refersBack(r, prev, m) && (m.definite() || comment)) {
                Entry t = m.entry("Trigger");
                if (cls == null || (t.flag("specific") && !specific)) {
                    cls = t.prop("indicates");
                    specific = t.flag("specific");
                }
                for (int k = m.firstToken(); k < m.endToken(); k++) words.add(PhraseMatcher.stem(tokens.get(k).term()));
            }
            prev = m;
        }
        // "وهو ما نفاه …": what is denied is what the sentence told before it; "نفى … الاتهامات": what
        // was told last
        boolean relative = !ms.isEmpty() && ms.get(0).is("RelativeSpeechCue") && comment;
        boolean refersToClaim = comment && ms.stream().anyMatch(m -> m.is("ClaimReference"));
        int before = relative ? r.sentenceFirstClaim : r.claims.size();
        if (cls == null && (relative || refersToClaim)) {
            for (int i = before - 1; i >= 0 && cls == null; i--) {
                if (r.claims.get(i).kind() == Claim.Kind.EVENT) cls = r.claims.get(i).eventClass();
            }
        }
        if (cls == null) return null;
        // of the events of that kind, the one told in the same words ("بقطع الأشجار" and "قطع … شجرة"),
        // else the latest
        int best = -1, bestShared = -1;
        for (int i = before - 1; i >= 0; i--) {
            Claim c = r.claims.get(i);
            if (c.kind() != Claim.Kind.EVENT || !typesCompatible(c.eventClass(), cls)) continue;
            if (relative) { best = i; break; }   // "وهو ما نفاه": the event just told
            int shared = 0;
            for (Evidence e : c.evidence()) {
                for (Token t : ArabicAnalysis.tokens(e.text())) if (words.contains(PhraseMatcher.stem(t.term()))) shared++;
            }
            if (shared > bestShared) { best = i; bestShared = shared; }
        }
        if (best < 0) return null;
        Claim c = r.claims.get(best);
        if (c.report() == report || c.report().speaker() != null && c.report().speaker().equals(report.speaker())) return null;
        Claim again = new Claim(Claim.Kind.EVENT, report);
        again.type(specific ? cls : c.eventClass(), specific || c.specificType());
        if (modality != null) again.modality(modality);
        TimeSpan a = c.time();
        again.time(new TimeSpan(null, a.start(), a.end(), a.precision(), null, -1));
        for (Mention m : ms) {
            if (m.entry("Place") != null) again.places().add(m.entry("Place").iri());
        }
        // "…، وهو ما نفاه": the denial is of what was just told, where it was told to be
        if (relative && again.places().isEmpty()) again.places().addAll(c.places());
        again.addEvidence(r.evidence(s.start(), s.end()));
        again.sameEventAs().add(best);
        c.sameEventAs().add(r.claims.size());
        r.claims.add(again);
        return again;
    }

    /**
     * "نفى … أي علاقة لعناصره بقطع الأشجار، متهماً لصوصاً من خارج المنطقة بالوقوف وراء ذلك": who denies
     * may also accuse someone else of the same act. A participle clause of accusation with no event of its
     * own that points back ("ذلك") is an alleged claim of the event denied, linked to it, with its time.
     */
    private Claim blamesAnother(Reading r, List<Mention> ms, List<int[]> clauses, List<EventMention> found, Claim denial,
                                Report report) {
        if (!"Denied".equals(denial.modality()) || denial.sameEventAs().isEmpty()) return null;
        for (int[] cl : clauses) {
            if (!startsWithParticiple(ms, cl) || !modalitiesIn(ms, cl).contains("Alleged")) continue;
            if (found.stream().anyMatch(e -> e.clauseFrom == cl[0])) continue;
            boolean pointsBack = ms.stream().anyMatch(m -> m.firstToken() >= cl[0] && m.firstToken() < cl[1]
                    && (m.is("Demonstrative") || m.is("ClaimReference")));
            if (!pointsBack) continue;
            int told = denial.sameEventAs().iterator().next();
            Claim c = r.claims.get(told);
            Claim blame = new Claim(Claim.Kind.EVENT, report);
            blame.type(c.eventClass(), c.specificType());
            blame.modality("Alleged");
            TimeSpan a = c.time();
            blame.time(new TimeSpan(null, a.start(), a.end(), a.precision(), null, -1));
            blame.addEvidence(r.evidence(ms.stream().filter(m -> m.firstToken() == cl[0]).findFirst().get().start(),
                    denial.evidence().get(denial.evidence().size() - 1).end()));
            blame.sameEventAs().add(told);
            c.sameEventAs().add(r.claims.size());
            r.claims.add(blame);
            return blame;
        }
        return null;
    }

    /** Who says what this sentence says. Fills the mentions that name the speaker and where the content starts. */
    private Report attribution(Reading r, List<Token> tokens, List<Mention> ms, Set<Mention> speaker, int[] contentStart) {
        Report found = null;
        boolean inStatement = ms.stream().anyMatch(m -> m.is("StatementCue"));
        for (int k = 0; k < ms.size() && found == null; k++) {
            Mention m = ms.get(k);
            Mention next = k + 1 < ms.size() ? ms.get(k + 1) : null;
            boolean close = next != null && next.firstToken() - m.endToken() <= 1;
            if (m.is("SpeechVerb")) {
                String kind = m.entry("SpeechVerb").localProp("reportKind");
                if (close && next.is("StatementReference")) {
                    found = r.lastStatement != null ? r.lastStatement : r.lastSpeaker;
                    speaker.add(next);
                } else if (close && next.is("SpeakerReference") && r.lastSpeaker != null) {
                    found = r.referredTo(tokens.get(next.firstToken()).term());   // "وأفاد المرصد": the source named before
                    speaker.add(next);
                } else if (close && speakerEntry(next) != null) {
                    Entry who = speakerEntry(next);
                    speaker.add(next);
                    String cue = r.text.substring(m.start(), next.end());
                    if (who.is("Outlet") && !who.is("Actor")) {
                        found = r.report("OutletReporting", null, cue);
                    } else {
                        found = r.report(inStatement ? "OfficialStatement" : kind, who.iri(), cue);
                    }
                } else if (close && next.is("SpeakerNoun") && next.definite() && k + 2 < ms.size()
                        && speakerEntry(ms.get(k + 2)) != null && ms.get(k + 2).firstToken() == next.endToken()) {
                    // "نفى المركز الإعلامي لـ“قسد”": the body of a named actor speaks for it
                    Mention owner = ms.get(k + 2);
                    speaker.add(next);
                    speaker.add(owner);
                    Entry e = speakerEntry(owner);
                    String cue = r.text.substring(m.start(), owner.end());
                    found = e.is("Outlet") && !e.is("Actor") ? r.report("OutletReporting", null, cue)
                            : r.report(inStatement ? "OfficialStatement" : kind, e.iri(), cue);
                } else if (close && next.is("SpeakerNoun") && !next.definite() && next.entry("Actor") == null
                        && isOwnCorrespondent(r, tokens, ms, next)) {
                    found = r.report("OutletReporting", null, r.text.substring(m.start(), next.end()));
                } else if (close && next.is("SpeakerNoun") && !next.definite() && next.entry("Actor") == null) {
                    found = unlistedSpeaker(r, tokens, ms, m, next, inStatement ? "OfficialStatement" : kind, speaker);
                } else if (k >= 1 && speakerEntry(ms.get(k - 1)) != null && m.firstToken() - ms.get(k - 1).endToken() <= 2) {
                    // SVO: "وكانت شبكات محلية قد تحدثت"
                    Mention who = ms.get(k - 1);
                    speaker.add(who);
                    Entry e = speakerEntry(who);
                    found = e.is("Outlet") && !e.is("Actor") ? r.report("OutletReporting", null, r.text.substring(who.start(), m.end()))
                            : r.report(inStatement ? "OfficialStatement" : kind, e.iri(), r.text.substring(who.start(), m.end()));
                } else if (m.firstToken() <= 1 && r.lastSpeaker != null) {
                    found = r.lastSpeaker;          // "وأضاف أن …": the speaker of the sentence before
                }
                if (found != null) contentStart[0] = contentAfter(ms, k);
            } else if (m.is("AccordingTo") && close && next.is("SpeakerReference") && r.lastSpeaker != null) {
                speaker.add(next);
                found = r.referredTo(tokens.get(next.firstToken()).term());   // "حسب المصادر ذاتها"
            } else if (m.is("AccordingTo") && next != null && next.firstToken() - m.endToken() <= 3
                    && next.is("SpeakerNoun") && !next.definite() && speakerEntry(next) == null
                    && isOwnCorrespondent(r, tokens, ms, next)) {
                found = r.report("OutletReporting", null, r.text.substring(m.start(), next.end()));
            } else if (m.is("AccordingTo") && next != null && next.firstToken() - m.endToken() <= 3
                    && next.is("SpeakerNoun") && !next.definite() && speakerEntry(next) == null) {
                found = unlistedSpeaker(r, tokens, ms, m, next, "SourceReport", speaker);
            } else if (m.is("AccordingTo") && next != null && next.firstToken() - m.endToken() <= 2
                    && speakerEntry(next) != null) {
                speaker.add(next);
                Entry who = speakerEntry(next);
                String cue = r.text.substring(m.start(), next.end());
                // "بحسب منصة SY24" in SY24's own article is the outlet speaking for itself
                found = who.iri().equals(lexicon.outletIri(r.article.outlet()))
                        ? r.report("OutletReporting", null, cue) : r.report("SourceReport", who.iri(), cue);
            }
        }
        if (found == null) {
            for (Mention m : ms) {
                if (m.is("SourceCue")) {
                    found = r.report(m.entry("SourceCue").localProp("reportKind"), null, r.text.substring(m.start(), m.end()));
                    break;
                }
            }
        }
        if (found == null) return r.report("OutletReporting", null, null);
        // a second link: "ذكر المرصد نقلاً عن مصادر محلية", "قالت الشبكة وفقاً لناشطين", "حسب مصادرنا"
        Report inner = null;
        for (int k = 0; k < ms.size() && inner == null; k++) {
            Mention m = ms.get(k);
            Mention next = k + 1 < ms.size() ? ms.get(k + 1) : null;
            if (speaker.contains(m) || speaker.contains(next)) continue;
            if (m.is("AccordingTo") && next != null && next.firstToken() - m.endToken() <= 2 && speakerEntry(next) != null
                    && !speakerEntry(next).iri().equals(found.speaker())) {
                inner = r.report("SourceReport", speakerEntry(next).iri(), r.text.substring(m.start(), next.end()));
                speaker.add(next);
            } else if (m.is("SourceCue") && !found.kind().equals("AnonymousSources") && !found.kind().equals("OutletReporting")) {
                inner = r.report(m.entry("SourceCue").localProp("reportKind"), null, r.text.substring(m.start(), m.end()));
            }
        }
        if (inner != null && inner != found) found = r.chain(found, inner);
        r.lastSpeaker = found;
        r.recent.remove(found);
        r.recent.add(found);
        if (found.kind().equals("OfficialStatement")) r.lastStatement = found;
        return found;
    }

    /**
     * After a comma, "و" and a past-tense action verb ("، وحوّلتها إلى مقرات") or a second "أن"/"إن" ("قال
     * المصدر إن بين المعتقلين امرأة، وإن القوات كسرت الأبواب") open a clause of their own, which may tell a
     * second event with the same (elided) subject or speaker.
     */
    private boolean opensCoordinatedClause(String text, List<Token> tokens, Mention m) {
        boolean opener = (m.is("ActionVerb") && m.entry("ActionVerb").flag("eventive")) || m.is("ComplementMarker");
        if (!opener || m.firstToken() == 0) return false;
        String word = tokens.get(m.firstToken()).term();
        // "، وصل الرتل": the و of "وصل" is the verb's own letter, not "and"
        if (!word.startsWith("و") || lexicon.matcher().startsLexiconPhrase(word)) return false;
        String between = text.substring(tokens.get(m.firstToken() - 1).end(), tokens.get(m.firstToken()).start());
        return between.contains("،") || between.contains(",");
    }

    /** "مراسل تلفزيون سوريا", "مراسلنا": the outlet's own correspondent speaks in the outlet's voice. */
    private boolean isOwnCorrespondent(Reading r, List<Token> tokens, List<Mention> ms, Mention noun) {
        if (PhraseMatcher.firstWordForms(tokens.get(noun.firstToken()).term()).stream()
                .noneMatch(f -> f.startsWith("مراسل"))) return false;     // "لمراسل الشبكة" too
        // "مراسل الشبكة", "مراسل المنصة": the outlet speaking of itself
        if (noun.endToken() < tokens.size() && PhraseMatcher.withoutArticle(tokens.get(noun.endToken()).term())
                .matches("شبكه|منصه|موقع|قناه|وكاله|صحيفه")) return true;
        String own = lexicon.outletIri(r.article.outlet());
        for (Mention x : ms) {
            if (x.firstToken() == noun.endToken() && x.entry("Outlet") != null) return x.entry("Outlet").iri().equals(own);
        }
        return false;
    }

    /**
     * A speaker the reference data does not know, named by the words after a verb of saying or "according
     * to" ("مصدر محلي", "شبكة السويداء 24 المحلية"): a minted speaker IRI, labelled with the English gloss of
     * its nouns and qualifiers followed by the Arabic words ("local source (مصدر محلي)").
     */
    private Report unlistedSpeaker(Reading r, List<Token> tokens, List<Mention> ms, Mention cue, Mention noun, String kind,
                                   Set<Mention> speaker) {
        int end = speakerPhraseEnd(r.text, tokens, ms, noun);
        // the words as written, less quote marks a cut may leave unbalanced ("مركز المصالحة” الروسي")
        String words = r.text.substring(noun.start(), tokens.get(end - 1).end()).replaceAll("[“”\"«»]", "");
        String id = Vocab.ID + "speaker/" + org.isnad.rdf.Iris.hash(String.join(" ",
                tokens.subList(noun.firstToken(), end).stream().map(Token::term).toList()), 12);
        StringBuilder gloss = new StringBuilder();
        for (Mention x : ms) {
            if (x.firstToken() < noun.firstToken() || x.firstToken() >= end) continue;
            speaker.add(x);
            if (x.is("SpeakerQualifier")) gloss.insert(0, lexicon.labelEn(x.entry("SpeakerQualifier").iri()) + " ");
        }
        gloss.append(lexicon.labelEn(noun.entry("SpeakerNoun").iri()));
        // "مسؤول إعلامي في “هيئة تحرير الشام”": whose official it is
        for (Mention x : ms) {
            Entry of = speakerEntry(x);
            if (x.firstToken() > noun.firstToken() && x.firstToken() < end && of != null) {
                gloss.append(" of ").append(lexicon.labelEn(of.iri()));
                break;
            }
        }
        r.speakerLabels.put(id, gloss + " (" + words + ")");
        r.speakerWords.put(id, words);
        return r.report(kind, id, r.text.substring(cue.start(), tokens.get(end - 1).end()));
    }

    /** Where a speaker's description ends: at "أن", a comma, an outlet it speaks to, or after six words. */
    private static int speakerPhraseEnd(String text, List<Token> tokens, List<Mention> ms, Mention start) {
        int end = start.endToken();
        while (end < tokens.size() && end - start.firstToken() < 6) {
            String between = text.substring(tokens.get(end - 1).end(), tokens.get(end).start());
            if (between.contains("،") || between.contains(",") || between.contains(".")) break;
            final int t = end;
            boolean stop = ms.stream().anyMatch(x -> x.firstToken() == t && (x.is("ComplementMarker") || x.is("Outlet")
                    || x.is("SpeechVerb") || x.is("StatementCue") || x.is("AccordingTo")));
            if (stop || tokens.get(end).term().matches("^ل(منصه|موقع|صحيفه|وكاله|شبكه|قناه|تلفزيون).*")) break;
            end++;
        }
        return end;
    }

    private static int contentAfter(List<Mention> ms, int k) {
        for (int j = k; j < ms.size(); j++) {
            if (ms.get(j).is("ComplementMarker")) return ms.get(j).endToken();
        }
        return ms.get(k).endToken();
    }

    private static Entry speakerEntry(Mention m) {
        if (m == null) return null;
        Entry e = m.entry("Actor");
        return e != null ? e : m.entry("Outlet");
    }

    private static Entry nameEntry(Mention m) {
        Entry e = m.entry("Place");
        if (e != null) return e;
        e = m.entry("Actor");
        return e != null ? e : m.entry("Outlet");
    }

    /** The event a clause tells, or null when it has no trigger. */
    private EventMention eventIn(Reading r, List<Token> tokens, List<Mention> ms, int from, int to,
                                 Set<Mention> speakers, List<DateExpr> dateExprs, TimeSpan time) {
        EventMention em = new EventMention();
        Mention firstTrigger = null;
        boolean action = false;
        boolean hasDirection = false;
        for (Mention m : ms) {
            if (m.firstToken() >= from && m.firstToken() < to && m.is("DirectionCue")) hasDirection = true;
        }
        // the event's words start at its first trigger or action verb; before that stands what the speaker
        // talks about ("الدفاع عن القوات الأمريكية من هجمات …"), not who did what
        int anchor = to;
        Mention before = null;
        for (Mention m : ms) {
            if (m.firstToken() < from || m.firstToken() >= to) continue;
            boolean demo = refersBack(r, before, m);
            if ((m.is("Trigger") && !demo) || (m.is("ActionVerb") && m.entry("ActionVerb").flag("eventive"))) {
                anchor = m.firstToken();
                break;
            }
            before = m;
        }
        // "…، وفق ما ذكرته وكالة سانا نقلاً عن مصدر عسكري": who says so is not who did it
        int tail = to;
        for (Mention m : ms) {
            if (m.firstToken() > anchor && m.firstToken() < to && (m.is("AccordingTo") || m.is("SourceCue"))) {
                tail = m.firstToken();
                break;
            }
        }
        boolean afterTarget = false, targetClosed = false, inOrigin = false, directedPending = false;
        int residenceEnd = -1;      // "شاباً من أبناء بلدة القريا جنوبي السويداء،": where he is from, up to the comma
        Set<String> residence = new LinkedHashSet<>();
        Mention prev = null;
        for (Mention m : ms) {
            if (m.firstToken() < from || m.firstToken() >= tail) continue;
            if (m.is("ResidenceCue")) residenceEnd = phraseEnd(r.text, tokens, m.endToken(), tail);
            if (m.firstToken() < residenceEnd && m.entry("Place") != null) {
                residence.add(m.entry("Place").iri());
                prev = m;
                continue;
            }
            if (m.firstToken() < anchor && m.entry("Actor") != null && !directedPending
                    && anchor - m.endToken() > 1) {
                prev = m;   // an actor well before the event's words: mentioned, not a participant
                continue;
            }
            boolean demonstrative = refersBack(r, prev, m);
            if (m.is("Trigger") && !demonstrative) {
                Entry t = m.entry("Trigger");
                boolean specific = t.flag("specific");
                // the most specific word types the event; the weapon beats the bare "attack"
                // ("محاولة اغتيال بعبوة ناسفة" is an IED)
                boolean sharper = specific && (!em.specific || (ATTACK.equals(em.eventClass) && !ATTACK.equals(t.prop("indicates"))));
                if (em.eventClass == null || sharper) {
                    em.eventClass = t.prop("indicates");
                    em.specific = specific;
                }
                if (firstTrigger == null) firstTrigger = m;
            }
            if (m.is("ActionVerb") && m.entry("ActionVerb").flag("eventive")) action = true;
            // "أحبطت محاولة هجوم": the foiling is an act that took place, even with no date given
            // and so is a threat ("هدد بشن عملية"): the claim is of the plan, undated or not
            if (List.of("Foiled", "Planned").contains(String.valueOf(modalityOf(m)))) action = true;
            if (m.is("DirectedByCue")) directedPending = true;
            if (m.is("OriginCue") && hasDirection && !afterTarget) inOrigin = true;
            if (m.is("DirectionCue")) { inOrigin = false; afterTarget = true; targetClosed = false; }
            Entry actor = m.entry("Actor");
            Entry place = m.entry("Place");
            if (!speakers.contains(m) && actor != null) {
                // VSO: the actor right after a verb that takes a target is its subject ("استهدف التحالف")
                boolean subjectOfVerb = prev != null && prev.is("ActionVerb") && prev.endToken() == m.firstToken()
                        && em.actors.isEmpty();
                if (directedPending) { em.directedBy.add(actor.iri()); directedPending = false; }
                else if (subjectOfVerb) em.actors.add(actor.iri());
                else if (afterTarget && !targetClosed) em.targets.add(actor.iri());
                else if (!afterTarget) em.actors.add(actor.iri());
            } else if (m.is("PlaceReference") && r.lastPlace != null && !em.places.contains(r.lastPlace)) {
                em.places.add(r.lastPlace);      // "محيط البلدة": the town named before
            } else if (!speakers.contains(m) && place != null) {
                em.places.add(place.iri());
                if (inOrigin) em.origins.add(place.iri());
                if (afterTarget) targetClosed = true;   // "… في ريف ديرالزور": the target phrase ends at its place
            }
            if (m.is("TargetCue") && !m.is("DirectionCue")) { afterTarget = true; targetClosed = false; }
            prev = m;
        }
        if (em.eventClass == null) return null;
        for (Mention m : ms) if (m.firstToken() >= from && m.firstToken() < to && m.is("SeriesCue")) em.series = true;
        // "خرج العشرات من أبناء مدينة جاسم في مظاهرة": people protest where they live
        if (Vocab.ISNAD.concat("PeacefulProtest").equals(em.eventClass)) em.places.addAll(residence);
        boolean dated = time != null && (time.resolved() || time.relation() != null || time.text() != null)
                && dateInRange(dateExprs, from, to, tokens);
        // an event that happened: a past-tense action verb, or a point in time; a place alone does not make
        // one ("ويعاني ريف الرقة من انتشار الألغام"), nor does a span "since" ("منذ مطلع العام")
        em.eventive = action || dated;
        em.definite = firstTrigger != null && firstTrigger.definite();
        em.anaphoric = !em.specific && firstTrigger != null
                && tokens.get(firstTrigger.firstToken()).term().matches("^[وف]?ال.*");
        em.time = time == null ? TimeSpan.NONE : time;
        em.start = tokens.get(from).start();
        em.end = tokens.get(to - 1).end();
        return em;
    }

    /** The token after the last of a phrase that starts at {@code from}: up to a comma or the end. */
    private static int phraseEnd(String text, List<Token> tokens, int from, int to) {
        for (int t = from + 1; t < to; t++) {
            String between = text.substring(tokens.get(t - 1).end(), tokens.get(t).start());
            if (between.contains("،") || between.contains(",")) return t;
        }
        return to;
    }

    private static boolean dateInRange(List<DateExpr> ds, int from, int to, List<Token> tokens) {
        for (DateExpr d : ds) {
            if (d.firstToken() >= from && d.firstToken() < to && !since(tokens, d)) return true;
        }
        return false;
    }

    /** An aggregate's time: a period up to the publication date. */
    private static boolean isPeriod(TimeSpan t) {
        return "Period".equals(t.precision());
    }

    /** "منذ مطلع العام": the date opens a period rather than naming a time. */
    private static boolean since(List<Token> tokens, DateExpr d) {
        return d.firstToken() > 0 && tokens.get(d.firstToken() - 1).term().equals("منذ");
    }

    /** A stated count in the clause: digits, a number word, or "ما لا يقل عن". */
    private static boolean counts(List<Token> tokens, List<Mention> ms, List<DateExpr> dates, int[] cl) {
        for (Mention m : ms) {
            if (m.firstToken() >= cl[0] && m.firstToken() < cl[1] && (m.is("NumberWord") || m.is("AtLeastCue"))) return true;
        }
        next:
        for (int t = cl[0]; t < cl[1]; t++) {
            for (DateExpr d : dates) if (t >= d.firstToken() && t < d.endToken()) continue next;   // "منذ عام 2019"
            if (isCount(tokens.get(t))) return true;
        }
        return false;
    }

    /** A number of at most four digits: the size of a count of people or incidents. */
    private static boolean isCount(Token t) {
        return t.isNumber() && t.term().length() <= 4;
    }

    private static boolean hasDemonstrativeTrigger(List<Mention> ms, int from, int to) {
        Mention prev = null;
        for (Mention m : ms) {
            if (m.firstToken() >= from && m.firstToken() < to && m.is("Trigger") && prev != null
                    && prev.is("Demonstrative") && prev.endToken() == m.firstToken()) return true;
            prev = m;
        }
        return false;
    }

    /** The modality a cue gives ("Denied", "Planned" …), or null for a mention that is no modality cue. */
    private static String modalityOf(Mention m) {
        Entry cue = m.entry("ModalityCue");
        return cue == null ? null : cue.localProp("modality");
    }

    /** The modalities the cues in a clause give, in text order. */
    private static List<String> modalitiesIn(List<Mention> ms, int[] cl) {
        List<String> out = new ArrayList<>();
        for (Mention m : ms) {
            if (modalityOf(m) != null && m.firstToken() >= cl[0] && m.firstToken() < cl[1]) out.add(modalityOf(m));
        }
        return out;
    }

    /** The latest event claim of a type compatible with {@code cls}, or -1. */
    private int lastCompatibleEvent(Reading r, String cls) {
        for (int i = r.claims.size() - 1; i >= 0; i--) {
            Claim c = r.claims.get(i);
            if (c.kind() == Claim.Kind.EVENT && typesCompatible(c.eventClass(), cls)) return i;
        }
        return -1;
    }

    /**
     * "هدد بشن عملية … عقب الغارات التي شنها الجيش التركي في 20 تشرين": an "after" word, a definite event
     * noun that tells nothing already told, and a relative pronoun: the sentence tells a second event in
     * passing. It is a clause of its own, with its own date, and what governs the sentence (a threat, a
     * denial) does not govern it.
     */
    private boolean tellsInPassing(Reading r, List<Token> tokens, List<Mention> ms, int k) {
        Mention cue = ms.get(k);
        if (!cue.is("EventAnaphorCue") || k + 1 >= ms.size()) return false;
        Mention trigger = ms.get(k + 1);
        if (!trigger.is("Trigger") || !trigger.definite() || refersBack(r, cue, trigger)) return false;
        for (int j = k + 2; j < ms.size() && ms.get(j).firstToken() <= trigger.endToken() + 2; j++) {
            if (ms.get(j).is("RelativePronoun")) return true;
        }
        return false;
    }

    /** Where the clause's first cue of a plan or threat stands (the clause's end when it has none). */
    private static int plannedCue(List<Mention> ms, int[] cl) {
        for (Mention m : ms) {
            if (m.firstToken() >= cl[0] && m.firstToken() < cl[1] && "Planned".equals(modalityOf(m))) return m.firstToken();
        }
        return cl[1];
    }

    /** The sentence's speaker is one who threatens ("هدد أردوغان بشن …"): the report is of a plan. */
    private static boolean threatens(List<Mention> ms, int contentStart) {
        return ms.stream().anyMatch(m -> m.firstToken() < contentStart && m.is("SpeechVerb") && "Planned".equals(modalityOf(m)));
    }

    private static boolean startsWithParticiple(List<Mention> ms, int[] cl) {
        return ms.stream().anyMatch(m -> m.firstToken() == cl[0] && m.is("SpeechParticiple"));
    }

    /** "هذه الضربات", "عقب الهجوم": the trigger names an event already told, not a new one. */
    private boolean refersBack(Reading r, Mention prev, Mention m) {
        if (prev == null || prev.endToken() != m.firstToken()) return false;
        if (prev.is("Demonstrative")) return true;
        // "عقب الهجوم" refers back only when an attack was told; "عقب الغارات التي شنها … في 20 تشرين" tells one
        if (!prev.is("EventAnaphorCue") || !m.definite() || !m.is("Trigger")) return false;
        String cls = m.entry("Trigger").prop("indicates");
        // nothing is "after" a threat: a planned act has not happened
        return r.claims.stream().anyMatch(c -> c.kind() == Claim.Kind.EVENT && !"Planned".equals(c.modality())
                && typesCompatible(c.eventClass(), cls));
    }

    /** Adds an event mention to a claim of the same report that tells the same event, or opens a claim. */
    private Claim addEvent(Reading r, EventMention em, Report report) {
        Claim target = null;
        if ("after".equals(em.time.relation()) && em.time.anchor() >= r.sentenceFirstClaim) {
            // "هاجمت خلايا داعش مواقع …، واندلعت على إثر ذلك اشتباكات": the attack and the clashes it set off
            // are one event, an armed clash, when the sentence tells them together
            Claim c = r.claims.get(em.time.anchor());
            if (c.kind() == Claim.Kind.EVENT && c.report() == report && !c.eventClass().equals(em.eventClass)
                    && (ATTACK.equals(c.eventClass()) || ATTACK.equals(em.eventClass))
                    && typesCompatible(c.eventClass(), em.eventClass)) {
                target = c;
                if (ATTACK.equals(c.eventClass())) c.type(em.eventClass, em.specific);
                em.time = c.time();
            }
        }
        if (target == null) {
            for (int i = r.claims.size() - 1; i >= 0 && target == null; i--) {
                Claim c = r.claims.get(i);
                if (c.kind() != Claim.Kind.EVENT || c.report() != report || !c.modality().equals(em.modality)) continue;
                // "وعقب الانفجار، نفّذت الميليشيا حملة دهم …، واعتقلت …": two clauses after the same event
                if (em.time.relation() != null && !(em.time.relation().equals(c.time().relation())
                        && em.time.anchor() == c.time().anchor())) continue;
                if (!c.time().compatible(em.time) || isPeriod(c.time()) != isPeriod(em.time)) continue;
                if (em.anaphoric) {
                    if (c.specificType() && placesCompatible(c.places(), em.places)) target = c;
                } else if (c.eventClass().equals(em.eventClass) && placesCompatible(c.places(), em.places)
                        && actorsCompatible(c.actors(), em.actors)
                        && (!c.places().isEmpty() || !em.places.isEmpty() || c.time().overlaps(em.time))) {
                    target = c;
                }
            }
        }
        int told = -1;
        if (target == null && em.anaphoric) {
            // "ذكر المرصد أن الضربات استهدفت …": another speaker on an event already told
            for (int i = r.claims.size() - 1; i >= 0 && told < 0; i--) {
                Claim c = r.claims.get(i);
                if (c.kind() == Claim.Kind.EVENT && c.report() != report && c.specificType()
                        && typesCompatible(c.eventClass(), em.eventClass) && c.time().compatible(em.time)) told = i;
            }
            if (told >= 0) {
                Claim c = r.claims.get(told);
                em.eventClass = c.eventClass();
                em.specific = true;
                if (em.time.text() == null && !"Planned".equals(em.modality))
                    em.time = new TimeSpan(null, c.time().start(), c.time().end(), c.time().precision(), null, -1);
            }
        }
        if (target == null) {
            target = new Claim(Claim.Kind.EVENT, report);
            target.type(em.eventClass, em.specific);
            if (told >= 0) {
                target.sameEventAs().add(told);
                r.claims.get(told).sameEventAs().add(r.claims.size());
            }
            target.modality(em.modality);
            if (em.time.text() == null && !"Planned".equals(em.modality)) {
                // no date of its own: the speaker goes on about the same time as its last event
                // ("وأضاف المصدر أن القوات … دفعت بتعزيزات"), else the story's latest event (mostly another
                // account of it: "وذكرت الشبكة أن الشاب اختُطف على طريق …"); said so with isnad:sameTimeAs,
                // so a reader sees the date was read from the context. A threat is of the future: it stays
                // undated.
                // not for a series ("عمليات الاغتيال المتكررة"): it has no one time; and after "وفي السياق"
                // another speaker's event is a new item, not a retelling
                int anchor = em.series ? -1 : r.lastEvent(report);
                if (anchor < 0 && !em.series && !r.topicShift) anchor = r.lastEvent(null);
                if (anchor >= 0 && r.claims.get(anchor).time().resolved()) {
                    TimeSpan a = r.claims.get(anchor).time();
                    em.time = new TimeSpan(null, a.start(), a.end(), a.precision(), "sameTimeAs", anchor);
                }
            }
            r.claims.add(target);
        }
        target.actors().addAll(em.actors);
        target.targets().addAll(em.targets);
        target.directedBy().addAll(em.directedBy);
        target.places().addAll(em.places);
        target.origins().addAll(em.origins);
        if (!target.time().resolved() && (em.time.resolved() || target.time().text() == null)) target.time(em.time);
        target.addEvidence(r.evidence(em.start, em.end));
        return target;
    }

    /** The event claim a referring expression ("هذه الضربات") points at: the latest specific one of the speaker. */
    private static int referent(Reading r, Report report, int before) {
        int fallback = -1;
        for (int i = Math.min(before, r.claims.size()) - 1; i >= 0; i--) {
            Claim c = r.claims.get(i);
            if (c.kind() != Claim.Kind.EVENT) continue;
            if (c.report() == report && c.specificType()) return i;
            if (fallback < 0) fallback = i;
        }
        return fallback;
    }

    private TimeSpan resolveAnaphor(Reading r, TimeSpan t) {
        if (t.relation() == null) return t;
        int i = r.lastEvent(null);
        if (i < 0) return t;   // nothing told before: the anaphor stays unresolved
        TimeSpan a = r.claims.get(i).time();
        // "منذ ذلك الحين" knows its end already: from the earlier event to the article's date
        LocalDate end = t.end() != null && a.start() != null && !t.end().isBefore(a.start()) ? t.end() : a.end();
        return new TimeSpan(t.text(), a.start(), end, a.precision(), t.relation(), i);
    }

    // ── article-level passes ───────────────────────────────────────────────────────────────────────

    /**
     * "هجوم … على حافلة عسكرية" that kills soldiers: an attack of no stated kind on armed men is a clash
     * between armed groups, as ACLED codes it (Battles), not violence against civilians. The armed side is
     * a target, or the dead and wounded of the event's toll. Other reports of the same event follow.
     */
    private void armedTargetsClash(Reading r) {
        String clash = Vocab.ISNAD + "ArmedClash";
        Set<Integer> armedEvents = new java.util.HashSet<>();
        for (int i = 0; i < r.claims.size(); i++) {
            Claim c = r.claims.get(i);
            if (c.kind() == Claim.Kind.EVENT && c.targets().stream().anyMatch(lexicon::isArmed)) armedEvents.add(i);
            if (c.kind() == Claim.Kind.CASUALTIES && c.about() >= 0 && c.mentions().stream().anyMatch(lexicon::isArmed)) armedEvents.add(c.about());
        }
        for (int i : armedEvents) {
            Claim c = r.claims.get(i);
            if (!ATTACK.equals(c.eventClass()) || c.specificType()) continue;
            c.type(clash, true);
            for (int j : c.sameEventAs()) {
                Claim o = r.claims.get(j);
                if (ATTACK.equals(o.eventClass()) && !o.specificType()) o.type(clash, true);
            }
        }
    }

    /** The headline lends evidence to the first claim it fits; it never makes a claim of its own. */
    private void attachHeadline(Reading r) {
        EventMention h = r.headline;
        if (h == null) return;
        for (Claim c : r.claims) {
            if (c.kind() == Claim.Kind.EVENT && typesCompatible(c.eventClass(), h.eventClass)
                    && placesCompatible(c.places(), h.places)) {
                c.addEvidence(r.evidence(r.headlineStart, r.headlineEnd));
                return;
            }
        }
    }

    /**
     * Links claims that fit one event: compatible types, overlapping dates, compatible places, and a shared
     * place or participant. Claims tied by "in the same period"/"after that" are different events.
     */
    private void linkSameEvents(Reading r) {
        List<Claim> cs = r.claims;
        for (int i = 0; i < cs.size(); i++) {
            for (int j = i + 1; j < cs.size(); j++) {
                Claim a = cs.get(i), b = cs.get(j);
                if (a.kind() != Claim.Kind.EVENT || b.kind() != Claim.Kind.EVENT) continue;
                if (a.time().anchor() == j || b.time().anchor() == i) continue;
                if (!typesCompatible(a.eventClass(), b.eventClass()) || !a.time().overlaps(b.time())) continue;
                if (isPeriod(a.time()) != isPeriod(b.time())) continue;   // a count over months includes, not is, the incident
                if (!placesCompatible(a.places(), b.places())) continue;
                boolean sharedPlace = !a.places().isEmpty() && !b.places().isEmpty();
                Set<String> pa = new LinkedHashSet<>(a.actors());
                pa.addAll(a.targets());
                Set<String> pb = new LinkedHashSet<>(b.actors());
                pb.addAll(b.targets());
                pa.retainAll(pb);
                if (sharedPlace || !pa.isEmpty()) {
                    a.sameEventAs().add(j);
                    b.sameEventAs().add(i);
                }
            }
        }
    }

    /** Equal, or one is the bare "Attack" and the other a violent type (by the ontology's class tree). */
    private boolean typesCompatible(String a, String b) {
        if (a.equals(b)) return true;
        return (a.equals(ATTACK) && lexicon.isViolent(b)) || (b.equals(ATTACK) && lexicon.isViolent(a));
    }

    /** Either side names no actor, or they share one: a strike by others is another strike. */
    private static boolean actorsCompatible(Set<String> a, Set<String> b) {
        return a.isEmpty() || b.isEmpty() || a.stream().anyMatch(b::contains);
    }

    /** Either side names no place, or some place of one lies within some place of the other. */
    private boolean placesCompatible(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return true;
        for (String x : a) for (String y : b) if (lexicon.isWithin(x, y) || lexicon.isWithin(y, x)) return true;
        return false;
    }

    /** Drops a place when a more precise place within it is named too. */
    private void prune(Set<String> places) {
        places.removeIf(p -> places.stream().anyMatch(q -> !q.equals(p) && lexicon.isWithin(q, p)));
    }

    /**
     * A heuristic score, not a calibrated probability: how much of what an analyst needs the text gave us.
     * A specific event type, a place, a resolved date, a named speaker and more than one sentence each add.
     */
    private static double confidence(Claim c) {
        double s;
        if (c.kind() == Claim.Kind.STATEMENT) {
            s = c.report().isNamedSpeaker() ? 0.8 : 0.6;
        } else if (c.kind() == Claim.Kind.CASUALTIES) {
            s = c.report().isNamedSpeaker() ? 0.75 : 0.65;
        } else {
            s = 0.5;
            if (c.specificType()) s += 0.15;
            if (!c.places().isEmpty()) s += 0.1;
            if (c.time().resolved()) s += 0.1;
            if (!c.actors().isEmpty() || !c.targets().isEmpty()) s += 0.05;
            if (c.report().isNamedSpeaker()) s += 0.05;
            if (c.evidence().size() > 1) s += 0.05;
        }
        return Math.round(Math.min(s, 0.95) * 100) / 100.0;
    }

    // ── small helpers ─────────────────────────────────────────────────────────────────────────────

    private String outletIri(Article a) { return lexicon.outletIri(a.outlet()); }

    private String outletLabel(Article a) { return lexicon.outletLabel(a.outlet()); }

    private static String slugOf(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }


    private static String trimQuotes(String s) {
        return s.strip().replaceAll("^[\\s“”\"«»،,:]+|[\\s“”\"«»]+$", "").strip();
    }
}
