package org.isnad.extract;

import java.util.Objects;

/**
 * Adds what a clause tells of an event to the claim of the same report that tells that event, or opens a
 * new claim; links it to another report's claim of an event already told.
 */
final class EventMerger {

    private final EventTypes types;
    private final ProtestSpots spots;
    private final ClaimOpener opener;

    EventMerger(EventTypes types) {
        this.types = types;
        this.spots = new ProtestSpots(types.lexicon());
        this.opener = new ClaimOpener(types);
    }

    EventClaim add(Reading r, EventMention em, Report report) {
        int item = SeriesItems.of(r, em);
        // "…على طريق المزيريب، فيما انفجر اللغم الثاني قرب بلدة اليادودة": an item that names its own place does
        // not take the place carried over from the item before
        if (item > 0 && em.placesCarried && !em.placeTexts.isEmpty()) em.places.clear();
        DestinationPlaces.dropWithdrawnTo(r.text, em);
        EventClaim target = setOff(r, em, report);
        if (target == null) target = followedBy(r, em, report);
        if (target == null) target = goesOn(r, em, item);
        if (target == null) target = dispersal(r, em);
        if (target == null) target = ProtestToll.of(r, em);
        if (target == null) target = ProtestersToldBefore.of(r, em, report);
        if (target == null && !calledSimilar(r, em)) target = sameEventOfReport(r, em, report, item);
        if (target == null) target = retold(r, em, report, item);
        if (target == null) target = retoldWithPlace(r, em, report, item);
        if (target == null) target = SameVoiceRetelling.of(r, em, report, item, types);
        boolean opened = target == null;
        if (target == null) target = opener.open(r, em, report);
        RoundUpLeads.note(r, em, target, opened, item);
        if (item > 0) r.seriesItems.putIfAbsent(target.key(), item);
        // a protest told again as dispersed or violent is that protest, as far as it went
        if (ProtestTyping.rank(em.eventClass) > ProtestTyping.rank(target.eventClass()) && ProtestTyping.rank(target.eventClass()) > 0)
            target.type(em.eventClass, true);
        target.actors().addAll(em.actors);
        target.targets().addAll(em.targets);
        target.directedBy().addAll(em.directedBy);
        target.places().addAll(em.places);
        target.origins().addAll(em.origins);
        target.placeTexts().addAll(em.placeTexts);
        // unresolved words only while no known name stands for them
        target.actorTexts().addAll(em.actorTexts);
        if (!target.actors().isEmpty()) target.actorTexts().clear();
        target.targetTexts().addAll(em.targetTexts);
        if (!target.targets().isEmpty()) target.targetTexts().clear();
        em.placeWords.forEach(target.placeWordsMap()::putIfAbsent);
        if (!target.time().resolved() && (em.time.resolved() || target.time().text() == null)) target.time(em.time);
        target.addEvidence(r.evidence(em.start, em.end));
        return target;
    }

    /**
     * "هاجمت خلايا داعش مواقع …، واندلعت على إثر ذلك اشتباكات": the attack and the clashes it set off are
     * one event, an armed clash, when the sentence tells them together.
     */
    private EventClaim setOff(Reading r, EventMention em, Report report) {
        ClaimKey anchor = em.time.anchor();
        if (!"after".equals(em.time.relation()) || anchor == null || anchor.ordinal() < r.sentenceFirstClaim) return null;
        if (!(r.claims.get(anchor) instanceof EventClaim c)) return null;
        if (c.report() == report && !c.eventClass().equals(em.eventClass)
                && (EventTypes.ATTACK.equals(c.eventClass()) || EventTypes.ATTACK.equals(em.eventClass))
                && types.compatible(c.eventClass(), em.eventClass)) {
            if (EventTypes.ATTACK.equals(c.eventClass())) c.type(em.eventClass, em.specific);
            em.time = c.time();
            return c;
        }
        return null;
    }

    // "تبعه إطلاق نار كثيف", "أعقبه إطلاق رصاص": gunfire told as following the incident just told; the cue
    // opens the mention's clause or stands right before it
    private static final java.util.regex.Pattern FOLLOWED_BY = java.util.regex.Pattern.compile(
            "(?:^|[\\s،])(?:و|ثم\\s+)?(?:تبعه|تبعها|تبعته|تلاه|تلاها|تلته|أعقبه|أعقبها|أعقبته|رافقه|رافقها)\\s+$");

