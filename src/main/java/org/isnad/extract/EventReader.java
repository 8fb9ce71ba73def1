package org.isnad.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.isnad.extract.DateParser.DateExpr;

/** Finds the event a clause tells: its type from the trigger words, its roles, places, time and whether it happened. */
final class EventReader {

    private final DiscourseReader discourse;
    private final Lexicon lexicon;
    private final TriggerChoice triggerChoice;
    private final Set<String> copulas;

    EventReader(DiscourseReader discourse, Lexicon lexicon) {
        this.discourse = discourse;
        this.lexicon = lexicon;
        this.triggerChoice = new TriggerChoice(lexicon);
        this.copulas = SubjectFirstVerb.copulas(lexicon);
    }

    /** The event a clause tells, or null when it has no trigger. */
    EventMention eventIn(Reading r, MatchedSentence s, Clause cl, Set<Mention> speakers, TimeSpan time) {
        return eventIn(r, s, cl, speakers, time, null);
    }

    // a word with the article, after any و/ف: "الهجوم", "والغارة"
    private static final Pattern DEFINITE_WORD = Pattern.compile("^[وف]?ال.*");

    /**
     * The event a clause tells; {@code seriesClass}, when not null, is the type of a series the sentence
     * counted ("غارتين جويتين، الأولى …، أما الثانية فطالت …"), for an item that names no type of its own.
     */
    EventMention eventIn(Reading r, MatchedSentence s, Clause cl, Set<Mention> speakers, TimeSpan time, String seriesClass) {
        List<Mention> ms = s.mentions();
        List<Token> tokens = s.tokens();
        int from = cl.from(), to = cl.to();
        EventMention em = new EventMention();
        boolean hasDirection = ms.stream().anyMatch(m -> cl.holds(m) && m.is("DirectionCue"));
        int anchor = eventStart(r, ms, cl);
        int tail = attributionTail(ms, anchor, to);
        ClauseRoles roles = new ClauseRoles();
        roles.tokens = tokens;
        roles.sides = new ParticipantSides(r.text, tokens, ms);
        roles.mentions = ms;
        roles.dates = s.dates();
        roles.tail = tail;
        roles.from = from;
        // an item of a counted series ("الأولى استهدفت …") is of the series' type, however weakly it is told
        if (seriesClass == null && (onlyWeakTriggers(r.text, s, cl) || KillingAsToll.tollOnly(r, s, cl))) return null;
        roles.irrealisFrom = PastAct.irrealisFrom(tokens, ms, from, to);
        readRoles(r, em, roles, anchor, speakers, hasDirection);
        if (em.eventClass == null && roles.supportTrigger != null) {
            em.eventClass = roles.supportTrigger.prop("indicates");     // nothing else names the event
            em.specific = roles.supportTrigger.flag("specific");
        }
        if ((em.eventClass == null || em.typedByWeak) && seriesClass != null) {
            em.eventClass = seriesClass;
            em.specific = true;
        }
        // "انتشرت قوات النظام في البلدة بعد انسحاب قسد منها": a deployment under a deal is the place changing hands
        boolean movedOnly = em.eventClass == null || em.typedByWeak && EventTypes.CHANGE_TO_GROUP_ACTIVITY.equals(em.eventClass);
        if (movedOnly && !TerritoryTyping.movedInByDeal(em, ms, cl) && em.eventClass == null) return null;
        // "استهدفت الحملة أكثر من 42 ألف طفل" (a vaccination): targeting is an attack only when armed men, a
        // force or a toll stand in the clause
        if (em.typedByWeak && seriesClass == null && roles.firstTrigger != null && roles.firstTrigger.entry("Trigger").flag("needsArmedParticipant")
                && !armedOrHurt(ms, cl)) return null;
        for (Mention m : ms) if (cl.holds(m) && m.is("SeriesCue")) em.series = true;
        readPlaceTexts(r, em, roles, from, tail);
        ChargedArrest.giveIfNoOther(em, s.dates(), r.article.published());
        roles.tripPlaces.giveIfNoOther(em, ms);
        roles.sides.hitBeforeAPassive(em);
        if (!ClauseTyping.retype(lexicon, em, tokens, ms, cl)) return null;
        ParticipantWords.keepParticipantWords(em, lexicon.isProtestOrRiot(em.eventClass));
        // "خرج العشرات من أبناء مدينة جاسم في مظاهرة": people protest where they live, unless the text says
        // where they stood ("نفذ عشرات من أهالي مدينة بانياس وقفة أمام مبنى محافظة طرطوس")
        if (EventTypes.PEACEFUL_PROTEST.equals(em.eventClass) && em.places.isEmpty() && em.placeTexts.isEmpty())
            em.places.addAll(roles.residence);
        AreaReference.giveIfNoOther(r, em, tokens, ms, from, tail);   // "من أبناء المنطقة": the place named last
        FacilityReference.giveIfNoOther(r, em, tokens, ms, from, tail);   // "محيط المطار": the airport named last
        boolean dated = time != null && (time.resolved() || time.relation() != null || time.text() != null)
                && dateInRange(s.dates(), from, to, tokens);
        // an event that happened: a past-tense action verb, or a point in time; a place alone does not make
        // one ("ويعاني ريف الرقة من انتشار الألغام"), nor does a span "since" ("منذ مطلع العام")
        // "إذ تسببت بمقتل عشرات المدنيين منذ مطلع العام": a toll since a date tells no one act
        boolean since = s.dates().stream().anyMatch(d -> d.firstToken() >= from && d.firstToken() < to && TimeReader.since(tokens, d));
        // "مقتل شرطي بهجوم مسلح في مدينة …": a verbless clause headed by the act's noun tells it too
        em.eventive = roles.action || dated || (!since && (PastAct.toldIn(tokens, ms, cl, copulas) || NominalAct.heads(tokens, ms, s.dates(), cl)))
                || PastAct.toldInPassing(r.text, tokens, ms, roles.firstTrigger) || ClauseReader.addsAnAct(ms, cl) || LastInstance.told(ms, cl)
                || seriesClass != null && roles.firstTrigger != null;   // "أما الحادثة الثانية فكانت اعتقال …": an item told
        // "وتستمر عمليات الاغتيال في المحافظة منذ سيطرة النظام عليها في تموز 2018", "وغالباً ما يكون المعتقل
        // ممن …": what goes on, or usually happens, is background, not one act, whatever date it carries;
        // only a count over a period since a date is a claim (an aggregate)
        if (goesOnOrIsUsual(ms, cl, roles.firstTrigger) && (time == null || !TimeReader.isPeriod(time))) em.eventive = false;
        if (!em.eventive && lexicon.isProtestOrRiot(em.eventClass) && PastAct.goingOnNow(tokens, ms, cl)) em.eventive = true;
        // "وتشهد مدينة درعا اشتباكات بين الفصائل": what a place goes through as the report is written
        if (!em.eventive && WitnessedNow.told(tokens, ms, cl)) em.eventive = em.toldNow = true;
        // "وتشهد مناطق الريف تصاعداً في عمليات الاغتيال": a trend with no date of its own is background
        boolean dateInClause = s.dates().stream().anyMatch(d -> d.firstToken() >= from && d.firstToken() < to);
        if (UndatedTrend.background(ms, s.dates(), cl)) em.eventive = false;
        Mention firstTrigger = roles.firstTrigger;
        em.definite = firstTrigger != null && firstTrigger.definite();
        em.triggerToken = firstTrigger == null ? -1 : firstTrigger.firstToken();
        em.anaphoric = !em.specific && firstTrigger != null
                && DEFINITE_WORD.matcher(tokens.get(firstTrigger.firstToken()).term()).matches();
        em.time = time == null ? TimeSpan.NONE : time;
        if (!dateInClause) BombardmentByAircraft.retold(r, em, ms.stream().filter(cl::holds).toList());
        em.start = tokens.get(from).start();
        em.end = tokens.get(to - 1).end();
        return em;
    }

