package org.isnad.extract;

import java.util.List;
import java.util.Set;
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
        String head = head(r.text);
        if (head == null) return null;
        List<Token> tokens = ArabicAnalysis.tokens(head);
        if (tokens.isEmpty() || tokens.size() > DATELINE_WORDS) return null;
        for (Mention m : lexicon.matcher().match(tokens)) {
            Entry e = AttributionReader.speakerEntry(m);
            if (e == null || !(m.entry("Outlet") != null || SOURCE_CATEGORIES.contains(e.prop("actorCategory")))) continue;
            return lexicon.isOutletItself(r.article.outlet(), e.iri()) ? null : e;
        }
        return null;
    }

    /**
     * The dateline: the first line of the body when it is short and holds a dash or brackets ("دمشق- (د ب أ)"),
     * else the opening of the first line up to its first dash, with the name right after that dash when the
     * dash follows the place at once ("بيروت – رويترز قال نشطاء …"); null when the body opens otherwise.
     */
    static String head(String text) {
        String line = null;
        for (String l : text.split("\n")) {
            if (!l.isBlank()) { line = l.strip(); break; }
        }
        if (line == null) return null;
        int dash = -1;
        for (int i = 0; i < line.length() && dash < 0; i++) if (DASHES.indexOf(line.charAt(i)) >= 0) dash = i;
        if (dash < 0) return null;
        String before = line.substring(0, dash);
        if (ArabicAnalysis.tokens(line).size() <= DATELINE_WORDS) return line;
        // "حماة، سوريا، (مركز حماة الإعلامي) –": the source in brackets before the dash
        if (before.contains("(")) return before;
        // "بيروت – رويترز": one place word, the dash, and the agency's name (two words at most)
        if (ArabicAnalysis.tokens(before).size() == 1) {
            List<Token> after = ArabicAnalysis.tokens(line.substring(dash + 1));
            if (after.size() < 2) return null;
            return line.substring(0, dash + 1 + after.get(1).end());
        }
        return null;
    }
}