    /**
     * "انفجرت عبوة ناسفة بسيارة عسكرية …، تبعه إطلاق نار كثيف في المنطقة": the gunfire that followed an
     * explosion or an attack of the same sentence is part of that incident, not a second attack.
     */
    private EventClaim followedBy(Reading r, EventMention em, Report report) {
        if (!EventTypes.ATTACK.equals(em.eventClass)) return null;
        int headEnd = r.text.indexOf(' ', Math.min(r.text.length(), em.start + 1));
        String around = r.text.substring(Math.max(0, em.start - 20), headEnd < 0 || headEnd > em.end ? em.end : headEnd + 1);
        if (!FOLLOWED_BY.matcher(around).find()) return null;
        EventClaim last = r.claims.lastEvent(report);
        if (last == null || last.key().ordinal() < r.sentenceFirstClaim || ProtestTyping.rank(last.eventClass()) > 0
                || last.modality() != em.modality) return null;
        em.eventClass = last.eventClass();
        em.time = last.time();
        // "في المنطقة" is the place of the incident already told
        em.placeTexts.clear();
        return last;
    }

    /**
     * "اعتقلت دورية شابين …، واقتيدا إلى جهة مجهولة": an act that continues the event just told (isnad:continues)
     * is more of it, whoever tells it, unless the text names another time.
     */
    private EventClaim goesOn(Reading r, EventMention em, int item) {
        if (em.continues == null) return null;
        EventClaim last = r.claims.lastEvent(null);
        if (last != null && SeriesItems.differ(r, last, em, item)) return null;
        // after an arrest, or after the abduction it tells again ("اختطف مسلحون شاباً … واقتادوا الشاب إلى جهة مجهولة")
        if (last == null || !(last.eventClass().equals(em.continues) || last.eventClass().equals(em.eventClass))
                || last.modality() != em.modality) return null;
        if (em.time.text() != null && !last.time().compatible(em.time)) return null;
        em.time = last.time();
        return last;
    }

    /**
     * "تجمّع عشرات من الأهالي أمام مقر أمني …، فأطلق عناصر المقر الرصاص الحي لتفريقهم": forces that fire or
     * charge to disperse a protest just told are that protest's intervention, not an attack of their own.
     */
    private EventClaim dispersal(Reading r, EventMention em) {
        if (!em.intervention || ProtestTyping.rank(em.eventClass) > 0) return null;
        EventClaim last = r.claims.lastEvent(null);
        if (last == null || ProtestTyping.rank(last.eventClass()) == 0 || !last.time().compatible(em.time)) return null;
        if (ProtestTyping.rank(last.eventClass()) < 2) last.type(ProtestTyping.WITH_INTERVENTION, true);
        em.eventClass = last.eventClass();
        em.time = last.time();
        em.actors.clear();
        em.targets.clear();
        return last;
    }

