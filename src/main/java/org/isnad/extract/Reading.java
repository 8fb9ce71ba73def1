package org.isnad.extract;

import org.isnad.ingest.Article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the readers share while they read one article: its claims so far, its reports, and what a later
 * sentence may refer back to.
 */
final class Reading {

    final Article article;
    final String text;
    final ArticleClaims claims;
    final Reports reports;
    int sentenceFirstClaim;     // ordinal of the first claim read from the current sentence
    String lastPlace;           // for "البلدة", "المدينة"
    PlaceText lastPlaceText;    // the same, when the town named is one the gazetteer lacks
    final Map<String, Object> facilities = new HashMap<>();   // "مطار" → the last airport named (FacilityReference)
    String lastAreaPlace;       // for "المنطقة": the most local place of any kind (AreaReference)
    final java.util.Set<String> homonymsElsewhere = new java.util.HashSet<>();   // see HomonymPlaces
    boolean topicShift;         // the current sentence opens with "وفي السياق", "من جهة أخرى"
    boolean otherMatter;        // … with one that opens another matter ("وفي سياق منفصل")
    boolean meanwhileSpeaker;   // the sentence is the "، فيما أعلنت …" part of one read before it: another matter
    final Map<ClaimKey, Integer> seriesItems = new HashMap<>();   // "اللغم الثاني": the item of a series a claim tells
    final java.util.Set<ClaimKey> roundUpLeads = new java.util.HashSet<>();   // "هجومين منفصلين": see RoundUpLeads
    TimeSpan roundUpTime = TimeSpan.NONE;   // the date of a lead that made no claim ("شهد الريف، اليوم، عمليتين …")
    int roundUpFrom = -1;   // the ordinal of the first claim a round-up's items may have, or -1 before any lead
    int accountDayFrom = -1;   // the claims read before the sentence that told the account's day
    TimeSpan accountDay = TimeSpan.NONE;   // a recent day told by a sentence of the account with no act of its own (LeadDatedLater)
    int nextSentenceStart = -1;  // the span of the article's next sentence, or -1 at the last
    int nextSentenceEnd = -1;
    int otherMatterFrom = -1;   // the ordinal of the first claim after the first sentence of another matter, or -1
    // by value: one span is cut into a new Evidence for each claim it supports, and analysed once
    private final Map<Evidence, List<String>> stems = new HashMap<>();

    /**
     * The article is a title given apart, read alone ({@link GivenTitle}): no body follows to refer back to
     * who its headline names.
     */
    final boolean titleAlone;

    private final Lexicon lexicon;
    private YearCues yearCues;   // read once, when an undated page first needs them
    private java.time.LocalDate present;   // likewise: asked for by every sentence of an undated page

    Reading(Article article, Lexicon lexicon) {
        this(article, lexicon, false);
    }

    Reading(Article article, Lexicon lexicon, boolean titleAlone) {
        this.titleAlone = titleAlone;
        this.article = article;
        this.text = article.text();
        this.claims = new ArticleClaims(new EvidenceWords(lexicon.matcher()), article.published());
        this.reports = new Reports(lexicon, article);
        this.lexicon = lexicon;
    }

    /**
     * No date told without its year lies after it (DayFixedByText): the reference data's day, not the clock's;
     * asked for only on an undated page.
     */
    java.time.LocalDate present() {
        if (present == null) present = DayFixedByText.lastReadable(lexicon);
        return present;
    }

    /** What the article's words say of when it was written (YearCues). */
    YearCues yearCues() {
        if (yearCues == null) yearCues = YearCues.of(article, lexicon);
        return yearCues;
    }

    /**
     * A sentence opens: with a topic shift ({@code shift}, "وفي السياق", null when none) or a place, perhaps one
     * of another matter ("وفي سياق منفصل"); the "، فيما أعلنت …" part of a sentence is another matter too.
     */
    void opens(Entry shift, boolean withPlace) {
        topicShift = shift != null || withPlace;
        otherMatter = shift != null && shift.flag("otherMatter") || meanwhileSpeaker;
        if (otherMatter && otherMatterFrom < 0) otherMatterFrom = claims.size();
        meanwhileSpeaker = false;
    }

    /** Evidence: the span of the article text, cut from the text itself. */
    Evidence evidence(int start, int end) {
        return new Evidence(start, end, text.substring(start, end));
    }

    /** The stems of an evidence's words, in order, each span analysed once however often it is compared. */
    List<String> stems(Evidence e) {
        return stems.computeIfAbsent(e, x -> {
            List<String> out = new ArrayList<>();
            for (Token t : claims.words().words(x.text())) out.add(PhraseMatcher.stem(t.term()));
            return out;
        });
    }

    /** The claim was made in a sentence before the current one. */
    boolean toldBeforeThisSentence(Claim c) {
        return c.key().ordinal() < sentenceFirstClaim;
    }
}
