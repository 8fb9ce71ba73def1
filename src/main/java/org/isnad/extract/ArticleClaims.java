package org.isnad.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The claims of one article in the order they were made, looked up by key; and the headline's reading,
 * which never makes a claim of its own but may lend one evidence.
 */
final class ArticleClaims {

    /** The headline's event, and the headline itself as evidence. */
    record Headline(EventMention event, Evidence evidence) {}

    /**
     * How many of the latest event claims a later sentence may refer back to, retell or link to. News
     * refers back within a few paragraphs; a bound keeps reading linear in the length of the article (a
     * page that strings hundreds of items together would otherwise compare each with all before it).
     */
    static final int DISCOURSE_WINDOW = 40;

    private final List<Claim> claims = new ArrayList<>();
    private final List<EventClaim> events = new ArrayList<>();
    // withdrawn claims keep their place in the order (keys are ordinals) but are no longer told
    private final java.util.Set<ClaimKey> withdrawn = new java.util.HashSet<>();
    private Headline headline;
    private final EvidenceWords words;
    private final java.time.LocalDate published;

    ArticleClaims(EvidenceWords words, java.time.LocalDate published) {
        this.words = words;
        this.published = published;
    }

    /** The article's publication day, or null when unknown. */
    java.time.LocalDate published() { return published; }

    /** The words and mentions of evidence spans, analysed once an article for all the passes. */
    EvidenceWords words() { return words; }

    /** The key the next claim added will have; make a claim with it just before adding it. */
    ClaimKey nextKey() { return new ClaimKey(claims.size()); }

    void add(Claim c) {
        if (c.key().ordinal() != claims.size()) throw new IllegalStateException("claim " + c.key() + " added out of order");
        claims.add(c);
        if (c instanceof EventClaim e) events.add(e);
    }

    Claim get(ClaimKey k) { return claims.get(k.ordinal()); }

    EventClaim event(ClaimKey k) { return (EventClaim) get(k); }

    int size() { return claims.size(); }

    /** Every claim not withdrawn, in the order made. */
    List<Claim> all() {
        if (withdrawn.isEmpty()) return Collections.unmodifiableList(claims);
        return claims.stream().filter(c -> !withdrawn.contains(c.key())).toList();
    }

    /** Whether a casualty claim tells the toll of {@code e}. */
    boolean hasToll(EventClaim e) {
        return all().stream().anyMatch(c -> c instanceof CasualtyClaim t && e.key().equals(t.event()));
    }

    /**
     * Takes back a claim once every sentence is read (a round-up's lead, told again item by item): it is no
     * longer among the claims or events; no claim left may refer to it.
     */
    void withdraw(ClaimKey k) {
        if (withdrawn.add(k) && get(k) instanceof EventClaim e) events.remove(e);
    }

    /**
     * Takes back an event claim that told again the event {@code kept} tells, in the same voice ("… انفجار في
     * سيارة عسكرية … وعلم المرصد أن الانفجار ناجم عن قصف طائرة مسيرة"): its toll, a statement about it, a link to
     * it or a date told against it ("وبعد ساعة من القصف …") now refers to {@code kept}; no claim is left pointing
     * at the one taken back.
     */
    /**
     * One act told twice: {@code gone}'s evidence and speakers go to {@code kept} (its further reporters,
     * isnad:alsoReportedBy), then {@code gone} is withdrawn into it.
     */
    void foldInto(EventClaim gone, EventClaim kept) {
        for (Evidence e : gone.evidence()) kept.addEvidence(e);
        // "نفذت قوى الأمن حملة أمنية في حي المهاجرين بمدينة حمص. وأفادت مصادر بأن الحملة أسفرت عن اعتقال …":
        // the kept telling names no place, the folded one does: one act, where the folded one says
        if (kept.places().isEmpty() && kept.placeTexts().isEmpty()) {
            kept.places().addAll(gone.places());
            kept.placeTexts().addAll(gone.placeTexts());
            gone.places().forEach(pl -> { String w = gone.placeWords(pl); if (w != null) kept.placeWordsMap().putIfAbsent(pl, w); });
        }
        kept.alsoToldBy(gone.report());   // (Claim#alsoToldBy skips the kept claim's own voice)
        for (Report r : gone.alsoToldBy()) kept.alsoToldBy(r);
        withdrawInto(gone, kept);
    }