    /** The latest claim of the same report, modality and time that tells the same event, or null. */
    private EventClaim sameEventOfReport(Reading r, EventMention em, Report report, int item) {
        for (EventClaim c : r.claims.eventsBefore(r.claims.size())) {
            if (c.report() != report || c.modality() != em.modality || SeriesItems.differ(r, c, em, item)) continue;
            // "وفي حادثة منفصلة، قُتل رجل …" after a lead that counts incidents is one of them, not the lead
            if (RoundUpLeads.isEarlierLead(r, c) || RoundUpLeads.isEarlierItem(r, c, em)) continue;
            // a new item of a round-up ("وفي السياق"، "وفي بلدة تل تمر، …") tells a new event unless it refers back
            if (r.topicShift && !em.anaphoric && c.key().ordinal() < r.sentenceFirstClaim) continue;
            // "وعقب الانفجار، نفّذت الميليشيا حملة دهم …، واعتقلت …": two clauses after the same event
            if (em.time.relation() != null && !during(em, c) && !(em.time.relation().equals(c.time().relation())
                    && Objects.equals(em.time.anchor(), c.time().anchor()))) continue;
            // a count over a period is not one of its acts; but an undated act told after what went on since a
            // recent day ("منذ يوم أمس … حملة اعتقالات. وأكد أن الحملة أسفرت عن اعتقال …") may tell more of it
            boolean periodApart = TimeReader.isPeriod(c.time()) != TimeReader.isPeriod(em.time)
                    && !(ClaimOpener.recentPeriod(r, c.time()) && !em.time.resolved());
            if (!c.time().compatible(em.time) || periodApart) continue;
            // "وشهدت ساحة السير وسط السويداء وقفة" after a protest told elsewhere in the city: another gathering
            if (spots.elsewhere(r, c, em)) continue;
            if (oneOfTheOperations(r, c, em)) continue;
            if (sameProtestGoesOn(r, c, em)) {
                // "قطع المحتجون الطريق بالحجارة، وأحرقوا إطارات السيارات": one protest, as violent as its worst act
                // (add() raises the protest's type)
                if (ProtestTyping.LOOTING.equals(em.eventClass)) em.eventClass = ProtestTyping.VIOLENT_DEMONSTRATION;
                return c;
            }
            if (em.anaphoric) {
                if (c.specificType() && types.placesCompatible(c.places(), em.places)) return c;
            } else if (sameOrToldLess(c, em) && types.placesCompatible(c.places(), em.places)
                    && !placeOnlyInWords(c, em, types) && EventTypes.actorsCompatible(c.actors(), em.actors) && !EventTypes.rolesReversed(c, em)
                    && (!c.places().isEmpty() || !em.places.isEmpty() || c.time().overlaps(em.time))) {
                return c;
            }
        }
        return null;
    }

    /**
     * "قصف مدفعي طال مدينة عربين …" then, from the same speaker, "سقوط قذيفة على الأحياء بين بلدة حزة ومدينة
     * كفربطنا": a place named only in words no list resolves is another place than the one the claim resolved.
     */
    private static boolean placeOnlyInWords(EventClaim c, EventMention em, EventTypes types) {
        // "شنّ الطيران غارات على ريف درعا، طالت الأولى بلدة اليادودة": an area told first is narrowed down, not left
        return em.places.isEmpty() && !em.placeTexts.isEmpty() && !c.places().isEmpty() && !types.namesOnlyAreas(c.places())
                && c.placeTexts().stream().noneMatch(em.placeTexts::contains);
    }

    /**
     * "ورفع المحتجون، في هتافات أطلقت خلال المسيرة، شعارات …": a clause timed as during the event told before
     * ("خلال المسيرة", "أثناء الاشتباكات") tells more of that event, if it is of its kind; "في اليوم ذاته" does not.
     */
    private static boolean during(EventMention em, EventClaim c) {
        // "وفي اليوم ذاته، شهدت المدينة حادثتي اعتقال": the same day is not the same event
        return "sameTimeAs".equals(em.time.relation()) && c.key().equals(em.time.anchor()) && em.time.text() != null
                && DURING.matcher(em.time.text()).lookingAt();
    }

    private static final java.util.regex.Pattern DURING = java.util.regex.Pattern.compile("و?(?:في\\s+)?(?:خلال|أثناء|اثناء)");

    /**
     * The same type, or the protest told again as less than it went ("وخرج الأهالي للتظاهر" after the gunfire
     * that met the protest): a protest is one event, as far as it went.
     */
    private static boolean sameOrToldLess(EventClaim c, EventMention em) {
        if (c.eventClass().equals(em.eventClass)) return true;
        int told = ProtestTyping.rank(c.eventClass()), now = ProtestTyping.rank(em.eventClass);
        return now > 0 && told > now;
    }

