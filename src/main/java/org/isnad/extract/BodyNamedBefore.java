package org.isnad.extract;

import java.util.List;

/**
 * "شنت هيئة تحرير الشام حملة مداهمات … وقالت الهيئة في بيان إن …": a body named in full by an event told
 * before is then called by its first noun alone, with the article. The bare noun after a verb of saying
 * names that body, not the last speaker (there may be none) and not the outlet.
 */
final class BodyNamedBefore {
    private BodyNamedBefore() {}

    /** The actor the definite noun right after {@code verb} calls back, or null. */
    static Entry after(Reading r, MatchedSentence s, Mention verb, Lexicon lexicon) {
        int t = verb.endToken();
        if (t >= s.tokens().size() || s.mentions().stream().anyMatch(x -> x.firstToken() == t && AttributionReader.speakerEntry(x) != null)) return null;
        String noun = s.term(t);
        if (!noun.startsWith("ال") || noun.length() < 5) return null;
        String stem = PhraseMatcher.withoutArticle(noun);
        for (EventClaim c : r.claims.eventsBefore(r.claims.size())) {
            for (String iri : c.actors()) {
                Entry e = lexicon.entry(iri);
                if (e != null && firstNoun(e).equals(stem)) return e;
            }
        }
        return null;
    }

    /** The first word of the body's Arabic name when it has more than one ("هيئة" of "هيئة تحرير الشام"), else "". */
    private static String firstNoun(Entry e) {
        String label = e.prop("labelAr");
        if (label == null) return "";
        List<String> words = ArabicAnalysis.terms(label);
        return words.size() > 1 ? words.get(0) : "";
    }
}