    void withdrawInto(EventClaim gone, EventClaim kept) {
        ClaimKey g = gone.key();
        for (Claim c : all()) {
            if (c == gone) continue;
            if (c instanceof CasualtyClaim toll && g.equals(toll.event())) toll.event(kept.key());
            if (c instanceof StatementClaim s && s.about().filter(g::equals).isPresent()) s.about(kept.key());
            if (c instanceof EventClaim e) {
                if (e.sameEventAs().remove(g) && e != kept) sameEvent(kept, e);
                TimeSpan t = e.time();
                if (!g.equals(t.anchor())) continue;
                e.time(new TimeSpan(t.text(), t.start(), t.end(), t.precision(),
                        e == kept ? null : t.relation(), e == kept ? null : kept.key()));
            }
        }
        withdraw(g);
    }

    /**
     * Gives an event its specific type, and the same to the other reports of it (linked sameEventAs) that
     * were read as {@code alsoWhen} says: "اعتقل مسلحون مجهولون …" told by two sources is one abduction.
     */
    void retypeWithItsReports(EventClaim c, String type, java.util.function.Predicate<EventClaim> alsoWhen) {
        c.type(type, true);
        for (ClaimKey same : c.sameEventAs()) {
            EventClaim o = event(same);
            if (alsoWhen.test(o)) o.type(type, true);
        }
    }

    /** The event claims, in the order made. */
    List<EventClaim> events() { return new ArrayList<>(events); }

    /**
     * The event claims made before {@code end} (an ordinal), latest first: at most the
     * {@link #DISCOURSE_WINDOW} latest of them.
     */
    List<EventClaim> eventsBefore(int end) {
        int last = lastEventIndexBefore(end);
        List<EventClaim> out = new ArrayList<>(Math.min(last + 1, DISCOURSE_WINDOW));
        for (int i = last; i >= 0 && out.size() < DISCOURSE_WINDOW; i--) out.add(events.get(i));
        return out;
    }

    /** The index in {@code events} of the latest event claim whose ordinal is below {@code end}, or -1. */
    private int lastEventIndexBefore(int end) {
        int lo = 0, hi = events.size() - 1, found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (events.get(mid).key().ordinal() < end) { found = mid; lo = mid + 1; } else hi = mid - 1;
        }
        return found;
    }

    /** The latest event claim (of that report, when not null) that has happened, or null. */
    EventClaim lastEvent(Report of) {
        for (EventClaim c : eventsBefore(claims.size())) {
            // a threat has not happened: no toll, time or "after that" hangs on it
            if ((of == null || c.report() == of) && !c.planned()) return c;
        }
        return null;
    }

    /** The latest event claim that has happened and is dated to the day, or null. */
    EventClaim lastDayDatedEvent() {
        for (EventClaim c : eventsBefore(claims.size())) {
            if (!c.planned() && c.time().resolved() && "Day".equals(c.time().precision())) return c;
        }
        return null;
    }

    /** Links two claims of one event, each to the other. */
    static void sameEvent(EventClaim a, EventClaim b) {
        a.sameEventAs().add(b.key());
        b.sameEventAs().add(a.key());
    }

    Headline headline() { return headline; }

    void headline(Headline h) { this.headline = h; }

    /** A headline's act and the headline's words. */
    record TitleAct(EventMention event, String words) {}

    // the act of a headline given apart from the text (a header's "title:"): lends places, never evidence
    private TitleAct givenTitle;

    /** The headline's act: the one read in the text, else the one of a headline given apart from it, or null. */
    TitleAct titleAct() { return headline != null ? new TitleAct(headline.event(), headline.evidence().text()) : givenTitle; }

    void givenTitle(TitleAct t) { this.givenTitle = t; }
}
