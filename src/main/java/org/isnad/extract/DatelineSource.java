package org.isnad.extract;

import java.util.List;
import java.util.Set;
import org.isnad.ingest.Article;
import org.isnad.vocab.Vocab;

/**
 * "حماة، سوريا، (مركز حماة الإعلامي) – قال …", "دمشق- (د ب أ)", "بيروت – رويترز": a dateline that names,
 * instead of the outlet, the source the whole item comes from (a news agency, a media centre, a monitor). The
 * outlet only carries that report: what the item tells in no named voice of its own ("هذا وقد خرجت مظاهرات …",
 * "من جانبه استهدف الجيش الحر …") is the dateline source's account, as analysts credit it ("when the body says
 * 'according to X' for the whole report, X is the speaker of the events it covers"). A dateline with the outlet's
 * own name ("دمشق 28 ابريل (شينخوا)" in Xinhua) leaves its voice as it is.
 */
final class DatelineSource {

    private DatelineSource() {}

    /** A dateline is a short head: a city, a country, a date and the source, before the first dash. */
    private static final int DATELINE_WORDS = 7;

    private static final String DASHES = "–—-ـ|";

    /** Who may stand in a dateline: news agencies and other outlets, media centres and monitors. */
    private static final Set<String> SOURCE_CATEGORIES = Set.of(Vocab.ISNAD + "Media", Vocab.ISNAD + "MonitoringGroup");

    static void revoice(Reading r, Lexicon lexicon) {
        if (r.reports.ownWitness()) return;   // "أفاد مراسلنا": the outlet had its own people there
        Entry source = source(r, lexicon);
        if (source == null) return;
        Report report = r.reports.report(ReportKind.SOURCE_REPORT, source.iri(), null);
        for (Claim c : r.claims.all()) {
            if (c.report().kind() == ReportKind.OUTLET_REPORTING && c.report().cueText() == null) c.voice(report);
        }
    }

    /** The source the article's dateline names, or null when there is none or it names the outlet itself. */
    static Entry source(Reading r, Lexicon lexicon) {
        String head = head(r.article);
        if (head == null) return null;
        List<Token> tokens = ArabicAnalysis.tokens(head);
        if (tokens.isEmpty() || tokens.size() > DATELINE_WORDS) return null;
        int dash = -1, afterDash = -1;
        for (int i = 0; i < head.length() && dash < 0; i++) if (isDash(head, i)) dash = i;
        for (int t = 0; t < tokens.size() && dash >= 0 && afterDash < 0; t++) if (tokens.get(t).start() > dash) afterDash = t;
        for (Mention m : lexicon.matcher().match(tokens)) {
            // "بيروت – رويترز", "(د ب أ)": the name right after the dash or in brackets, not "دمشق – ذكرت سانا"
            if (m.firstToken() != afterDash && !bracketed(head, m.start(), m.end())) continue;
            Entry e = AttributionReader.speakerEntry(m);
            String category = e == null ? null : e.prop("actorCategory");   // (Set.of holds no null)
            if (e == null || !(m.entry("Outlet") != null || category != null && SOURCE_CATEGORIES.contains(category))) continue;
            return lexicon.isOutletItself(r.article.outlet(), e.iri()) ? null : e;
        }
        return null;
    }

    /**
     * The dateline: the first line of the body (past the lines the article ignores and its title) when it is short
     * and holds a dash ("دمشق- (د ب أ)"), else the opening of that line up to its first dash when a bracketed name
     * stands before the dash, or the one place word, the dash and the two words right after it
     * ("بيروت – رويترز قال نشطاء …"); null when the body opens otherwise.
     */
    static String head(Article article) {
        String text = article.text(), line = null;
        int at = 0;
        for (String l : text.split("\n", -1)) {
            int lead = at + (l.length() - l.stripLeading().length());
            boolean title = article.titleSpan() != null && article.titleSpan().contains(lead);
            if (!l.isBlank() && !title && !article.isIgnored(lead)) { line = l.strip(); break; }
            at += l.length() + 1;
        }
        if (line == null) return null;
        int dash = -1;
        for (int i = 0; i < line.length() && dash < 0; i++) if (isDash(line, i)) dash = i;
        if (dash < 0) return null;
        String before = line.substring(0, dash);
        if (ArabicAnalysis.tokens(line).size() <= DATELINE_WORDS) return line;
        // "حماة، سوريا، (مركز حماة الإعلامي) –": the source in brackets before the dash
        if (before.contains("(")) return before;
        // "بيروت – رويترز": one place word, the dash, and the agency's name (two words at most) right after it;
        // the caller reads the source only from the first word after the dash ("دمشق – ذكرت سانا أن …" is no dateline)
        if (ArabicAnalysis.tokens(before).size() == 1) {
            List<Token> after = ArabicAnalysis.tokens(line.substring(dash + 1));
            if (after.size() < 2) return null;
            return line.substring(0, dash + 1 + after.get(1).end());
        }
        return null;
    }

    private static boolean bracketed(String head, int start, int end) {
        return head.lastIndexOf('(', start) > head.lastIndexOf(')', start) && head.indexOf(')', end) >= 0;
    }

    /** "–", "-", "|", or a tatweel "ـ" that stretches no word ("حلب ـ" but not "قـال"). */
    static boolean isDash(String line, int i) {
        char c = line.charAt(i);
        if (c != 'ـ') return DASHES.indexOf(c) >= 0;
        return !(i > 0 && Character.isLetter(line.charAt(i - 1)) && i + 1 < line.length() && Character.isLetter(line.charAt(i + 1)));
    }
}