    /** The roles of the mentions from the clause's opening up to its attribution tail: residence, participants, places. */
    private void readRoles(Reading r, EventMention em, ClauseRoles roles, int anchor, Set<Mention> speakers, boolean hasDirection) {
        List<Token> tokens = roles.tokens;
        List<Mention> ms = roles.mentions;
        int from = roles.from, tail = roles.tail;
        Mention prev = null;
        for (Mention m : ms) {
            if (m.firstToken() < from || m.firstToken() >= tail) continue;
            if (m.is("ResidenceCue")) {
                roles.residenceStart = m.firstToken();
                roles.residenceEnd = PlaceAnaphora.homeEnd(r.text, tokens, m.endToken(), tail);
                roles.trip = m.entry("ResidenceCue").flag("tripOrigin");
                if (!roles.trip) roles.tripPlaces.homeNamed();
            }
            if (m.firstToken() < roles.residenceEnd && m.entry("Place") != null) {
                roles.residence.add(m.entry("Place").iri());
                if (roles.trip) roles.tripPlaces.known(m.entry("Place").iri(), r.text.substring(m.start(), m.end()));
            } else if (m.firstToken() < anchor && (m.entry("Actor") != null || ParticipantWords.isParticipantNoun(m)) && !roles.directedPending
                    && DoerBeforeTheAct.mentionedOnly(tokens, ms, roles.dates, m, anchor,
                            m.entry("Actor") != null && lexicon.isArmed(m.entry("Actor").iri()))) {
                // an actor well before the event's words: mentioned, not a participant
            } else if (dateline(r.text, m)) {
                // "شفق نيوز/ قُتل عنصران …": the outlet that files the item did nothing
            } else {
                readRole(r, em, roles, prev, m, speakers, hasDirection);
            }
            prev = m;
        }
    }

