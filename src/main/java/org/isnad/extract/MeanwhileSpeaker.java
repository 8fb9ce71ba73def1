package org.isnad.extract;

import java.util.List;
import java.util.function.Consumer;
import org.isnad.extract.SentenceSplitter.Sentence;

/**
 * "هاجم عناصر من التنظيم مساء أمس نقاطاً لقوات النظام، فيما أعلنت «قسد» اعتقال قيادي في التنظيم": after a
 * comma, "meanwhile" (isnad:meanwhile) and a verb of saying hand the rest of the sentence to another speaker
 * telling another matter. Read whole, the second speaker took the first act, and the first act's date the
 * second; read as two sentences, each keeps its own voice, and the second act no date it does not name.
 */
final class MeanwhileSpeaker {
    private MeanwhileSpeaker() {}

    /** Reads the sentence as its two parts, the second as another matter, when it has such a part (true). */
    static boolean split(Reading r, Sentence sentence, List<Token> tokens, List<Mention> ms, EventTypes types, Consumer<Sentence> read) {
        Mention aside = cue(r.text, tokens, ms, types);
        if (aside == null) return false;
        read.accept(new Sentence(sentence.start(), tokens.get(aside.firstToken() - 1).end(), false));
        r.meanwhileSpeaker = true;
        read.accept(new Sentence(aside.start(), sentence.end(), false));
        return true;
    }

    /**
     * The "meanwhile" that opens such a part, or null. The part must tell no act of a kind the sentence told
     * before it: "…، فيما قال ناشطون إن القصف أسفر عن …" is another account of the same act, read with it.
     */
    static Mention cue(String text, List<Token> tokens, List<Mention> ms, EventTypes types) {
        for (int k = 1; k + 1 < ms.size(); k++) {
            Mention cue = ms.get(k), verb = ms.get(k + 1);
            if (!cue.is("ClauseBoundary") || !cue.entry("ClauseBoundary").flag("meanwhile") || !verb.is("SpeechVerb")
                    || verb.firstToken() != cue.endToken() || !Token.commaBefore(text, tokens, cue.firstToken())) continue;
            List<String> before = acts(ms.subList(0, k)), after = acts(ms.subList(k + 2, ms.size()));
            if (before.isEmpty()) continue;
            if (after.stream().noneMatch(b -> before.stream().anyMatch(a -> types.compatible(a, b)))) return cue;
        }
        return null;
    }

    private static List<String> acts(List<Mention> ms) {
        return ms.stream().filter(m -> m.is("Trigger")).map(m -> m.entry("Trigger").prop("indicates")).toList();
    }
}
