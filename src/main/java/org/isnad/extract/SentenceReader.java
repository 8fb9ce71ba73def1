package org.isnad.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.isnad.extract.AttributionReader.Attribution;
import org.isnad.extract.DateParser.DateExpr;
import org.isnad.extract.SentenceSplitter.Sentence;
import org.isnad.extract.TimeReader.ClauseTime;
import org.isnad.extract.TimeReader.SentenceTime;
import org.isnad.ingest.Article;

/**
 * Reads one sentence into claims: who speaks, its clauses, the event each tells and how, then what it
 * retells, denies or blames, its tolls, and what a named speaker says of it.
 */
final class SentenceReader {

    private final Lexicon lexicon;
    private final DateParser dates = new DateParser();
    private final AttributionReader attribution;
    private final ClauseReader clauses;
    private final EventReader events;
    private final DiscourseReader discourse;
    private final EventMerger merger;
    private final CasualtyReader casualties = new CasualtyReader();
    private final StatementReader statements = new StatementReader();
    private final CountrysidePhrases countrysides;
    private final OrganisationPlaceNames organisationPlaces;
    private final EventTypes types;
    private final SpeakerRetelling retelling;

    SentenceReader(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.types = new EventTypes(lexicon);
        this.discourse = new DiscourseReader(types);
        this.attribution = new AttributionReader(lexicon);
        this.clauses = new ClauseReader(lexicon, discourse);
        this.events = new EventReader(discourse, lexicon);
        this.merger = new EventMerger(types);
        this.countrysides = new CountrysidePhrases(lexicon);
        this.organisationPlaces = new OrganisationPlaceNames(lexicon);
        this.retelling = new SpeakerRetelling(discourse);
    }

    void read(Reading r, Sentence sentence) {
        read(r, sentence, ArabicAnalysis.tokens(r.text, sentence.start(), sentence.end()));
    }

    /** Reads the sentence from its words, analysed once by the caller (the photo caption check reads them too). */
    void read(Reading r, Sentence sentence, List<Token> tokens) {
        if (tokens.isEmpty()) return;
        // the mention filters, each one reading: a countryside told around its place ("الريف الشرقي لدرعا"), a
        // name's last word that is a direction locating it from the next place ("الباب شرقي حلب"), a
        // common word that is no place here, a group's name inside a village's name, an adjective of the act
        // ("المظاهرات السلمية"), a "مسيرة" that is a march and no drone, dawn ("فجر الجمعة") and no detonation,
        // act words of a charge or a denied plan, an arrest only aimed at ("بغية اعتقال"), control spoken of in
        // general or people freed ("أهمية السيطرة"),
        // "تقلهم" (carrying them) read as saying, a village read in the governorate named after it ("المليحة
        // الغربية بريف درعا")
        List<Mention> ms = CommonWordPlaces.filter(tokens, DirectionAfterName.split(tokens, countrysides.read(tokens, r.claims.words().sentenceMentions(sentence.start(), tokens)), lexicon), lexicon);
        ms = DatedAliases.add(tokens, ms, lexicon, r.article.published());   // "وزارة الداخلية" since December 2024
        ms = ActorsInPlaceNames.filter(tokens, ms);
        ms = organisationPlaces.filter(tokens, ms);
        ms = HomonymPlaces.filter(tokens, ms, lexicon, r.homonymsElsewhere);
        ms = AdjectivePlaceNames.filter(tokens, ms);
        ms = MarchOrDrone.filter(tokens, ms, lexicon);
        ms = DawnNotDetonation.filter(tokens, ms);
        ms = ActsNotTold.filter(r.text, tokens, ms);
        ms = AimedArrest.filter(tokens, ms);
        ms = CaptureNotTaken.filter(tokens, ms);
        ms = CarriedNotSaid.filter(tokens, ms);
        List<DateExpr> parsed = dates.parse(r.text, tokens, ms, r.article.published());
        // an undated page: "يوم الجمعة الموافق 10 تشرين الأول" in the one year that fits (DayFixedByText)
        if (r.article.published() == null) parsed = DayFixedByText.withYears(dates, r.text, tokens, ms, parsed, r::yearCues, r.present());
        List<DateExpr> dateExprs = ComparedSince.filter(tokens, ms, parsed);
        dateExprs = DayOfTheReport.filter(r.text, tokens, ms, dateExprs);
        MatchedSentence s = new MatchedSentence(sentence, tokens, ms, dateExprs);
        if (sentence.headline()) {
            // "أعلنت وزارة الداخلية السورية … أنها ألقت القبض …" as title and lead, then "وأوضحت الوزارة في بيان …":
            // the speaker the headline names is the one the body refers back to ("الوزارة", "وأضاف أن"). Only a
            // given title the text repeats as its lead: a first line taken for a headline ("المرصد: مقتل …") is
            // a label above the text, and a title given apart is read as an article of its own (GivenTitle)
            if (!r.titleAlone && r.article.headline() == Article.Headline.GIVEN) attribution.read(r, s);
            EventMention em = events.eventIn(r, s, new Clause(0, tokens.size(), false), Set.of(), null);
            if (em != null) r.claims.headline(new ArticleClaims.Headline(em, r.evidence(sentence.start(), sentence.end())));
            // "تمكنت قوات النظام اليوم السبت 8 تشرين الأول من استعادة …": a lead that is also the title tells
            // the account's day (LeadDatedLater), whatever act of it is read
            LeadDatedLater.noteAccountDay(r, TimeReader.sentenceTime(r, s, 0));
            return;
        }
        // "…، وهو ما نفاه مسؤول في “الهيئة”": from here on another speaker talks; read it as a sentence of its own
        for (int k = 0; k + 1 < ms.size(); k++) {
            Mention cue = ms.get(k), verb = ms.get(k + 1);
            if (cue.is("RelativeSpeechCue") && cue.firstToken() > 0 && verb.is("SpeechVerb") && verb.firstToken() == cue.endToken()) {
                read(r, new Sentence(sentence.start(), tokens.get(cue.firstToken() - 1).end(), false));
                read(r, new Sentence(cue.start(), sentence.end(), false));
                return;
            }
        }
        // "هاجم عناصر التنظيم مساء أمس نقاطاً للنظام، فيما أعلنت «قسد» اعتقال قيادي": another speaker, another matter
        if (!MeanwhileSpeaker.split(r, sentence, tokens, ms, types, part -> read(r, part))) readBody(r, s);
    }

