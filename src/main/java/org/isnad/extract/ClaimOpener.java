package org.isnad.extract;

/**
 * Opens a new claim for an event mention that tells no event already claimed: links it to another speaker's
 * claim of the same event, and dates a mention with no time of its own from the events told before it.
 */
final class ClaimOpener {

    private final EventTypes types;

    ClaimOpener(EventTypes types) {
        this.types = types;
    }

    /** A new claim for the mention; "الضربات" of another speaker's event already told is linked to it. */
    EventClaim open(Reading r, EventMention em, Report report) {
        // "وعلى إثر ذلك فرضت … حظر تجوال في المنطقة": where the operation it follows was
        OperationPlace.lend(r, em, report, types);
        // "وقال مصدر إن الشرطة فرّقت المحتجين": the protesters told of before are that protest's
        boolean protesters = em.definite && ProtestTyping.rank(em.eventClass) > 0;
        EventClaim told = em.anaphoric || protesters ? toldByAnother(r, em, report) : null;
        if (told != null) {
            if (ProtestTyping.rank(told.eventClass()) >= ProtestTyping.rank(em.eventClass)) em.eventClass = told.eventClass();
            em.specific = true;
            if (em.time.text() == null && !em.planned()) em.time = told.time().copied();
        }
        EventClaim target = new EventClaim(r.claims.nextKey(), report);
        target.type(em.eventClass, em.specific);
        if (told != null) ArticleClaims.sameEvent(target, told);
        target.modality(em.modality);
        target.timeless(em.undated || em.series);
        target.announcedDay(em.announcedDay);
        // "وكانت عبوة قد انفجرت …": background told as what had happened before keeps no date but its own
        target.background(PluperfectBackground.opens(r.text, em.start));
        // what goes on as the report is written ("وتشهد المدينة اشتباكات") keeps the report's day (WitnessedNow)
        if (em.time.text() == null && !em.planned() && !em.undated && !em.toldNow && !target.background() && !deniedUntold(r, em)) {
            // no date of its own: the speaker goes on about the same time as its last event
            // ("وأضاف المصدر أن القوات … دفعت بتعزيزات"), else the story's latest event (mostly another
            // account of it: "وذكرت الشبكة أن الشاب اختُطف على طريق …"); said so with isnad:sameTimeAs,
            // so a reader sees the date was read from the context. A threat is of the future: it stays
            // undated.
            // not for a series ("عمليات الاغتيال المتكررة"): it has no one time; and after "وفي السياق"
            // another speaker's event is a new item, not a retelling
            // "وفي سياق منفصل، قُتل شاب …": another matter is of no told day, unless a round-up's lead dated it
            boolean otherMatter = r.otherMatter && r.roundUpFrom < 0;
            EventClaim anchor = em.series || otherMatter ? null : r.claims.lastEvent(report);
            if (anchor == null && !em.series && !r.topicShift && !otherMatter) anchor = latestOfItsKind(r, em);
            // "…عن اغتيال قيادي منتصف حزيران الماضي، مشيراً إلى ضبط حزامين": background told with a vague
            // period does not time the report's acts; the latest act dated to the day does
            // ("ومنذ فجر يوم السبت قصفت قوات النظام …. ودارت اشتباكات عنيفة …": what went on since a day of the
            // last week is the report's time, and the acts told next go on in it)
            if (anchor != null && !dayOrNight(anchor.time()) && !recentPeriod(r, anchor.time()) && !toldDays(anchor.time())) {
                EventClaim dayDated = r.claims.lastDayDatedEvent();
                if (dayDated != null) anchor = dayDated;
            }
            // "شهد ريف دير الزور، اليوم، عمليتين لخلايا مسلحة. حيث قُتل شابان …": the date of a round-up's
            // lead that made no claim is its items'
            if (anchor == null && !em.series && r.roundUpTime.resolved()) em.time = r.roundUpTime.copied();
            if (anchor != null) anchor = OtherVoiceAct.anchor(types, r.claims, anchor, em, report);
            if (anchor != null && anchor.time().resolved()) {
                TimeSpan a = anchor.time();
                em.time = new TimeSpan(null, a.start(), a.end(), a.precision(), "sameTimeAs", anchor.key());
                // "ودار اشتباك مع أفراد الخلية قبل اعتقالهم": told at the time of the raid, and where it was
                // but a speaker's allegation or denial ("وزعم المصدر أن …") keeps only the places it names
                if (em.places.isEmpty() && em.placeTexts.isEmpty() && anchor.report() == report
                        && em.modality != Modality.ALLEGED && em.modality != Modality.DENIED) em.places.addAll(anchor.places());
            }
        }
        r.claims.add(target);
        return target;
    }

