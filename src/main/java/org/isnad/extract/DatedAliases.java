package org.isnad.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.isnad.morph.Analysis;

/**
 * Names that name an actor only from a date on: "أعلنت وزارة الداخلية في بيان …" in Syrian reporting since
 * December 2024 is the Damascus government's ministry, but before it the bare name was also the Salvation or
 * the Interim government's, and elsewhere any country's. The data gives such a name as isnad:datedAltLabel and
 * the date as the actor's isnad:aliasFrom; the article's publication date decides. An unknown date reads no
 * such name, as before.
 */
final class DatedAliases {

    private DatedAliases() {}

    /** The mentions, with the dated names the article's date allows read as their actor. */
    static List<Mention> add(List<Token> tokens, List<Mention> ms, Lexicon lexicon, LocalDate published) {
        if (published == null) return ms;
        List<Mention> out = null;
        for (Mention d : lexicon.datedNames().match(tokens)) {
            Entry actor = d.entry("Actor");
            String from = actor == null ? null : actor.prop("aliasFrom");
            if (from == null || published.isBefore(LocalDate.parse(from))) continue;
            // "وزارة الداخلية العراقية", "وزارة الدفاع التركية": a definite nisba after the name says whose it is
            if (d.endToken() < tokens.size() && nisba(tokens.get(d.endToken()))) continue;
            List<Mention> cur = out == null ? ms : out;
            // a longer name read already ("وزارة الداخلية في حكومة الإنقاذ") or one across its edge wins
            if (cur.stream().anyMatch(m -> m.firstToken() < d.endToken() && m.endToken() > d.firstToken()
                    && (m.firstToken() < d.firstToken() || m.endToken() > d.endToken() || m.is("Actor")))) continue;
            out = new ArrayList<>(cur);
            out.removeIf(m -> m.firstToken() >= d.firstToken() && m.endToken() <= d.endToken());
            int at = 0;
            while (at < out.size() && out.get(at).firstToken() < d.firstToken()) at++;
            out.add(at, new Mention(List.of(actor), d.firstToken(), d.endToken(), d.start(), d.end(), d.definite()));
        }
        return out == null ? ms : out;
    }

    /**
     * "العراقية", "التركية": a definite word of relation in the feminine of the name it follows, by the
     * dictionary's lemma ending in "ي" ("السورية" is read as "سوري", noun or adjective).
     */
    private static boolean nisba(Token t) {
        return t.term().endsWith("يه") && t.analyses().stream()
                .anyMatch(a -> a.isNominal() && a.definite() && a.lemma().endsWith("ي"));
    }
}