    /** The place words of the event's clause, outside what a protest is about and the victim's home town. */
    private static void readPlaceTexts(Reading r, EventMention em, ClauseRoles roles, int from, int tail) {
        List<Token> tokens = roles.tokens;
        List<PlaceText> placeTexts = new java.util.ArrayList<>();
        int placeFrom = from;
        for (int[] g : em.grievances) {          // the places outside what the protest is about
            if (g[0] > placeFrom) placeTexts.addAll(PlaceTextReader.read(r.text, tokens, roles.mentions, placeFrom, Math.min(tail, g[0])));
            placeFrom = Math.max(placeFrom, g[1]);
        }
        if (placeFrom < tail) placeTexts.addAll(PlaceTextReader.read(r.text, tokens, roles.mentions, placeFrom, tail));
        for (PlaceText p : placeTexts) {
            // the victim's home town is not where it happened
            if (ChargedArrest.named(em, tokens, p)) continue;     // the charge's place (ChargedArrest)
            boolean home = p.inTokens(tokens, roles.residenceStart, roles.residenceEnd);
            if (!home) em.placeTexts.add(p);
            else if (roles.trip) roles.tripPlaces.unknown(p);
        }
    }

    /**
     * A cue of what goes on ("تستمر") before the clause's first trigger, or of what is usual ("غالباً ما",
     * "بشكل مستمر") anywhere in it: "تجددت الاشتباكات المستمرة منذ يومين" still tells today's clash.
     */
    private static boolean goesOnOrIsUsual(List<Mention> ms, Clause cl, Mention trigger) {
        if (trigger == null) return false;
        for (Mention m : ms) {
            if (cl.holds(m) && (m.is("HabitualCue") || m.is("ContinuationCue") && m.firstToken() < trigger.firstToken())) return true;
        }
        return false;
    }

    private boolean armedOrHurt(List<Mention> ms, Clause cl) {
        for (Mention m : ms) {
            if (!cl.holds(m)) continue;
            if (m.is("CasualtyCue") || m.is("ActorNoun")) return true;
            Entry actor = m.entry("Actor");
            if (actor != null && lexicon.isArmed(actor.iri())) return true;
        }
        return ElidedDoer.armedBefore(lexicon, ms, cl);
    }

    /** Words that frame a clause by an act told before: "خلال المداهمة", "وفي أثناء الحملة". */
    private static final Set<String> FRAMING_PREPOSITIONS = ArabicAnalysis.wordSet("في", "خلال", "أثناء", "عقب", "بعد", "إثر");

    /** "وخلال المداهمة حطموا …" retells the raid; "القوات المداهمة" (the raiding forces) and "ألقت القبض"
     *  do not, though their nouns are definite too. */
    private static boolean retoldAfterPreposition(List<Token> tokens, Mention m) {
        int before = m.firstToken() - 1;
        if (before < 0 || before >= tokens.size()) return false;
        String word = tokens.get(before).term();
        if (word.startsWith("و") && word.length() > 2) word = word.substring(1);
        return FRAMING_PREPOSITIONS.contains(word);
    }

