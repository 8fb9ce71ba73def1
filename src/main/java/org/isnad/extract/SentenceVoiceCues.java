package org.isnad.extract;

import java.util.List;

/**
 * The words around a sentence's verbs of saying that decide whose voice it is in, before any speaker is read:
 * the outlet's background ("ويذكر أن"), an accusation told as what came before ("بعد أن اتهمهم"), a verb that
 * speaks only for a later clause of its own, and the openings that carry the voice before on ("كما", "أما
 * الحادثة الثانية"). Read by {@link AttributionReader}.
 */
final class SentenceVoiceCues {

    private SentenceVoiceCues() {}

    /** Where a background cue that opens the sentence ends ("ويذكر أن", "وتجدر الإشارة إلى أن"), else 0. */
    static int backgroundCueEnd(List<Mention> ms) {
        for (Mention m : ms) {
            if (m.firstToken() > 1) break;
            if (m.is("BackgroundCue")) return m.endToken();
        }
        return 0;
    }

    private static final List<String> AFTER_THAT = ArabicAnalysis.terms("بعد أن");

    private static final String AFTER_WHAT = ArabicAnalysis.terms("بعدما").get(0);

    /** Does "بعد أن" or "بعدما", past the sentence's start, stand right before token {@code t}? */
    static boolean afterThat(MatchedSentence s, int t) {
        return t >= 3 && s.term(t - 2).equals(AFTER_THAT.get(0)) && s.term(t - 1).equals(AFTER_THAT.get(1))
                || t >= 2 && s.term(t - 1).equals(AFTER_WHAT);
    }

    private static final String AMMA = ArabicAnalysis.terms("أما").get(0);

    private static final String ALSO = ArabicAnalysis.terms("كما").get(0);

    /**
     * "كما قُتل …", "كما اعتقلت …": a sentence that opens with "also" and names no speaker of its own adds to
     * what the sentence before told, in that sentence's voice (a source's account goes on; so does the outlet's).
     */
    static boolean goesOnWithAlso(MatchedSentence s) {
        return !s.tokens().isEmpty() && s.term(0).equals(ALSO);
    }

    /** "أما الحادثة الثانية فوقعت …", "وأما الثاني": the sentence tells the next item of a series told before. */
    static boolean opensNextOfSeries(Lexicon lexicon, MatchedSentence s) {
        List<Token> tokens = s.tokens();
        if (tokens.isEmpty() || !PhraseMatcher.firstWordForms(s.term(0)).contains(AMMA)) return false;
        // the ordinal word alone: a longer phrase ("الحادثة الثانية", a clause boundary) may have taken it
        for (int t = 1; t <= 2 && t < tokens.size(); t++) {
            if (lexicon.matcher().match(tokens.subList(t, t + 1)).stream().anyMatch(m -> m.is("SeriesOrdinal"))) return true;
        }
        return false;
    }

    /**
     * "وجاءت الاشتباكات بعد يوم من استهداف منزل …، واتهم أهالي الحي عناصر الخلية بزرعها": a verb of saying
     * that opens a later clause of its own ("، و" + verb) after the sentence has told an event speaks for
     * its clause, not for what the outlet told before it.
     */
    static boolean laterClauseOfItsOwn(Reading r, MatchedSentence s, Mention verb) {
        int t = verb.firstToken();
        if (t == 0 || !s.term(t).startsWith("و")) return false;
        if (!Token.commaBefore(r.text, s.tokens(), t)) return false;
        boolean toldBefore = false, toldAfter = false;
        for (Mention m : s.mentions()) {
            if (m.is("Trigger") && m.firstToken() < t) toldBefore = true;
            if (m.is("Trigger") && m.firstToken() >= verb.endToken()) toldAfter = true;
        }
        // "…، وقال المرصد إن مسلحين اغتالوا …": a speaker telling an event of its own still speaks for the sentence
        return toldBefore && !toldAfter;
    }

    /**
     * The account a sentence opening with "كما" adds to: the sentence before's, when its voice has told an event;
     * else the voice of the latest event told. "استُشهد ثلاثة عشر مدنياً في حي الحميدية … . وأكدت مصادر محلية
     * أن أربعة أطفال ما يزال مصيرهم مجهولاً … . كما تعرضت أحياء الحويقة والرشدية لغارات مماثلة": the sources
     * only added a detail of the strike; the further strikes go on the outlet's account of it.
     */
    static Report accountAddedTo(Reading r) {
        Report before = r.reports.lastSentence();
        if (before == null || before.kind() == ReportKind.OUTLET_REPORTING) return before;
        if (r.claims.lastEvent(before) != null) return before;
        EventClaim latest = r.claims.lastEvent(null);
        return latest == null ? before : latest.report();
    }
}