    /**
     * A protest of the same sentence goes on in a clause whose subject is elided (no one else named; the
     * elided subject is carried over), even at a place it names ("قطعوا الطريق بين الحسكة والهول، وأحرقوا إطارات قرب قرية الصلالية").
     */
    private boolean sameProtestGoesOn(Reading r, EventClaim c, EventMention em) {
        // "رشق الشبان المخفر بالحجارة، وأضرموا النار في سيارة": protesters who burn or smash riot
        boolean goesOn = ProtestTyping.rank(em.eventClass) > 0 || ProtestTyping.LOOTING.equals(em.eventClass);
        if (!goesOn || ProtestTyping.rank(c.eventClass()) == 0) return false;
        if (NewProtestElsewhere.told(r, c, em, types)) return false;
        // in a later sentence only at the same place: a round-up tells protests in several towns
        boolean toldOn = c.key().ordinal() >= r.sentenceFirstClaim || theProtesters(r, em)
                && types.placesCompatible(c.places(), em.places) && (em.places.isEmpty() || !c.places().isEmpty());
        return toldOn && c.actors().containsAll(em.actors) && em.actorTexts.isEmpty();
    }

    /** "المحتجون", "المتظاهرين", "المعتصمون": the crowd told of before, named by its definite noun. */
    private static final java.util.Set<String> THE_PROTESTERS = java.util.Set.copyOf(ArabicAnalysis.terms(
            "المحتجون المحتجين المتظاهرون المتظاهرين المعتصمون المعتصمين"));

    /**
     * "خرج العشرات في احتجاجات … . وأحرق المحتجون إطارات قرب …": in a later sentence, the protesters named by
     * their definite noun go on with the protest told before; burning tyres makes it violent, not a second event.
     */
    static boolean theProtesters(Reading r, EventMention em) {
        for (String t : ArabicAnalysis.terms(r.text.substring(em.start, Math.min(r.text.length(), em.end)))) {
            String bare = t.startsWith("و") || t.startsWith("ف") ? t.substring(1) : t;
            if (THE_PROTESTERS.contains(bare)) return true;
        }
        return false;
    }

    // "وطال قصف مماثل قرية …", "غارات مماثلة": an act called similar to one told is another act
    private static final java.util.regex.Pattern SIMILAR = java.util.regex.Pattern.compile("(?:^|\\s)مماثل(?:ة|ين|ان|تين)?(?:\\s|[،.]|$)");

    // only at a place of its own: "بالتزامن مع اشتباكات مماثلة" with no place is the same clashes told twice
    private static boolean calledSimilar(Reading r, EventMention em) {
        if (em.placesCarried || em.places.isEmpty() && em.placeTexts.isEmpty()) return false;
        int end = Math.min(r.text.length(), em.end), at = r.text.indexOf("مماثل", em.start);
        // most mentions have no such word: the regex only where it stands
        return at >= 0 && at + "مماثل".length() <= end && SIMILAR.matcher(r.text.substring(em.start, end)).find();
    }

    /**
     * "وقال مصدر محلي إن الاشتباكات أسفرت عن مقتل مقاتل": a definite event noun that names no new place
     * or time retells the event already told, whoever tells it; its words are more evidence of that claim. A
     * time of its own is no new time when it is the day of that event (sameTold).
     */
    private EventClaim retold(Reading r, EventMention em, Report report, int item) {
        if (!em.definite || !em.placeTexts.isEmpty()) return null;
        for (EventClaim c : r.claims.eventsBefore(r.claims.size())) {
            if (c.modality() != em.modality || SeriesItems.differ(r, c, em, item) || RoundUpLeads.isEarlierLead(r, c)) continue;
            if (em.time.text() != null && !sameTold(c, em)) continue;
            // a named speaker's own account ("وتبنى تنظيم داعش الهجوم") is a claim of its own, linked
            if (report.isNamedSpeaker() && c.report() != report && !detailsOfTold(r, c, em)) continue;
            if (types.compatible(c.eventClass(), em.eventClass) && c.places().containsAll(em.places)) return c;
        }
        return null;
    }

    // the event noun as the one a relative clause or a result verb tells more of: "الغارة التي وقعت …",
    // "الغارة أسفرت عن …", "الأضرار التي خلفتها الغارة"
    private static final java.util.regex.Pattern MORE_OF_IT = java.util.regex.Pattern.compile(
            "^\\S+\\s+(?:\\S+\\s+)?(?:التي|الذي|اللتين|اللذين|أسفر|أسفرت|أدى|أدت|خلف|خلفت|خلّف|خلّفت)(?:\\s|$)|(?:التي|الذي)\\s+(?:خلفها|خلّفها|خلفه|خلّفه)\\s+$");

