package org.isnad.extract;

import java.util.List;
import java.util.Set;
import org.isnad.morph.Analysis;

/**
 * A source's details of an event the article already told are part of that event's claim, not a statement of
 * their own (issue 10): "وأضاف المصدر أن سيارات الإسعاف نقلت المصابين إلى مشفى في المدينة", "وذكرت مصادر
 * طبية أن حالة أحد الجرحى حرجة", "وأشار المصدر إلى أن القصف لم يسفر عن إصابات". An analyst reads such a
 * sentence as the toll and aftermath of the strike told before; a statement is what a speaker asserts beyond
 * the events (a position, a demand, an accusation, a toll over a period).
 */
final class EventDetails {

    private EventDetails() {}

    /**
     * True when a named speaker's sentence with no event of its own tells the casualties or aftermath
     * (lex:hospital, lex:critical-condition, isnad:AftermathWord; lex:wounded) of an event told before.
     */
    static boolean ofToldEvent(Reading r, MatchedSentence s, int contentStart) {
        if (r.claims.events().stream().noneMatch(r::toldBeforeThisSentence)) return false;
        // "وأشار المجلس إلى مقتل 35 شخصاً منذ أوائل آب": a toll over a period is the speaker's statement
        if (s.dates().stream().anyMatch(d -> d.firstToken() >= contentStart && TimeReader.since(s.tokens(), d))) return false;
        List<Mention> ms = s.mentions();
        if (assertsBeyond(ms)) return false;
        return ms.stream().anyMatch(m -> m.firstToken() >= contentStart && (m.is("AftermathWord") || wounded(m)));
    }

    /**
     * True when a named speaker's sentence tells again, in an act of its own, an event the article told before,
     * and says nothing beyond it: "وأضاف المرصد أن الاستهداف هو الثالث للقرية هذا الأسبوع", "وأضاف المصدر أن
     * الدورية طوقت الحي قبل الاقتحام", "وأشار المصدر إلى أن القصف أسفر عن مقتل عنصر". The analysts code such a
     * speaker as one more reporter of the event, not as a statement (about a quarter of the statements isnad
     * made on the six tunable real sets were such retellings, on five of the sets). A denial, an accusation, a
     * warning, a purpose stays a statement; so does what the speaker says in the present or the future ("إن
     * الإضراب سيستمر", "إن الحكومة ترفض"), and a body's account of its own act ("وقالت الشرطة إنها اعتقلت
     * المشتبه بهم", "وذكر البيان أن قسد ردت على الهجوم").
     */
    static boolean retellsToldEvent(MatchedSentence s, Report report, int contentStart, boolean deniesWho) {
        if (deniesWho || assertsBeyond(s.mentions())) return false;
        return !ownAct(s, report, contentStart) && !presentOrFuture(s, contentStart);
    }

    // "…، متهماً القوات باستهداف المدنيين عمداً", "وحذّر من …": an accusation, a denial or a warning is asserted
    // beyond the event
    private static boolean assertsBeyond(List<Mention> ms) {
        return ms.stream().anyMatch(m -> m.is("ModalityCue") || m.is("IrrealisCue") || m.is("ResponsibilityWord"));
    }

    /** "إنها تحترم", "أنهم استهدفوا", "أن قسد صدت": the speaker, or its men, are who the content speaks of. */
    private static boolean ownAct(MatchedSentence s, Report report, int contentStart) {
        List<Token> tokens = s.tokens();
        if (contentStart <= 0 || contentStart >= tokens.size()) return false;
        if (OWN_MARKERS.contains(tokens.get(contentStart - 1).term())) return true;
        for (Mention m : s.mentions()) {
            Entry actor = m.firstToken() < contentStart ? null : m.entry("Actor");
            if (actor != null) return actor.iri().equals(report.speaker());
        }
        return false;
    }

    // "أنها", "إنهم" (normalised): the speaking body or its men, as the subject of what follows
    private static final Set<String> OWN_MARKERS = Set.of("انها", "انهم", "بانها", "بانهم");

    /**
     * "إن الإضراب سيستمر", "أن الضربات تهدف إلى …": the first word of the content that can only be a verb is
     * a present or a future one; what goes on or will be is the speaker's, no retelling of a past act.
     * "كانوا يرتدون" (were wearing) is the past.
     */
    private static boolean presentOrFuture(MatchedSentence s, int contentStart) {
        List<Token> tokens = s.tokens();
        for (int t = Math.max(contentStart, 0); t < tokens.size(); t++) {
            Token tok = tokens.get(t);
            if (functionWord(s.mentions(), t) || tok.analyses().isEmpty() || !tok.analyses().stream().allMatch(Analysis::isVerb)) continue;
            if (tok.analyses().stream().anyMatch(a -> COPULAS.contains(a.lemma()))) return false;
            return tok.analyses().stream().allMatch(a -> a.tense() == Analysis.Tense.PRESENT || a.future());
        }
        return false;
    }

    // "هذه", "أن": the dictionary reads them also as past verbs; they are no verb of the content
    private static boolean functionWord(List<Mention> ms, int t) {
        for (Mention m : ms)
            if (m.firstToken() <= t && t < m.endToken() && (m.is("Demonstrative") || m.is("ComplementMarker") || m.is("RelativePronoun")))
                return true;
        return false;
    }

    // "كانوا يرتدون", "كانت الآليات منتشرة": the past, told as it was
    private static final Set<String> COPULAS = Set.of("كان", "اصبح", "بات", "ظل", "صار");

    // "لم يسفر عن إصابات": the wounded are the event's toll; the dead named as a sort of person ("من بين القتلى
    // أحد مرتكبي جرائم الخطف") are what the speaker says of them
    private static boolean wounded(Mention m) {
        return m.is("CasualtyCue") && "wounded".equals(m.entry("CasualtyCue").prop("casualtyKind"));
    }
}
