package org.isnad.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.isnad.extract.DateParser.DateExpr;

/**
 * Resolves the words another reader quotes for an event's parts (place, date, actor, who says so) by the rules'
 * own readers: the gazetteer and lexicons through the {@link PhraseMatcher} and its place filters,
 * {@link PlaceTextReader} for places the gazetteer lacks, {@link DateParser} with the publication date, the
 * attribution lexicon for speakers. Words are looked for in the article so unresolved ones keep true offsets.
 */
final class ToldWords {

    private final Lexicon lexicon;
    private final CountrysidePhrases countrysides;
    private final DateParser dates = new DateParser();

    ToldWords(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.countrysides = new CountrysidePhrases(lexicon);
    }

    /** Where {@code words} stand in the text: inside the evidence span first, else anywhere; null when nowhere. */
    static Evidence locate(String text, String words, Evidence within) {
        if (words.isEmpty()) return null;
        int at = text.indexOf(words, within.start());
        if (at < 0 || at + words.length() > within.end()) at = text.indexOf(words);
        return at < 0 ? null : new Evidence(at, at + words.length(), words);
    }

    /** The mentions of the lexicon in the tokens, filtered as the sentence reader filters places. */
    private List<Mention> mentions(List<Token> tokens) {
        return CommonWordPlaces.filter(tokens, DirectionAfterName.split(tokens, countrysides.read(tokens, lexicon.matcher().match(tokens)), lexicon), lexicon);
    }

    private List<Token> tokens(String text, Evidence at, String words) {
        return at != null ? ArabicAnalysis.tokens(text, at.start(), at.end()) : ArabicAnalysis.tokens(words);
    }

    /**
     * "قرية الهري شرقي مدينة البو كمال": the known places (البو كمال) to the claim's places, the one the
     * gazetteer lacks (الهري) kept as written within the nearest area named; words naming nothing known kept
     * whole; words the text does not hold give only the known places they name.
     */
    void places(String text, String words, Evidence evidence, EventClaim c) {
        if (words.isEmpty()) return;
        Evidence at = locate(text, words, evidence);
        List<Token> tokens = tokens(text, at, words);
        if (tokens.isEmpty()) return;
        List<Mention> ms = mentions(tokens);
        String source = at != null ? text : words;
        String nearest = null;
        for (Mention m : ms) {
            Entry p = m.entry("Place");
            if (p == null) continue;
            c.places().add(p.iri());
            c.placeWordsMap().putIfAbsent(p.iri(), source.substring(m.start(), m.end()));
            if (nearest == null) nearest = p.iri();
        }
        if (at == null) return;
        List<PlaceText> unknown = PlaceTextReader.read(text, tokens, ms, 0, tokens.size());
        c.placeTexts().addAll(unknown);
        if (c.places().isEmpty() && unknown.isEmpty()) c.placeTexts().add(new PlaceText(words, at.start(), at.end(), nearest));
    }

    /** "أمس الاثنين" with the publication date; words the parser cannot resolve stay unresolved, as written. */
    TimeSpan time(String words, LocalDate published) {
        if (words.isEmpty()) return TimeSpan.NONE;
        List<Token> tokens = ArabicAnalysis.tokens(words);
        if (tokens.isEmpty()) return TimeSpan.NONE;
        for (DateExpr d : dates.parse(words, tokens, mentions(tokens), published)) {
            TimeSpan s = d.span();
            // a tie to "the event told before" is the rules' discourse reading: not taken from a quote
            if (!d.vague() && !d.elapsed() && s.resolved()) return new TimeSpan(words, s.start(), s.end(), s.precision(), null, null);
        }
        return new TimeSpan(words, null, null, "Unresolved", null, null);
    }

    /**
     * Actors (or targets): the ones the reference data names, else the words as written where the text has
     * them. Returns the known IRIs; {@code asWritten} gets the unresolved words.
     */
    Set<String> participants(String text, String words, Evidence evidence, Set<ParticipantText> asWritten) {
        Set<String> known = new LinkedHashSet<>();
        if (words.isEmpty()) return known;
        Evidence at = locate(text, words, evidence);
        List<Token> tokens = tokens(text, at, words);
        for (Mention m : mentions(tokens)) {
            Entry a = m.entry("Actor");
            if (a != null) known.add(a.iri());
        }
        if (known.isEmpty() && at != null) asWritten.add(new ParticipantText(words, at.start(), at.end()));
        return known;
    }

    /**
     * Who says so: "" is the outlet's own reporting; an actor or outlet the reference data knows is that
     * speaker (the article's own outlet is its own reporting); "مصادر محلية" (a bare source noun) is anonymous
     * sources; anyone else is a speaker kept as written, minted as the rules mint one.
     */
    Report speaker(String words, Reports reports, String outlet) {
        if (words.isEmpty()) return reports.outlet();
        List<Token> tokens = ArabicAnalysis.tokens(words);
        List<Mention> ms = tokens.isEmpty() ? List.of() : mentions(tokens);
        for (Mention m : ms) {
            Entry e = AttributionReader.speakerEntry(m);
            if (e == null) continue;
            if (outlet != null && lexicon.isOutletItself(outlet, e.iri())) return reports.outlet();
            return reports.report(ReportKind.SOURCE_REPORT, e.iri(), words);
        }
        for (Mention m : ms) {
            Entry cue = m.entry("SourceCue");
            ReportKind kind = cue == null ? null : ReportKind.ofLocalName(cue.localProp("reportKind"));
            if (kind == ReportKind.OUTLET_REPORTING) return reports.outlet();
            if (kind == ReportKind.ANONYMOUS_SOURCES) return reports.report(kind, null, words);
            Entry noun = m.entry("SpeakerNoun");
            if (noun != null && noun.flag("anonymousWhenBare")) return reports.report(ReportKind.ANONYMOUS_SOURCES, null, words);
        }
        List<String> terms = new ArrayList<>();
        for (Token t : tokens) terms.add(t.term());
        String id = Reports.speakerIri(terms.isEmpty() ? List.of(words) : terms);
        reports.nameSpeaker(id, "person (" + words + ")", words);
        return reports.report(ReportKind.SOURCE_REPORT, id, words);
    }
}
