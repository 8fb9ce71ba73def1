package org.isnad.extract;

import java.time.LocalDate;
import java.util.List;
import org.isnad.extract.SentenceSplitter.Sentence;
import org.isnad.ingest.Article;

/**
 * Rule-based claim extraction from Arabic news prose, driven by the lexicons under {@code ontology/}.
 *
 * <p>Sentence by sentence ({@link SentenceReader}): find who speaks (a verb of saying and its subject, "في
 * بيان", "حسب مصادرنا", a statement carried over by "وأضاف البيان", else the outlet itself); cut the
 * sentence into clauses at "كما"/"فيما"; in each clause find an event (a trigger word made real by a
 * past-tense action verb, a date or a place) with its type, roles, place, date and modality; then either
 * add it to a claim already told by the same speaker (same type, compatible place and time, or "the
 * strikes" referring back) or open a new claim. A named speaker's sentence that only comments on an event
 * ("the strikes were necessary") becomes a statement claim. Then the passes run over the article's claims,
 * in order: claims of different reports that fit one event are linked, never merged.
 */
public final class ArabicClaimExtractor implements Extractor {

    private final Lexicon lexicon;
    private final SentenceReader sentences;
    private final List<ClaimPass> passes;
    private final PlacelessRetelling retoldByOthers;
    /** The last day a date told without its year may be read as (DayFixedByText), read once from the data. */
    private final LocalDate readsUntil;

    public ArabicClaimExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.sentences = new SentenceReader(lexicon);
        EventTypes types = new EventTypes(lexicon);
        this.passes = List.of(
                new DestinationPlaces(),
                new HeadlineEvidence(types),
                new HeadlinePlace(types),
                new CampaignWithoutArrests(),
                new BombardmentByAircraft(),
                new ExplosionFromTheAir(),
                new AirAndGroundFire(lexicon),
                new ArmedTargetsClash(lexicon),
                new FoughtOffAttack(),
                new OperationRetold(),
                new UnknownCaptorsAbduct(),
                new InterceptedStrike(),
                new DevelopmentBesideAct(lexicon),
                new SameEventLinks(types),
                new ConfidenceScore(),
                new PlacePruning(lexicon),
                new RoadEnds(lexicon),
                new PlaceListReference(lexicon),
                new SplitByPlace(lexicon),
                new CaptureSumsUpAttack(),
                new ClashEndedInCapture(lexicon),
                new UpToReport(),
                new AnnouncedArrest(),
                new PlacelessRetelling(types, false));
        this.retoldByOthers = new PlacelessRetelling(types, true);
        this.readsUntil = DayFixedByText.lastReadable(lexicon);
    }

    @Override
    public List<Claim> extract(Article article) {
        // "تاريخ الحدث 2012/07/13", "اليوم، الثلاثاء 19 من أيار": an undated page whose text fixes the day of the
        // report is read as of that day (the article itself keeps no publication date)
        LocalDate fixed = DayFixedByText.of(article, lexicon, readsUntil);
        if (fixed != null) article = article.readAsOf(fixed);
        Reading r = new Reading(article, lexicon);
        List<Sentence> split = SentenceSplitter.split(article);
        for (int i = 0; i < split.size(); i++) {
            Sentence s = split.get(i);
            // the sentence after, for a voice carried through one with no speaker (VoiceCarriedThrough)
            r.nextSentenceStart = i + 1 < split.size() ? split.get(i + 1).start() : -1;
            r.nextSentenceEnd = i + 1 < split.size() ? split.get(i + 1).end() : -1;
            // each sentence's words are analysed once, for the caption check and the reading
            List<Token> tokens = ArabicAnalysis.tokens(article.text(), s.start(), s.end());
            r.claims.words().sentence(article.text().substring(s.start(), s.end()), s.start(), tokens);
            if (!PhotoCaptions.is(article.text(), s, tokens, lexicon)) sentences.read(r, s, tokens);
        }
        r.claims.givenTitle(GivenTitle.act(article, sentences, lexicon));
        RoundUpLeads.withdraw(r);
        AreaLeads.withdraw(r, lexicon);
        LeadDatedLater.date(r);
        for (ClaimPass p : passes) p.apply(r.claims);
        LeadToldBySource.revoice(r, lexicon);
        DatelineSource.revoice(r, lexicon);
        retoldByOthers.apply(r.claims);
        return List.copyOf(r.claims.all());
    }
}