    private void readBody(Reading r, MatchedSentence s) {
        List<Mention> ms = s.mentions();
        r.opens(!ms.isEmpty() && ms.get(0).firstToken() == 0 ? ms.get(0).entry("TopicShift") : null, opensWithPlace(r.text, s));
        Attribution who = attribution.read(r, s);
        SentenceTime time = TimeReader.sentenceTime(r, s, who.contentStart());
        List<Clause> cls = clauses.split(r, s);
        Modality sentenceModality = ModalityReader.sentenceModality(s);
        int claimsBefore = r.claims.size();
        r.sentenceFirstClaim = claimsBefore;
        SentenceState st = new SentenceState(s, who, cls, time);
        for (Clause cl : cls) {
            // "على أطراف بلدة البصيرة، خرج أهالي البلدة": the town named earlier in the same sentence
            rememberPlace(r, ms.stream().filter(m -> m.endToken() <= cl.from()).toList());
            PlaceAnaphora.rememberUnresolved(r, s.tokens(), ms, cl.from());
            readClause(r, st, cl);
        }
        rememberPlace(r, ms);
        AreaReference.remember(r, ms);
        ResistedAttack.retype(r, s);   // "…، إلا أن عناصر النقطة ردوا على مصدر النيران"
        PlaceAnaphora.rememberUnresolved(r, s.tokens(), ms, s.tokens().size());
        retelling.retell(r, st, sentenceModality);
        TimeSpan lead = RoundUpLeads.leadTime(r, s, time.time(), claimsBefore);
        if (lead.resolved()) {
            r.roundUpTime = lead;
            r.roundUpFrom = r.claims.size();
        }
        if (st.events.isEmpty()) LeadDatedLater.noteAccountDay(r, time);
        casualties.read(r, s, cls, st.found, st.events, st.report());
        // a named speaker's sentence that comments rather than reports; one that only tells again an event told
        // before (its toll, its aftermath, how it went) is one more report of that event (EventDetails)
        if (st.report().isNamedSpeaker() && (!st.anyEventive || st.referential)
                && (st.anyEventive || !EventDetails.ofToldEvent(r, s, who.contentStart()))
                && !(st.anyEventive && EventDetails.retellsToldEvent(s, st.report(), who.contentStart(), st.deniesWho))) {
            statements.read(r, s, who, st.referential, claimsBefore);
        }
    }

    // "في", "وفي"
    private static final Pattern FI = Pattern.compile("^و?في$");