    /** One mention's part in the event: its type, an actor, target, director, place or origin. */
    private void readRole(Reading r, EventMention em, ClauseRoles roles, Mention prev, Mention m, Set<Mention> speakers,
                          boolean hasDirection) {
        // what the protesters denounce or demand ("احتجاجاً على اغتيال ناشط برصاص مجهولين") is not what they
        // did, nor who took part, nor where
        if (inGrievance(em, m)) return;
        // "ألقت القبض على … متورطين في قتل شاب في حي الخالدية": the charge's victim and place are not the arrest's
        if (em.inCharge(m.firstToken())) { ChargedArrest.aside(em, m); return; }
        if (ChargedArrest.opens(em, roles, m)) em.charges.add(new int[] {m.endToken(), phraseEnd(r.text, roles.tokens, m.endToken() - 1, roles.tail)});
        boolean irrealis = m.firstToken() >= roles.irrealisFrom;
        boolean bomber = WhoseAct.bombardmentBy(prev, m);
        if (bomber) roles.inTargetPhrase = false;
        // "بمساندة مروحيات التحالف", "على خلفية اغتيال رئيس البلدية": the means of support, or the reason
        if (m.is("ReasonCue") || m.is("SupportCue") && (!m.entry("SupportCue").flag("supportWithBi") || ActsNotTold.biAfter(roles.tokens, m)))
            roles.supportUntil = m.endToken() + 3;
        if (m.is("Trigger") && FlightWords.onlyFlies(roles.mentions, m)) {
            // seen flying over the place, not striking it
        } else if (m.is("Trigger") && m.firstToken() < roles.supportUntil) {
            if (roles.supportTrigger == null) roles.supportTrigger = m.entry("Trigger");
        } else if (m.is("Trigger") && !irrealis && !discourse.refersBack(r, prev, m)) {
            typeBy(em, roles, m);
        }
        if (m.is("ActionVerb") && m.entry("ActionVerb").flag("eventive") && !irrealis) roles.action = true;
        // "أحبطت محاولة هجوم": the foiling is an act that took place, even with no date given
        // and so is a threat ("هدد بشن عملية"): the claim is of the plan, undated or not
        Modality mod = ModalityReader.modalityOf(m);
        // and a denial speaks of an act ("نفت صحة الأنباء عن اعتقال ناشطين"): the claim is of it, denied
        if (mod == Modality.FOILED || mod == Modality.PLANNED || mod == Modality.DENIED) roles.action = true;
        if (m.is("GrievanceCue") && em.eventClass != null && lexicon.isProtestOrRiot(em.eventClass)
                && !em.inGrievance(m.firstToken())) {
            // up to the comma: "للمطالبة بصرف رواتبهم، قبل أن تفرّقهم عناصر الأسايش" goes on with the protest;
            // "مطالبين …، ومنددين بـ…" tells a second grievance
            em.grievance(m.firstToken(), phraseEnd(r.text, roles.tokens, m.endToken() - 1, roles.tail));
        }
        if (m.is("DirectedByCue")) roles.directedPending = true;
        roles.sides.see(m);
        if (m.is("OriginCue") && hasDirection && !roles.afterTarget) roles.inOrigin = true;
        if (m.is("DirectionCue")) { roles.inOrigin = false; roles.afterTarget = true; roles.targetClosed = false; }
        String referred = m.is("PlaceReference") ? PlaceAnaphora.referent(roles.mentions, m, null) : null;
        if (m.is("PlaceReference") && PlaceAnaphora.isUnresolvedTown(r.lastPlaceText, referred)) {
            em.placeTexts.add(r.lastPlaceText);     // "للبلدة" after a town the gazetteer lacks: that town, as written
            referred = null;
        } else if (m.is("PlaceReference") && referred == null) referred = r.lastPlace;
        Entry actor = m.entry("Actor");
        Entry place = m.entry("Place");
        // "تحليق طائرات الاستطلاع الروسية": whose aircraft flew over says nothing of who did the act
        boolean aircraftOwner = actor != null && prev != null && prev.endToken() == m.firstToken()
                && FlightWords.onlyFlies(roles.mentions, prev);
        if (aircraftOwner) {
            // seen in the sky, no participant
        } else if (!speakers.contains(m) && actor == null && ParticipantWords.isParticipantNoun(m)) {
            ParticipantWords.readParticipantWords(r, em, roles, prev, m);
        } else if (!speakers.contains(m) && actor != null) {
            // VSO: the actor right after a verb that takes a target is its subject ("استهدف التحالف")
            boolean subjectOfVerb = (roles.subjectNext || prev != null && prev.is("ActionVerb") && prev.endToken() == m.firstToken())
                    && em.actors.isEmpty();
            // "بقصف مدفعي تركي", "قصفت مسيّرة تركية", "الغارات الروسية": a nationality describing the weapon
            // or the act says who acted, wherever the phrase stands
            if (WhoseAct.describesTrigger(roles.tokens, prev, m) || WhoseAct.aircraftOf(roles.tokens, prev, m) || bomber || WhoseAct.doerOfVerbalNoun(roles.tokens, roles.mentions, m)) subjectOfVerb = true;
            // "قُتل شاب برصاص مسلحين مجهولين", "على يد عناصر من …": the agent phrase names who acted
            if (ParticipantWords.agentNamed(roles, prev, m)) subjectOfVerb = true;
            roles.subjectNext = false;
            Boolean affiliated = roles.sides.affiliated();
            if (affiliated != null) {
                // "على يد مجهولين يُعتقد بارتباطهم بتنظيم داعش": the side of the attackers, not a second target
                (affiliated ? em.actors : em.targets).add(actor.iri());
                roles.sides.affiliationNamed(m.end());
            }
            else if (roles.directedPending) { em.directedBy.add(actor.iri()); roles.directedPending = false; }
            else if (subjectOfVerb) { em.actors.add(actor.iri()); roles.sides.read(m.end(), true); }
            else if (roles.afterTarget && !roles.targetClosed) { em.targets.add(actor.iri()); roles.sides.read(m.end(), false); }
            else if (!roles.afterTarget) {
                em.actors.add(actor.iri());
                roles.sides.read(m.end(), true);
                if (roles.firstTrigger == null) roles.sides.actorBeforeTheVerb(actor.iri(), ParticipantSides.member(roles.tokens, roles.mentions, m));
            }
            if (subjectOfVerb && roles.firstTrigger != null && ParticipantWords.agentNamed(roles, prev, m)) roles.sides.agentAfterTheVerb();
        } else if (referred != null && !em.places.contains(referred)) {
            em.places.add(referred);      // "محيط البلدة": the town named before
        } else if (!speakers.contains(m) && place != null) {
            em.places.add(place.iri());
            em.placeWords.putIfAbsent(place.iri(), r.text.substring(m.start(), m.end()));
            if (roles.inOrigin) em.origins.add(place.iri());
            if (roles.afterTarget) roles.targetClosed = true;   // "… في ريف ديرالزور": the target phrase ends at its place
        }
        if (m.is("TargetCue") && !m.is("DirectionCue")) { roles.afterTarget = true; roles.targetClosed = false; }
        if (m.is("TargetCue") && !m.is("ActionVerb")) roles.inTargetPhrase = true;
    }

