package org.isnad.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.ingest.Article;
import org.isnad.vocab.Vocab;

/**
 * The reports of one article, and who spoke last, for the sentences that carry a speaker over ("وأضاف",
 * "وأضاف البيان", "وأفاد المرصد"). Two cues of one speaker and kind name one report.
 */
final class Reports {

    private final Lexicon lexicon;
    private final Article article;
    private final List<Report> reports = new ArrayList<>();
    private final List<Report> recent = new ArrayList<>();   // reports in the order they last spoke
    private final Map<String, String> speakerLabels = new HashMap<>();   // speakers the reference data lacks
    private final Map<String, String> speakerWords = new HashMap<>();    // … in the text's own words
    private Report lastStatement;       // for "وأضاف البيان"
    private Report lastSpeaker;         // for a bare "وأضاف"
    private Report lastSentence;        // the report of the sentence before, the outlet's own too: "أما الثانية"
    private final List<Map.Entry<List<String>, Report>> toldBy = new ArrayList<>();  // sentences others told
    // the words of the outlet's Arabic name and of each cue, without the article: analysed once an article,
    // not at every word a reader asks about ("وأشارت الشبكة", "الشبكة" against "شبكة “السويداء 24”")
    private java.util.Set<String> outletNameWords;
    private final Map<String, java.util.Set<String>> cueWords = new HashMap<>();

    Reports(Lexicon lexicon, Article article) {
        this.lexicon = lexicon;
        this.article = article;
    }

    Report lastStatement() { return lastStatement; }

    Report lastSpeaker() { return lastSpeaker; }

    /** Who told the sentence before, or null before the first. */
    Report lastSentence() { return lastSentence; }

    /**
     * The source that told the sentence just read, when it is also the last to have spoken: an account a
     * sentence with no speaker of its own may go on with (VoiceCarriedThrough, VoiceCarriedOn); else null.
     */
    Report accountGoingOn() {
        return lastSentence == null || lastSentence.kind() == ReportKind.OUTLET_REPORTING || lastSentence != lastSpeaker ? null : lastSentence;
    }

    /** The sentence just read, its words {@code terms}, was told by {@code r}. */
    void sentenceTold(Report r, List<String> terms) {
        lastSentence = r;
        if (r.kind() != ReportKind.OUTLET_REPORTING) toldBy.add(Map.entry(terms, r));
    }

    /**
     * "وذكر “محمود” أن …" after "وقال الناطق باسم الدفاع المدني، سراج محمود، إن …": a bare name that a sentence
     * told by someone else than the outlet holds refers back to that speaker; the latest such, or null.
     */
    Report namedIn(List<String> name) {
        for (int i = toldBy.size() - 1; i >= 0; i--) {
            if (java.util.Collections.indexOfSubList(toldBy.get(i).getKey(), name) >= 0) return toldBy.get(i).getValue();
        }
        return null;
    }

    /**
     * The IRI of a speaker the reference data does not know, minted from the terms of its words: the same words
     * name the same speaker in every article.
     */
    static String speakerIri(List<String> terms) {
        return org.isnad.vocab.Vocab.ID + "speaker/" + org.isnad.vocab.Iris.hash(String.join(" ", terms), 12);
    }

    /** A speaker the reference data does not know: its English label and its words in the text. */
    void nameSpeaker(String iri, String label, String words) {
        speakerLabels.put(iri, label);
        speakerWords.put(iri, words);
    }

    /** The outlet's own voice: what no one else is said to say. */
    Report outlet() { return report(ReportKind.OUTLET_REPORTING, null, null); }

    // "أفاد مراسلنا", "بحسب ما رصده مراسل عنب بلدي": the outlet's own people saw or heard it (LeadToldBySource)
    private boolean ownWitness;

    /** Whether the outlet's own correspondent or reporter was cited anywhere in the article so far. */
    boolean ownWitness() { return ownWitness; }

    void sawOwnWitness() { ownWitness = true; }

