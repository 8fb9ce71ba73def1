package org.isnad.extract;

import java.util.List;

/**
 * "أدى قصف مدفعي على مدينة تل رفعت، السبت، إلى مقتل طفلين. وذكرت مصادر محلية للموقع أن ثلاث قذائف سقطت على
 * المدينة …": a wire item opens with the news in the outlet's own words, then names who told it and tells it
 * again in that voice. The lead sums up what the first source named goes on to tell (items of Baladi News,
 * Arabi21, Al-Araby Al-Jadeed and Smart are written so), and analysts credit the event to that source. So an
 * event the article opens with in its bare own voice takes the voice of the first report the article names
 * after it, when that report tells the same event (a claim linked sameEventAs).
 *
 * <p>Not when the outlet was there: its correspondent cited anywhere ("أفاد مراسلنا"), or a dateline or byline
 * with its own name over the lead ("عنب بلدي – إدلب", "خاص - SY24"); nor when the voice after it is the outlet's
 * own network ("وأفاد نشطاء المرصد السوري" in the observatory's report).
 */
final class LeadToldBySource {

    private LeadToldBySource() {}

    /** The words of a dateline or byline: a short line over the lead. */
    private static final int DATELINE_WORDS = 6;

    static void revoice(Reading r, Lexicon lexicon) {
        if (r.reports.ownWitness() || ownDateline(r, lexicon)) return;
        ArticleClaims claims = r.claims;
        List<Claim> all = claims.all();
        Report first = null;
        int leadEnd = all.size();
        for (int i = 0; i < all.size() && first == null; i++) {
            if (all.get(i).report().kind() != ReportKind.OUTLET_REPORTING) { first = all.get(i).report(); leadEnd = i; }
        }
        if (first == null || ownNetwork(r, first) || speaksOfATold(first, lexicon)) return;
        Report source = first;
        List<EventClaim> lead = all.subList(0, leadEnd).stream()
                .filter(c -> c instanceof EventClaim).map(c -> (EventClaim) c).toList();
        for (EventClaim c : lead) {
            // the headline's claim and the lead's, of one kind at one place, are one event told twice
            if (!toldAgainBy(claims, c, source) && lead.stream().noneMatch(o -> o != c && o.eventClass().equals(c.eventClass())
                    && o.places().stream().anyMatch(c.places()::contains) && toldAgainBy(claims, o, source))) continue;
            Report own = c.report();
            c.voice(source);
            for (Claim t : all) {
                if (t instanceof CasualtyClaim toll && c.key().equals(toll.event()) && toll.report().equals(own)) toll.voice(source);
            }
        }
    }

    /**
     * "وأفاد نشطاء المرصد السوري" in the observatory's own report: its own network, not a source it heard; told
     * to the outlet ("مصادر محلية لموقع …", the name after "لـ") the words are the source's.
     */
    private static boolean ownNetwork(Reading r, Report source) {
        if (source.cueText() == null) return false;
        List<Token> tokens = ArabicAnalysis.tokens(source.cueText());
        for (int t = 0; t < tokens.size(); t++) {
            String w = tokens.get(t).term();
            boolean toIt = w.startsWith("ل") || t > 0 && tokens.get(t - 1).term().startsWith("ل");
            if (!toIt && r.reports.outletNameHolds(w)) return true;
        }
        return false;
    }

    /**
     * "وتبنى تنظيم داعش الهجوم", "وأدانت الخارجية القصف": a verb of saying that speaks of an act already told
     * (isnad:tellsAct false), a claim of responsibility or a condemnation, is no source the news came from.
     */
    private static boolean speaksOfATold(Report source, Lexicon lexicon) {
        if (source.cueText() == null) return false;
        for (Mention m : lexicon.matcher().match(ArabicAnalysis.tokens(source.cueText()))) {
            if (PastAct.speaksOfToldAct(m)) return true;
        }
        return false;
    }

    /** Whether a claim of {@code source} tells the event of {@code c} again. */
    private static boolean toldAgainBy(ArticleClaims claims, EventClaim c, Report source) {
        for (ClaimKey k : c.sameEventAs()) if (claims.get(k).report().equals(source)) return true;
        return false;
    }

    /** A short line with the outlet's own name before the first long line of the body. */
    private static boolean ownDateline(Reading r, Lexicon lexicon) {
        String[] lines = r.text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            List<Token> tokens = ArabicAnalysis.tokens(lines[i]);
            if (tokens.isEmpty()) continue;
            if (tokens.size() > DATELINE_WORDS) return false;
            for (Mention m : lexicon.matcher().match(tokens)) {
                Entry e = m.entry("Outlet");
                if (e != null && lexicon.isOutletItself(r.article.outlet(), e.iri())) return true;
            }
        }
        return false;
    }
}
