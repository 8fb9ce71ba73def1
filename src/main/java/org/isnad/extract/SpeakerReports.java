package org.isnad.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The report a speaker the attribution reader found gives: a named actor or outlet (another outlet is a
 * source, the article's own speaks in its own voice), the outlet's own correspondent, or a speaker the
 * reference data does not know, minted from its words ("مصدر محلي", "شبكة السويداء 24 المحلية").
 */
final class SpeakerReports {

    private final Lexicon lexicon;
    private final SpeakerPhrase phrase;

    SpeakerReports(Lexicon lexicon, SpeakerPhrase phrase) {
        this.lexicon = lexicon;
        this.phrase = phrase;
    }

    /**
     * A named speaker's report; an outlet that is no actor speaks in its own voice, and so does the article's
     * own outlet naming itself ("رصد المرصد السوري …", "وكان المرصد قد أشار …" in the observatory's report).
     */
    Report byName(Reading r, Entry who, ReportKind kind, String cue) {
        // another outlet ("أفاد مراسل عنب بلدي" in North Press) is a source, not the article's own voice
        return lexicon.isOutletItself(r.article.outlet(), who.iri()) ? r.reports.report(ReportKind.OUTLET_REPORTING, null, cue)
                : r.reports.report(kind, who.iri(), cue);
    }

    private static final Pattern MEDIA_WORD = Pattern.compile("شبكه|منصه|موقع|قناه|وكاله|صحيفه");

    private static final Pattern UNCLOSED_BRACKET = Pattern.compile("\\s*\\([^)]*$");

    /** "مراسل تلفزيون سوريا", "مراسلنا": the outlet's own correspondent speaks in the outlet's voice. */
    boolean isOwnCorrespondent(Reading r, MatchedSentence s, Mention noun) {
        List<Token> tokens = s.tokens();
        if (PhraseMatcher.firstWordForms(tokens.get(noun.firstToken()).term()).stream()
                .noneMatch(f -> f.startsWith("مراسل"))) return false;     // "لمراسل الشبكة" too
        // "مراسل الشبكة", "مراسل المنصة": the outlet speaking of itself; not "مراسل قناة “سما” المحلية", a media
        // word without the article, which another outlet's name follows
        if (noun.endToken() < tokens.size() && PhraseMatcher.isDefinite(tokens.get(noun.endToken()).term())
                && MEDIA_WORD.matcher(PhraseMatcher.withoutArticle(tokens.get(noun.endToken()).term())).matches()) return true;
        int at = noun.endToken();
        // "مراسل موقعنا", "مراسل قناتنا": the outlet's media word with "our"
        if (at < tokens.size() && OUR_MEDIA.matcher(tokens.get(at).term()).matches()) return true;
        // "وقال مراسل وكالة شفق نيوز" in Shafaq's pages, "أفاد مراسل قناة الإخبارية": a media word without the
        // article before the name; the name after it says whose correspondent
        if (at + 1 < tokens.size() && !PhraseMatcher.isDefinite(tokens.get(at).term())
                && MEDIA_WORD.matcher(tokens.get(at).term()).matches() && !startsOutlet(s, at)) at++;
        String own = lexicon.outletIri(r.article.outlet());
        for (Mention x : s.mentions()) {
            if (x.firstToken() == at && x.entry("Outlet") != null) return x.entry("Outlet").iri().equals(own);
        }
        return namesOwnOutletShort(r, tokens, at);
    }

    private static final Pattern OUR_MEDIA = Pattern.compile("(موقع|قنات|وكالت|شبكت|منصت|صحيفت)نا");

    private static boolean startsOutlet(MatchedSentence s, int t) {
        for (Mention x : s.mentions()) if (x.firstToken() == t && x.entry("Outlet") != null) return true;
        return false;
    }

    /** Words that brand an outlet's name without naming it: "جسر برس", "شفق نيوز", "دير الزور 24". */
    private static final Pattern BRAND_WORD = Pattern.compile("برس|نيوز|ميديا|بوست|\\d+");

    /**
     * "وقال مراسل جسر في الحسكة", "أفاد مراسل “الخابور”": in its own pages an outlet names its correspondent
     * by its short name, its Arabic name without the media word before it or the brand word after it ("جسر برس"
     * → "جسر", "موقع الخابور" → "الخابور"). Only the article's own outlet is looked for, so a common word
     * ("جسر", a bridge) is read so only after "مراسل" in that outlet's article.
     */
    private boolean namesOwnOutletShort(Reading r, List<Token> tokens, int at) {
        Entry outlet = r.article.outlet() == null ? null : lexicon.outletNamed(r.article.outlet());
        if (outlet == null || outlet.prop("labelAr") == null || at >= tokens.size()) return false;
        List<String> name = new java.util.ArrayList<>(ArabicAnalysis.terms(outlet.prop("labelAr")));
        if (name.size() > 1 && MEDIA_WORD.matcher(PhraseMatcher.withoutArticle(name.get(0))).matches()) name.remove(0);
        while (name.size() > 1 && BRAND_WORD.matcher(name.get(name.size() - 1)).matches()) name.remove(name.size() - 1);
        if (at + name.size() > tokens.size()) return false;
        if (!PhraseMatcher.firstWordForms(tokens.get(at).term()).contains(name.get(0))) return false;
        for (int i = 1; i < name.size(); i++) if (!tokens.get(at + i).term().equals(name.get(i))) return false;
        return true;
    }

    /**
     * A speaker the reference data does not know, named by the words after a verb of saying or "according
     * to" ("مصدر محلي", "شبكة السويداء 24 المحلية"): a minted speaker IRI, labelled with the English gloss of
     * its nouns and qualifiers followed by the Arabic words ("local source (مصدر محلي)").
     */
    Report unlistedSpeaker(Reading r, MatchedSentence s, Mention cue, Mention noun, ReportKind kind,
                                   Set<Mention> speaker) {
        List<Token> tokens = s.tokens();
        Mention outlet = DescribedOutlet.after(r.text, s, noun);
        if (outlet != null) {
            speaker.add(noun);
            speaker.add(outlet);
            return byName(r, AttributionReader.speakerEntry(outlet), kind, r.text.substring(cue.start(), outlet.end()));
        }
        Report body = headOfBodyNamedBefore(r, s, noun, speaker);
        if (body != null) return body;
        Entry nounEntry = noun.entry("SpeakerNoun") != null ? noun.entry("SpeakerNoun") : noun.entry("ActorNoun");
        int end = phrase.end(r.text, s, noun);
        // "وفقاً لمصادر", "بحسب مصادر": sources with nothing said of them are the outlet's own
        if (end == noun.endToken() && nounEntry.flag("anonymousWhenBare")) {
            speaker.add(noun);
            return r.reports.report(ReportKind.ANONYMOUS_SOURCES, null, r.text.substring(cue.start(), noun.end()));
        }
        // "وفقاً لمصادر المرصد" in the observatory's own report, "بحسب مصادر المنصة": the outlet's own sources
        if (nounEntry.flag("anonymousWhenBare") && namesOwnOutlet(r, s, noun.endToken())) {
            for (Mention x : s.mentions()) if (x.firstToken() >= noun.firstToken() && x.firstToken() <= noun.endToken()) speaker.add(x);
            return r.reports.report(ReportKind.ANONYMOUS_SOURCES, null, r.text.substring(cue.start(), tokens.get(noun.endToken()).end()));
        }
        // the words as written, less quote marks a cut may leave unbalanced ("مركز المصالحة” الروسي")
        String words = UNCLOSED_BRACKET.matcher(SpeakerPhrase.QUOTE_MARKS.matcher(r.text.substring(noun.start(), tokens.get(end - 1).end()))
                .replaceAll("")).replaceAll("");     // "(م" of "(م. ع)", cut at its dot
        String id = Reports.speakerIri(tokens.subList(noun.firstToken(), end).stream().map(Token::term).toList());
        StringBuilder gloss = new StringBuilder();
        for (Mention x : s.mentions()) {
            if (x.firstToken() < noun.firstToken() || x.firstToken() >= end) continue;
            speaker.add(x);
            if (x.is("SpeakerQualifier")) gloss.insert(0, lexicon.labelEn(x.entry("SpeakerQualifier").iri()) + " ");
        }
        gloss.append(lexicon.labelEn(nounEntry.iri()));
        gloss.append(bodyOf(lexicon, s, noun.firstToken() + 1, end));
        r.reports.nameSpeaker(id, gloss + " (" + words + ")", words);
        return r.reports.report(kind, id, r.text.substring(cue.start(), tokens.get(end - 1).end()));
    }

    /**
     * "وقال مدير المرصد، رامي عبد الرحمن، إن …" after "وفق المرصد السوري لحقوق الإنسان": the head of a body
     * named before ("مدير" + the noun that refers back to it) speaks for that body, as analysts name him
     * ("SOHR"); null when the noun names no report before (in the body's own article it stays an official).
     */
    private static Report headOfBodyNamedBefore(Reading r, MatchedSentence s, Mention noun, Set<Mention> speaker) {
        Entry head = noun.entry("SpeakerNoun");
        if (head == null || !head.iri().endsWith("/speaker-official")) return null;
        for (Mention x : s.mentions()) {
            if (x.firstToken() != noun.endToken() || x.endToken() != noun.endToken() + 1 || !x.is("SpeakerReference")) continue;
            Report before = r.reports.namedBefore(s.term(x.firstToken()));
            if (before == null || before.kind() == ReportKind.OUTLET_REPORTING) return null;
            speaker.add(noun);
            speaker.add(x);
            return before;
        }
        return null;
    }

    /**
     * "مسؤول إعلامي في “هيئة تحرير الشام”", "إداري في الأمن العام": whose official or staff the speaker is,
     * " of " and the first named body among tokens [from, end), in English; else "". Analysts name such a
     * speaker by his body ("General Security administrator"), so the body is part of the speaker's gloss.
     */
    static String bodyOf(Lexicon lexicon, MatchedSentence s, int from, int end) {
        for (Mention x : s.mentions()) {
            Entry of = AttributionReader.speakerEntry(x);
            if (x.firstToken() >= from && x.firstToken() < end && of != null) return " of " + lexicon.labelEn(of.iri());
        }
        // "قائد الأمن الداخلي في محافظة حمص": a body no list names but that speaks for itself is his body too;
        // analysts name him by it ("Homs Internal Security commander")
        for (Mention x : s.mentions()) {
            Entry body = x.entry("SpeakerNoun");
            if (x.firstToken() >= from && x.firstToken() < end && body != null && body.flag("speaksForItself"))
                return " of " + lexicon.labelEn(body.iri());
        }
        return "";
    }

    /**
     * Does the word at token {@code t} name the article's own outlet: its name ("مصادر عنب بلدي" in Enab
     * Baladi), or a noun its Arabic name holds ("المرصد" in the observatory's, "المنصة" in "منصة SY24")?
     */
    boolean namesOwnOutlet(Reading r, MatchedSentence s, int t) {
        if (t >= s.tokens().size()) return false;
        String own = lexicon.outletIri(r.article.outlet());
        for (Mention x : s.mentions()) {
            if (x.firstToken() != t) continue;
            if (x.entry("Outlet") != null) return x.entry("Outlet").iri().equals(own);
            if (x.is("SpeakerReference")) return r.reports.outletNameHolds(s.term(t));
        }
        return false;
    }
}
