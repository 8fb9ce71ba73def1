package org.isnad.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.isnad.extract.AttributionReader.Attribution;

/** What a named speaker says that comments rather than reports ("the strikes were necessary"): a statement claim. */
final class StatementReader {

    void read(Reading r, MatchedSentence s, Attribution who, boolean referential, int claimsBefore) {
        List<Token> tokens = s.tokens();
        int contentStart = who.contentStart();
        int cs = contentStart < tokens.size() ? tokens.get(contentStart).start() : s.start();
        StatementClaim st = new StatementClaim(r.claims.nextKey(), who.report(), trimQuotes(r.text.substring(cs, s.end())));
        st.addEvidence(r.evidence(s.start(), s.end()));
        for (Mention m : s.mentions()) {
            if (who.speakerWords().contains(m) || m.firstToken() < contentStart) continue;
            Entry e = nameEntry(m);
            if (e != null && !e.is("Outlet")) st.mentions().add(e.iri());
        }
        if (referential) st.about(DiscourseReader.referent(r, who.report(), claimsBefore));
        r.claims.add(st);
    }

    private static Entry nameEntry(Mention m) {
        Entry e = m.entry("Place");
        if (e != null) return e;
        e = m.entry("Actor");
        return e != null ? e : m.entry("Outlet");
    }

    // compiled once: String.replaceAll compiled it for every statement
    private static final Pattern QUOTES_AROUND = Pattern.compile("^[\\s“”\"«»،,:]+|[\\s“”\"«»]+$");

    /** The statement without the quotes, colons and commas around it. */
    static String trimQuotes(String s) {
        return QUOTES_AROUND.matcher(s.strip()).replaceAll("").strip();
    }
}
