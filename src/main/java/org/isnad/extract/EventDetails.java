package org.isnad.extract;

import java.util.List;

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
        // "…، متهماً القوات باستهداف المدنيين عمداً", "وحذّر من …": an accusation, a denial or a warning is asserted
        // beyond the event
        if (ms.stream().anyMatch(m -> m.is("ModalityCue") || m.is("IrrealisCue") || m.is("ResponsibilityWord"))) return false;
        return ms.stream().anyMatch(m -> m.firstToken() >= contentStart && (m.is("AftermathWord") || wounded(m)));
    }

    // "لم يسفر عن إصابات": the wounded are the event's toll; the dead named as a sort of person ("من بين القتلى
    // أحد مرتكبي جرائم الخطف") are what the speaker says of them
    private static boolean wounded(Mention m) {
        return m.is("CasualtyCue") && "wounded".equals(m.entry("CasualtyCue").prop("casualtyKind"));
    }
}
