package org.isnad.extract;

import java.util.ArrayList;
import java.util.List;

/** Cuts a sentence into clauses, each of which may tell an event of its own. */
final class ClauseReader {

    private final Lexicon lexicon;
    private final DiscourseReader discourse;

    ClauseReader(Lexicon lexicon, DiscourseReader discourse) {
        this.lexicon = lexicon;
        this.discourse = discourse;
    }

    /** The sentence's clauses in text order: cut at "كما"/"فيما", a coordinated verb, or an event told in passing. */
    List<Clause> split(Reading r, MatchedSentence s) {
        List<Mention> ms = s.mentions();
        List<Clause> clauses = new ArrayList<>();
        int from = 0;
        boolean fromInPassing = false;
        for (int k = 0; k < ms.size(); k++) {
            Mention m = ms.get(k);
            boolean inPassing = tellsInPassing(r, ms, k);
            if ((m.is("ClauseBoundary") || opensCoordinatedClause(r.text, s.tokens(), m) || inPassing) && m.firstToken() > from) {
                clauses.add(new Clause(from, m.firstToken(), fromInPassing));
                from = m.firstToken();
                fromInPassing = inPassing;
            }
        }
        clauses.add(new Clause(from, s.tokens().size(), fromInPassing));
        return clauses;
    }

    /**
     * After a comma, "و" and a past-tense action verb ("، وحوّلتها إلى مقرات") or a second "أن"/"إن" ("قال
     * المصدر إن بين المعتقلين امرأة، وإن القوات كسرت الأبواب") open a clause of their own, which may tell a
     * second event with the same (elided) subject or speaker.
     */
    private boolean opensCoordinatedClause(String text, List<Token> tokens, Mention m) {
        boolean opener = (m.is("ActionVerb") && m.entry("ActionVerb").flag("eventive")) || m.is("ComplementMarker");
        if (!opener || m.firstToken() == 0) return false;
        String word = tokens.get(m.firstToken()).term();
        // "، وصل الرتل": the و of "وصل" is the verb's own letter, not "and"
        if (!word.startsWith("و") || lexicon.matcher().startsLexiconPhrase(word)) return false;
        String between = text.substring(tokens.get(m.firstToken() - 1).end(), tokens.get(m.firstToken()).start());
        return between.contains("،") || between.contains(",");
    }

    /**
     * "هدد بشن عملية … عقب الغارات التي شنها الجيش التركي في 20 تشرين": an "after" word, a definite event
     * noun that tells nothing already told, and a relative pronoun: the sentence tells a second event in
     * passing. It is a clause of its own, with its own date, and what governs the sentence (a threat, a
     * denial) does not govern it.
     */
    private boolean tellsInPassing(Reading r, List<Mention> ms, int k) {
        Mention cue = ms.get(k);
        if (!cue.is("EventAnaphorCue") || k + 1 >= ms.size()) return false;
        Mention trigger = ms.get(k + 1);
        if (!trigger.is("Trigger") || !trigger.definite() || discourse.refersBack(r, cue, trigger)) return false;
        for (int j = k + 2; j < ms.size() && ms.get(j).firstToken() <= trigger.endToken() + 2; j++) {
            if (ms.get(j).is("RelativePronoun")) return true;
        }
        return false;
    }
}