    /**
     * "وفي بلدة تل تمر شمال غربي الحسكة، اعتصم عشرات العمال …": a sentence that opens on a place and a comma
     * starts a new item of a round-up, as "وفي السياق" does; with "و" it does so even with no comma ("وفي بلدة
     * كنصفرة بريف إدلب سُجل مقتل امرأتين بقصف جوي" after a strike on another town).
     */
    private static boolean opensWithPlace(String text, MatchedSentence s) {
        List<Token> tokens = s.tokens();
        if (tokens.isEmpty() || !FI.matcher(tokens.get(0).term()).matches()) return false;
        boolean place = false;
        for (Mention m : s.mentions()) {
            if (m.firstToken() > 3) break;
            if (m.entry("Place") != null || m.is("PlaceNoun")) place = true;
            if (m.is("Trigger") || m.is("ActionVerb")) return false;
        }
        if (!place) return false;
        if (tokens.get(0).term().startsWith("و")) return true;     // "وفي": the "and" joins items, not clauses
        for (int t = 1; t < Math.min(tokens.size(), 8); t++) {
            if (text.substring(tokens.get(t - 1).end(), tokens.get(t).start()).contains("،")) return true;
        }
        return false;
    }

    private void readClause(Reading r, SentenceState st, Clause cl) {
        List<Mention> ms = st.s.mentions();
        if (ModalityReader.startsWithParticiple(ms, cl)) st.governing = null;
        if (st.governing == null) {
            Modality g = ModalityReader.governingCue(st.cueMentions, cl);
            if (g != null) {
                st.governing = st.cueModality = g;
                st.governingClause = cl;
            }
        }
        cl = withoutSpeaker(st, cl);
        ClauseTime time = TimeReader.clauseTime(r, st.s, cl, st.who.contentStart(), st.time);
        EventMention em = events.eventIn(r, st.s, cl, st.who.speakerWords(), time.time(), SeriesItems.seriesClass(r, st, cl));
        if (em != null && TimeReader.countedFrom(st.s, time, em.triggerToken)) em.untimed();   // "بعد المظاهرة الأخيرة التي …"
        if (em != null && em.eventClass != null && EarlierAct.told(st.s, cl, em.eventClass)) em.untimed();   // "جراء قصف سابق"
        if (em != null && ChargedArrest.datesTheCharge(em, time, r.article.published())) em.time = TimeSpan.NONE;   // "متورطين في هجوم … في آذار الماضي"
        // "وبعد إلقاء القبض عليهم، تمت إحالتهم إلى القضاء": the arrest told before, not another
        if (em != null && em.eventClass != null && em.triggerToken >= 0 && RetoldByPronoun.retold(st.s.tokens(), triggerAt(ms, em.triggerToken))
                && discourse.lastCompatibleEvent(r, em.eventClass) != null) em.eventive = false;
        if (em != null && em.time == time.time()) em.announcedDay = AnnouncedArrest.datedByAnnouncement(em, time, st.time, st.who.contentStart());
        if (em != null && CaptureInTime.before(em, time, r.article.published())) em.eventive = false;   // "منذ سيطرة النظام"
        if (EventReader.hasDemonstrativeTrigger(ms, cl)) st.referential = true;
        if (em == null || !em.eventive) st.movedTo(cl, ms);
        if (em != null && em.eventive && SeriesItems.firstItemOfSeries(r, st, cl)) {
            firstItemOfSeries(r, st, em);
            return;
        }
        if (em == null) return;
        if (time.aggregate()) em.eventive = true;
        // "وتشهد المدينة اشتباكات …، بعد انقضاء المهلة التي أعلنتها الفصائل منذ يومين": a date well past the act
        // is of another noun; what goes on now is of the report's time
        if (em.toldNow && (time.own() == null || !WitnessedNow.dates(time.own().firstToken(), em.triggerToken)))
            em.time = WitnessedNow.reportDay(r.article.published());
        if (!em.eventive) {
            st.referential = true;
            return;
        }
        // "نفى …، مؤكداً أن الغارات طالت أراضي زراعية فقط": the denier's own version of the event told
        // before belongs to the denial, not to a second claim
        EventClaim toldBefore = em.definite ? discourse.lastCompatibleEvent(r, em.eventClass) : null;
        if (st.cueModality == Modality.DENIED && ModalityReader.startsWithParticiple(ms, cl) && toldBefore != null
                && r.toldBeforeThisSentence(toldBefore)) {
            st.restatement = r.evidence(em.start, em.end);
            return;
        }
        if (ResistedAttack.toldAsCourse(r, st.s, cl, em)) return;   // "واشتبك العناصر مع المهاجمين"
        if (st.deniesWho) st.referential = true;   // what the denier says is a statement
        st.anyEventive = true;
        st.carryOver(cl, em);
        TerritoryTyping.bySide(lexicon, em, st.report());
        // "وتشهد المنطقة استنفاراً، وسط أنباء عن …": a cue after what goes on now is of another act
        List<Mention> cueMentions = em.toldNow ? st.cueMentions.stream().filter(m -> m.firstToken() < em.triggerToken).toList() : st.cueMentions;
        List<Modality> cues = ModalityReader.modalitiesFor(cueMentions, cl, st.s.tokens(), em.triggerToken);
        if (cues.contains(Modality.FOILED) && (em.definite || intercepted(st, cl) && namedByConstruct(st, em)) && foiledToldEvent(r, st, em, cues)) return;
        Modality clauseModality = cues.isEmpty() ? null : cues.get(0);
        if (clauseModality != null) em.modality = clauseModality;
        // "وتشهد المنطقة استنفاراً … بعد إعلان السيطرة على السجن الذي نفت القوات هروب سجناء منه": the denial
        // after what goes on now is of another act
        else if (st.governing != null && !cl.inPassing() && !(em.toldNow && st.governingClause == cl)) em.modality = st.governing;   // what "التي شنها" tells is given
        // "وزعم المصدر أن الدفاعات الجوية تصدت للصواريخ": a speaker's allegation or denial of what was told
        // keeps only the places it names itself
        if (em.placesCarried && (em.modality == Modality.ALLEGED || em.modality == Modality.DENIED)) em.places.clear();
        // a threat's date is of the threat ("تواصلوا مساء أمس … وهددوا بقتله"): the planned act keeps
        // only a date told after the cue ("يعتزم شن هجوم الأسبوع المقبل")
        if (em.planned() && (time.own() == null || time.own().firstToken() < ModalityReader.plannedCue(ms, cl))) em.time = TimeSpan.NONE;
        if (em.modality == Modality.FOILED && !em.specific) {
            em.eventClass = EventTypes.DISRUPTED;   // a foiled attack of no stated kind: ACLED "Disrupted weapons use"
            em.specific = true;
        }
        addClaim(r, st, cl, em);
    }