    /** Trigger {@code m} types the event when it names it more sharply than the words before it. */
    private void typeBy(EventMention em, ClauseRoles roles, Mention m) {
        Entry t = m.entry("Trigger");
        if (triggerChoice.takes(em, roles, t)) {
            boolean convoyHit = em.typedByHit;
            em.eventClass = t.prop("indicates");
            // "تعرض رتل عسكري لإطلاق نار من قبل مسلحين": fire on a convoy or base is a fight between armed men
            // (ACLED: Armed clash), as fire on a patrol is (ArmedTargetsClash); an assassination stays one-sided
            if (convoyHit && EventTypes.ATTACK.equals(em.eventClass) && !t.flag("oneSided")) em.eventClass = EventTypes.ARMED_CLASH;
            em.specific = t.flag("specific");
            em.continues = t.prop("continues");
            em.weaponRank = Math.max(em.weaponRank, t.intProp("weaponRank", 0));
            em.typedByWeak = t.flag("weak");
            em.typedByHit = t.flag("canBeHit") && TriggerChoice.toldAsHit(roles.mentions, m);
            // "تعرض رتل تابع لقوى الأمن لإطلاق نار": whose convoy came under the act is who was hit
            if (em.typedByHit) { roles.afterTarget = true; roles.targetClosed = false; }
            roles.typedByDefinite = m.definite() && retoldAfterPreposition(roles.tokens, m);
        }
        if (roles.firstTrigger == null) roles.firstTrigger = m;
    }

