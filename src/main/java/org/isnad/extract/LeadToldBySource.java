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
        if (r.reports.ownWitness()) return;
        boolean dateline = ownDateline(r, lexicon);
        ArticleClaims claims = r.claims;
        List<Claim> all = claims.all();
        int leadEnd = all.size();
        for (int i = 0; i < all.size() && leadEnd == all.size(); i++) {
            if (all.get(i).report().kind() != ReportKind.OUTLET_REPORTING) leadEnd = i;
        }
        List<EventClaim> lead = all.subList(0, leadEnd).stream()
                .filter(c -> c instanceof EventClaim).map(c -> (EventClaim) c).toList();
        Report source = firstToRetell(r, lexicon, all.subList(leadEnd, all.size()), lead, dateline);
        if (source == null) return;
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
     * The first source after the lead that tells one of its events again: not always the first named ("وأعلنت قسد
     * عن تنفيذ عمليتين … . وذكر مصدر أمني لنورث برس أن مسلحين استهدفوا …": the security source retells the
     * lead's attacks, the announcement is another matter). Under the outlet's own dateline only a source that
     * told it to the outlet ("وأوضحت قيادة الأمن الداخلي في تصريح لـ سانا أن …" under "حمص-سانا"): the outlet
     * was there, but the account it gives is the source's.
     */
    private static Report firstToRetell(Reading r, Lexicon lexicon, List<Claim> after, List<EventClaim> lead, boolean dateline) {
        java.util.Set<Report> seen = new java.util.HashSet<>();
        for (Claim x : after) {
            Report s = x.report();
            if (s.kind() == ReportKind.OUTLET_REPORTING || !seen.add(s)) continue;
            if (ownNetwork(r, s) || speaksOfATold(r, s)) continue;
            boolean toOutlet = toldToOutlet(r, x, lexicon);
            // under the outlet's dateline only the first source it names, and only when told to the outlet
            if (dateline) return toOutlet && lead.stream().anyMatch(c -> toldAgainBy(r.claims, c, s)) ? s : null;
            if (lead.stream().anyMatch(c -> toldAgainBy(r.claims, c, s))) return s;
            // "وقال مراسل الإخبارية إن …" first: a correspondent was there, whose outlet we may not know by name;
            // a source that spoke to the outlet of something else first ("وقال مصدر محلي لمنصة SY24 إن دوريات
            // فرّقت المحتجين"): the lead is the outlet's own, not the account of a later one
            if (correspondent(r, s) || toOutlet) return null;
        }
        return null;
    }

    private static final String CORRESPONDENT = ArabicAnalysis.terms("مراسل").get(0);

    private static boolean correspondent(Reading r, Report source) {
        if (source.cueText() == null) return false;
        for (Token t : r.claims.words().words(source.cueText())) {
            for (String f : PhraseMatcher.firstWordForms(t.term())) {
                if (PhraseMatcher.withoutArticle(f).startsWith(CORRESPONDENT)) return true;
            }
        }
        return false;
    }

    /** The words that name who told it and to whom: the sentence up to "أن"/"إن" or the comma after it. */
    private static final int SAYING_WORDS = 12;

    /**
     * "وقال مصدر أمني لعنب بلدي", "لموقع “963+”", "وأوضحت قيادة الأمن الداخلي في تصريح لـ سانا": the sentence
     * that names the source names the article's own outlet after "لـ" (fused to the name or to the word for the
     * outlet before it) within its first words.
     */
    private static boolean toldToOutlet(Reading r, Claim told, Lexicon lexicon) {
        if (told.evidence().isEmpty()) return false;
        String said = told.evidence().get(0).text();
        List<Token> tokens = r.claims.words().words(said);
        tokens = tokens.subList(0, Math.min(tokens.size(), SAYING_WORDS));
        for (Mention m : lexicon.matcher().match(tokens)) {
            Entry e = m.entry("Outlet");
            if (e == null || !lexicon.isOutletItself(r.article.outlet(), e.iri())) continue;
            Token first = tokens.get(m.firstToken());
            String word = said.substring(first.start(), first.end());
            String before = m.firstToken() == 0 ? "" : tokens.get(m.firstToken() - 1).term();
            if (word.startsWith("ل") || before.startsWith("ل")) return true;
        }
        return false;
    }

    /**
     * "وأفاد نشطاء المرصد السوري" in the observatory's own report: its own network, not a source it heard; told
     * to the outlet ("مصادر محلية لموقع …", the name after "لـ") the words are the source's.
     */
    private static boolean ownNetwork(Reading r, Report source) {
        if (source.cueText() == null) return false;
        List<Token> tokens = r.claims.words().words(source.cueText());
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
    private static boolean speaksOfATold(Reading r, Report source) {
        if (source.cueText() == null) return false;
        for (Mention m : r.claims.words().mentions(source.cueText())) {
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