    /** The event the clause tells, with its evidence, as a claim of the sentence's report (or joined to one told). */
    private void addClaim(Reading r, SentenceState st, Clause cl, EventMention em) {
        List<Mention> ms = st.s.mentions();
        em.clauseFrom = cl.from();
        em.clauseTo = cl.to();
        if (st.clauses.size() == 1) {      // the whole sentence is the evidence
            em.start = st.s.start();
            em.end = st.s.end();
        }
        // "أعلنت الأسايش إحباط محاولة تفجير سيارة مفخخة … كانت خلية تعتزم تفجير السيارة": the plan of an
        // attack already told as foiled is that attack, not a new threat
        if (em.planned()) {
            EventClaim foiled = discourse.lastCompatibleEvent(r, em.eventClass);
            if (foiled != null && foiled.modality() == Modality.FOILED) {
                foiled.addEvidence(r.evidence(em.start, em.end));
                return;
            }
        }
        st.found.add(em);
        // what a threat's sentence tells in passing is the outlet's framing, not part of the threat; the blast
        // whose responsibility a side denies ("نفت تل أبيب مسؤوليتها عن انفجار …") is told by the outlet
        Report by = cl.inPassing() && ModalityReader.threatens(ms, st.who.contentStart()) || st.deniesWho
                ? r.reports.outlet() : st.report();
        // added at once, so that a later clause's "على إثر ذلك" can point at this one
        EventClaim claim = merger.add(r, em, by);
        // "وأكد البيان أن الضربات كانت ضرورية": a retelling of an event told before is what the speaker
        // says about it, a statement too
        if (em.definite && r.toldBeforeThisSentence(claim)) st.referential = true;
        // "وقالت إحدى المشاركات إن الوقفة جاءت رفضاً لـ…": a named speaker's own claim of the event the
        // outlet told, by its definite noun, is what the speaker says of it too
        if (em.definite && claim.report().isNamedSpeaker()
                && claim.sameEventAs().stream().anyMatch(k -> k.ordinal() < r.sentenceFirstClaim)) st.referential = true;
        st.events.add(claim);
    }