    /** A name that opens the sentence and is cut off by "/" or ":": the outlet or place of a dateline. */
    private static boolean dateline(String text, Mention m) {
        if (m.firstToken() != 0 || m.entry("Actor") == null) return false;
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 3)).strip();
        return after.startsWith("/") || after.startsWith(":");
    }

    /** The token after the last of a phrase that starts at {@code from}: up to a comma or the end. */
    private static int phraseEnd(String text, List<Token> tokens, int from, int to) {
        for (int t = from + 1; t < to; t++) if (Token.commaBefore(text, tokens, t)) return t;
        return to;
    }

    private static boolean inGrievance(EventMention em, Mention m) {
        return em.inGrievance(m.firstToken()) && !m.is("GrievanceCue");
    }

    /**
     * The event's words start at its first trigger or action verb; before that stands what the speaker
     * talks about ("الدفاع عن القوات الأمريكية من هجمات …"), not who did what.
     */
    private int eventStart(Reading r, List<Mention> ms, Clause cl) {
        Mention before = null;
        for (Mention m : ms) {
            if (!cl.holds(m)) continue;
            boolean demo = discourse.refersBack(r, before, m);
            if ((m.is("Trigger") && !demo) || (m.is("ActionVerb") && m.entry("ActionVerb").flag("eventive"))) {
                return m.firstToken();
            }
            before = m;
        }
        return cl.to();
    }

    /** "…، وفق ما ذكرته وكالة سانا نقلاً عن مصدر عسكري": who says so is not who did it. */
    private static int attributionTail(List<Mention> ms, int anchor, int to) {
        for (Mention m : ms) {
            if (m.firstToken() > anchor && m.firstToken() < to && (m.is("AccordingTo") || m.is("SourceCue"))) {
                return m.firstToken();
            }
        }
        return to;
    }

    private static boolean dateInRange(List<DateExpr> ds, int from, int to, List<Token> tokens) {
        for (DateExpr d : ds) {
            if (d.firstToken() >= from && d.firstToken() < to && !TimeReader.since(tokens, d) && !d.vague()) return true;
        }
        return false;
    }

    /**
     * "قُتل ثلاثة مدنيين، وأُصيب خمسة بانفجار لغم": a killing is an event of its own only when nothing else in
     * the sentence says what killed (isnad:weak triggers).
     */
    private static boolean onlyWeakTriggers(String text, MatchedSentence s, Clause cl) {
        boolean weakHere = false;
        for (Mention m : s.mentions()) {
            if (!cl.holds(m) || !m.is("Trigger")) continue;
            if (!m.entry("Trigger").flag("weak")) return false;
            weakHere = true;
        }
        if (!weakHere || ElidedDoer.alsoAtAPlace(text, s.tokens(), s.mentions(), cl)) return false;
        // "قواتنا تحاصر الفلول في قريتي …، وكانت قد شهدت البلدة إطلاق نار": what had happened before (a
        // pluperfect clause after it) is another act, not what this clause's siege or killing was
        int until = cl.to() < s.tokens().size() && PluperfectBackground.opens(text, s.tokens().get(cl.to()).start())
                ? cl.to() : Integer.MAX_VALUE;
        for (Mention m : s.mentions()) {
            if (!cl.holds(m) && m.firstToken() < until && m.is("Trigger") && !m.entry("Trigger").flag("weak")) return true;
        }
        return false;
    }

    /**
     * "هذه الضربات": a demonstrative before a trigger with the article points at an event already told ("هذا
     * وقُتل …" opens a new one).
     */
    static boolean hasDemonstrativeTrigger(List<Mention> ms, Clause cl) {
        Mention prev = null;
        for (Mention m : ms) {
            if (cl.holds(m) && m.is("Trigger") && m.definite() && prev != null
                    && prev.is("Demonstrative") && prev.endToken() == m.firstToken()) return true;
            prev = m;
        }
        return false;
    }
}