    /**
     * "وقالت مصادر محلية إن الغارة التي وقعت اليوم أسفرت عن إصابة أربعة أشخاص": a source that tells the toll
     * or the course of the event told before, by its definite noun, names no act of its own: the same type,
     * no place, target or doer that event had not. Its own act ("وتبنى التنظيم الهجوم") stays its claim.
     */
    private static boolean detailsOfTold(Reading r, EventClaim c, EventMention em) {
        if (!c.eventClass().equals(em.eventClass) || !em.places.isEmpty() || !c.targets().containsAll(em.targets)
                || !EventTypes.actorsCompatible(c.actors(), em.actors) || EventTypes.rolesReversed(c, em)) return false;
        String after = r.text.substring(em.start, Math.min(r.text.length(), em.end + 30));
        String before = r.text.substring(Math.max(0, em.start - 30), em.start);
        return MORE_OF_IT.matcher(after).find() || MORE_OF_IT.matcher(before).find();
    }

    /**
     * "وقالت الشبكة إن الغارة التي وقعت اليوم، الخميس، أسفرت عن …": a definite event noun dated to the time of
     * an event told before is that event again; a count over a period ("عدد الهجمات … منذ مطلع آب") is not.
     */
    private static boolean sameTold(EventClaim c, EventMention em) {
        return em.time.resolved() && c.time().resolved() && em.time.relation() == null && c.time().overlaps(em.time)
                && !TimeReader.isPeriod(em.time) && !TimeReader.isPeriod(c.time());
    }

    /**
     * "قُتل شخصان بانفجار عبوة في ريف حلب الشرقي. وأفادت مراسلتنا بأن الانفجار وقع في قرية … بريف حلب": a
     * definite event noun in a later sentence of the same report retells its latest event of that kind, even
     * where it names the place more closely; a second town ("وطال القصف بلدة …") is another event.
     */
    private EventClaim retoldWithPlace(Reading r, EventMention em, Report report, int item) {
        if (!em.definite || r.topicShift || em.placeTexts.isEmpty() && em.places.isEmpty()) return null;
        EventClaim c = r.claims.lastEvent(report);
        if (c == null || c.key().ordinal() >= r.sentenceFirstClaim || !c.eventClass().equals(em.eventClass)
                || c.modality() != em.modality || SeriesItems.differ(r, c, em, item) || RoundUpLeads.isEarlierLead(r, c)) return null;
        if (em.time.text() != null && !c.time().compatible(em.time)) return null;
        return types.placesCompatible(c.places(), em.places) || types.narrowsDown(c.places(), em.places) ? c : null;
    }

    private static final java.util.regex.Pattern OPERATIONS = java.util.regex.Pattern.compile("(?<!\\p{L})[وبل]?عمليات\\s+ال");
    private static final java.util.regex.Pattern AN_OPERATION = java.util.regex.Pattern.compile("(?<!\\p{L})[وفب]?عملية\\s+(?!ال)\\p{L}");

    /**
     * "وقال المراسل إن عمليات الخطف وقعت بهدف … . وبحسب المراسل، فإن عملية خطفٍ شهدتها المحافظة …": an
     * operation told as one ("عملية خطف") after the operations told together ("عمليات الخطف") is one of them,
     * another event, even in the same voice.
     */
    static boolean oneOfTheOperations(Reading r, EventClaim c, EventMention em) {
        if (c.evidence().isEmpty() || c.key().ordinal() >= r.sentenceFirstClaim) return false;
        String told = ArabicAnalysis.withoutMarks(c.evidence().get(0).text());
        // the operations told together first: most evidence has no "عمليات", and the sentence is then not cut
        if (!told.contains("عمليات") || !OPERATIONS.matcher(told).find()) return false;
        int from = Math.max(r.text.lastIndexOf('\n', em.start), r.text.lastIndexOf('.', em.start)) + 1;
        String now = ArabicAnalysis.withoutMarks(r.text.substring(from, Math.min(r.text.length(), em.end)));
        return !OPERATIONS.matcher(now).find() && AN_OPERATION.matcher(now).find();
    }
}