    /**
     * "غارتين جويتين على ريف إدلب، الأولى استهدفت محيط قرية عرب سعيد": the first item is where the series
     * just told began (its places and evidence go to the series' claim); the next items are events of their own.
     */
    private static void firstItemOfSeries(Reading r, SentenceState st, EventMention em) {
        EventClaim series = st.events.get(st.events.size() - 1);
        r.seriesItems.putIfAbsent(series.key(), 1);
        series.places().addAll(em.places);
        series.placeTexts().addAll(em.placeTexts);
        em.placeWords.forEach(series.placeWordsMap()::putIfAbsent);
        series.addEvidence(r.evidence(em.start, em.end));
    }

    /**
     * "وقالت معلمة مشاركة في الوقفة، لنورث برس، إن دورية أوقفت …": who speaks, and how she is described, is
     * no part of what she tells; a clause that opens on the verb of saying starts at what is said.
     */
    private static Clause withoutSpeaker(SentenceState st, Clause cl) {
        Mention verb = null;
        for (Mention m : st.s.mentions()) {
            if (m.firstToken() > cl.from() + 1 || m.firstToken() >= cl.to()) break;
            if (m.firstToken() >= cl.from() && m.is("SpeechVerb") && !m.is("ModalityCue")) { verb = m; break; }
        }
        if (verb == null) return cl;
        for (Mention m : st.s.mentions()) {
            if (m.firstToken() < verb.endToken() || m.firstToken() >= cl.to()) continue;
            if (m.is("Trigger") || m.is("Place")) continue;        // the speaker's description may name these
            if (m.is("ComplementMarker")) return m.endToken() - verb.endToken() <= 12 ? new Clause(m.endToken(), cl.to(), cl.inPassing()) : cl;
            if (m.is("SpeechVerb")) return cl;
        }
        return cl;
    }

    /**
     * "لافتاً إلى إحباط الهجوم": the attack this sentence told was foiled (true: nothing more to read); "تصدت
     * للصواريخ" of missiles told before: the interception is an act of its own, Disrupted weapons use.
     */
    private boolean foiledToldEvent(Reading r, SentenceState st, EventMention em, List<Modality> cues) {
        EventClaim told = discourse.lastCompatibleEvent(r, em.eventClass);
        // "تصدت للعدوان وأسقطت معظم الصواريخ" after air strikes: the missiles are the strikes' weapons
        if (told == null && lexicon.isViolent(em.eventClass)) told = discourse.lastCompatibleEvent(r, EventTypes.ATTACK);
        if (told != null && !r.toldBeforeThisSentence(told)) {
            told.modality(Modality.FOILED);
            // one span from the event's words to the foiling: the sentence tells one thing
            Evidence last = told.lastEvidence();
            if (last.start() >= st.s.start()) told.replaceLastEvidence(r.evidence(last.start(), Math.max(last.end(), em.end)));
            else told.addEvidence(r.evidence(em.start, em.end));
            return true;
        }
        if (told != null) {
            em.eventClass = EventTypes.DISRUPTED;
            em.specific = true;
            cues.remove(Modality.FOILED);
        }
        return false;
    }

    /**
     * "وزعم المصدر أن الدفاعات الجوية تصدت لصواريخ العدوان وأسقطت بعضها", "تصدت لصواريخ إسرائيلية" after
     * the strike was told: the weapons brought down are the strike's, named again without the article.
     */
    private static boolean intercepted(SentenceState st, Clause cl) {
        return st.cueMentions.stream().anyMatch(m -> cl.holds(m) && m.entry("ModalityCue") != null
                && m.entry("ModalityCue").flag("intercepts"));
    }

    /**
     * The trigger noun stands in construct with a definite noun ("صواريخ العدوان", "قذائف الاحتلال"): definite
     * by it, as Arabic grammar has it ("طائرة مسيّرة انتحارية تابعة للنظام" is a new weapon, not the strike's).
     */
    private static boolean namedByConstruct(SentenceState st, EventMention em) {
        Mention trigger = triggerAt(st.s.mentions(), em.triggerToken);
        if (trigger == null || trigger.endToken() >= st.s.tokens().size()) return false;
        int next = trigger.endToken();
        boolean plain = st.s.mentions().stream().noneMatch(m -> m.firstToken() <= next && next < m.endToken() && !m.is("Actor"));
        return plain && st.s.tokens().get(next).analyses().stream().anyMatch(a -> a.definite() && !a.isVerb());
    }

    /** The settlement a later "البلدة" refers to: the most local one this sentence names. */
    private static void rememberPlace(Reading r, List<Mention> ms) {
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
    }

    /** The trigger that starts at {@code token}, or null. */
    private static Mention triggerAt(List<Mention> ms, int token) {
        for (Mention m : ms) if (m.firstToken() == token && m.is("Trigger")) return m;
        return null;
    }
}