    Report report(ReportKind kind, String speaker, String cue) {
        if (kind == ReportKind.OUTLET_REPORTING && cue != null) ownWitness = true;
        String outletIri = lexicon.outletIri(article.outlet());
        String slug;
        String label;
        String relayedBy = null;
        switch (kind) {
            case ANONYMOUS_SOURCES -> {
                slug = slugOf(outletIri) + "-sources";
                label = lexicon.outletLabel(article.outlet()) + "'s sources";
                relayedBy = outletIri;
            }
            case OUTLET_REPORTING -> {
                slug = slugOf(outletIri) + "-own-reporting";
                label = lexicon.outletLabel(article.outlet()) + " (own reporting)";
                speaker = outletIri;
            }
            case OFFICIAL_STATEMENT -> {
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

    /** The one report of the article for this chain: the same speaker citing the same source is one report. */
    Report chain(Report outer, Report inner) {
        Report r = outer.citing(inner);
        for (Report x : reports) if (x.slug().equals(r.slug())) return x;
        reports.add(r);
        return r;
    }

    /** The actor category of news agencies the reference data lists as actors ("سمارت"), not as outlets. */
    private static final String MEDIA = Vocab.ISNAD + "Media";

    /**
     * The report a noun refers back to ("المرصد", "المصادر", "الشبكة"): the latest whose cue words hold
     * that noun, else the latest speaker.
     */
    Report referredTo(String noun) {
        Report told = namedBefore(noun);
        // "وقال المراسل إن …" after "وقال مصدر في الدفاع المدني …": the outlet's own correspondent, not the
        // source before; unless another outlet's correspondent was named ("أفاد مراسل سبوتنيك"), or a news
        // agency's, which the reference data lists as a media actor ("بحسب مراسل “سمارت”" in a page that
        // carries Smart's item: "وقال المراسل إن …" is still Smart's correspondent)
        if (PhraseMatcher.withoutArticle(noun).startsWith("مراسل")) {
            Entry speaker = told == null || told.speaker() == null ? null : lexicon.entry(told.speaker());
            return speaker != null && (speaker.is("Outlet") || MEDIA.equals(speaker.prop("actorCategory"))) ? told : outlet();
        }
        if (told != null) return told;
        // "وأشارت الشبكة" in a network's own report, when no other network was named: the outlet itself
        return outletNameHolds(noun) ? outlet() : lastSpeaker;
    }

    /** The latest report whose cue words hold that noun ("شبكة “السويداء 24”" for "الشبكة"), or null. */
    Report namedBefore(String noun) {
        String stem = PhraseMatcher.withoutArticle(noun);
        for (int i = recent.size() - 1; i >= 0; i--) {
            Report x = recent.get(i);
            for (Report link = x; link != null; link = link.quotes()) {
                if (link.cueText() != null && cueWords(link.cueText()).contains(stem)) return link == x ? x : link;
            }
        }
        return null;
    }

    /** The forms of a cue's words, each without its clitics and article: what {@link #namedBefore} compares. */
    private java.util.Set<String> cueWords(String cue) {
        return cueWords.computeIfAbsent(cue, c -> {
            java.util.Set<String> out = new java.util.HashSet<>();
            for (Token t : ArabicAnalysis.tokens(c)) {
                for (String f : PhraseMatcher.firstWordForms(t.term())) out.add(PhraseMatcher.withoutArticle(f));
            }
            return out;
        });
    }

    /** Does the outlet's own Arabic name hold this noun ("المرصد" in "المرصد السوري لحقوق الإنسان")? */
    boolean outletNameHolds(String noun) {
        if (outletNameWords == null) {
            Entry outlet = article.outlet() == null ? null : lexicon.outletNamed(article.outlet());
            outletNameWords = new java.util.HashSet<>();
            if (outlet != null && outlet.prop("labelAr") != null) {
                for (String w : ArabicAnalysis.terms(outlet.prop("labelAr"))) outletNameWords.add(PhraseMatcher.withoutArticle(w));
            }
        }
        return outletNameWords.contains(PhraseMatcher.withoutArticle(noun));
    }

    /** {@code r} speaks now: later sentences may carry it over. */
    void spoke(Report r) {
        lastSpeaker = r;
        recent.remove(r);
        recent.add(r);
        if (r.kind() == ReportKind.OFFICIAL_STATEMENT) lastStatement = r;
    }

    private static String slugOf(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }
}