    /**
     * "بدأت الهيئة، خلال الساعات الماضية، حملة اعتقالات …. وفرّقت أمس احتجاجات …. وقال مسؤول أمني إن الاعتقالات
     * شملت …": a new voice telling an act of a kind the story told before speaks of that act, so it goes on at
     * that act's time, not at the time of the other act told last; else the story's latest event.
     */
    private EventClaim latestOfItsKind(Reading r, EventMention em) {
        EventClaim last = r.claims.lastEvent(null);
        if (last == null || last.eventClass().equals(em.eventClass) || ProtestTyping.rank(em.eventClass) > 0) return last;
        for (EventClaim c : r.claims.eventsBefore(r.claims.size())) {
            if (!c.planned() && c.modality() == em.modality && c.eventClass().equals(em.eventClass)
                    && c.time().resolved() && dayOrNight(c.time())) return c;
        }
        return last;
    }

    /**
     * A day, or a night or two days told together ("في ساعات متأخرة من مساء الثلاثاء وصباح الأربعاء", "ليل
     * الجمعة - السبت"): as precise as a day, so the acts told next in the story go on at that time, not at the
     * day of an earlier sentence (analysts give the clashes the statement tells next the same two days).
     */
    private static boolean dayOrNight(TimeSpan t) {
        if ("Day".equals(t.precision())) return true;
        return t.resolved() && !t.end().isAfter(t.start().plusDays(1))
                && ("Night".equals(t.precision()) || "Days".equals(t.precision()));
    }

    // a period since a day of the week before the report is news, not background
    private static final int RECENT_DAYS = 7;

    /**
     * "ويأتي الهجوم بعد أيام من مواجهات شهدتها المدينة … . وفي رد فعل على الحملة هاجم شبان …": days the act's
     * own words place it in, though no day is told (isnad:UpToReport with words); the acts told next about it go
     * on in them, not on the day of the act told before.
     */
    private static boolean toldDays(TimeSpan t) {
        return "UpToReport".equals(t.precision()) && t.text() != null && t.resolved();
    }

    static boolean recentPeriod(Reading r, TimeSpan t) {
        return TimeReader.isPeriod(t) && r.article.published() != null && !t.start().isBefore(r.article.published().minusDays(RECENT_DAYS));
    }

    /**
     * "ونفت المصادر استعادة المليشيات السيطرة على المدينة": a denial of an act the article told nowhere else
     * is dated by its own words only; the time of the sentences before is of other acts.
     */
    private boolean deniedUntold(Reading r, EventMention em) {
        if (em.modality != Modality.DENIED) return false;
        for (EventClaim c : r.claims.eventsBefore(r.claims.size())) if (types.compatible(c.eventClass(), em.eventClass)) return false;
        return true;
    }

    /** "ذكر المرصد أن الضربات استهدفت …": another speaker on an event already told, or null. */
    private EventClaim toldByAnother(Reading r, EventMention em, Report report) {
        for (EventClaim c : r.claims.eventsBefore(r.claims.size())) {
            if (c.report() != report && c.specificType()
                    && types.compatible(c.eventClass(), em.eventClass) && c.time().compatible(em.time)) return c;
        }
        return null;
    }
}
