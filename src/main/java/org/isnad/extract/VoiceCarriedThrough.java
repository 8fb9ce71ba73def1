package org.isnad.extract;

import java.util.List;
import java.util.Set;

/**
 * "وأفاد المرصد بأن القوات التركية قصفت ريف الحسكة. واستهدف القصف قرى العبوش والدادرة. وأشار المرصد إلى أن
 * القصف أدى لإصابة مدني": a sentence with no speaker of its own, between a source's sentence and one that goes
 * on in that source's voice ("وأشار المرصد", "وأوضح التجمع", "وأضاف أن"), is still the source's account, as
 * analysts code it; the outlet's own voice would cut one account in three.
 */
final class VoiceCarriedThrough {

    private VoiceCarriedThrough() {}

    /** Words after a verb of saying that name no speaker of their own: the speaker is the one before. */
    private static final Set<String> BARE_CONTENT = Set.copyOf(ArabicAnalysis.terms("أن إن إلى بأن"));

    /** How many words of the next sentence are looked at: its verb and what follows it. */
    private static final int LOOK = 4;

    /** The source whose account the sentence is part of, or null when the outlet speaks for itself. */
    static Report between(Reading r, Lexicon lexicon) {
        Report last = r.reports.accountGoingOn();
        if (last == null || r.nextSentenceStart < 0 || r.otherMatter) return null;
        List<Token> next = ArabicAnalysis.tokens(r.text, r.nextSentenceStart, r.nextSentenceEnd);
        if (next.size() < 2) return null;
        List<Mention> ms = lexicon.matcher().match(next.subList(0, Math.min(next.size(), LOOK)));
        if (ms.isEmpty() || ms.get(0).firstToken() != 0 || !ms.get(0).is("SpeechVerb")) return null;
        int after = ms.get(0).endToken();
        if (after >= next.size()) return null;
        for (Mention m : ms) {
            if (m.firstToken() == after && (m.is("SpeakerReference") || m.is("StatementReference"))) return last;
        }
        return BARE_CONTENT.contains(next.get(after).term()) ? last : null;
    }
}
