package org.isnad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The two ends of a stretch told "بين …" among the sites of a list: "استهدف الطيران المنطقة الواصلة بين بلدتي
 * الجيزة والمتاعية، وبلدات اليادودة وخراب الشحم" struck three places, the stretch between the two towns one of
 * them, as the analysts code it (one event per place; the stretch one event). Alone, the stretch is one place
 * and no list ({@link SplitByPlace}); beside other sites, its two ends stay together on one claim and each other
 * site is a claim of its own.
 */
final class BetweenPairs {

    /** What joins the two ends: "الجيزة والمتاعية", "الجيزة” وبلدة “المتاعية", "بلدتي جبيب – المسيفرة". */
    private static final Pattern AND_JOIN = Pattern.compile(SplitByPlace.QUOTE
            + "\\s*(?:و\\s*(?:" + SplitByPlace.NOUNS + "\\s+)?|[–—-]\\s*)" + SplitByPlace.QUOTE);

    /** "قرب قرية ", "بالقرب من ": a place told as near where the act was is a landmark of it, no site apart. */
    private static final Pattern NEAR = TextAround.lead("(?:^|\\s)(?:قرب|بالقرب من) (?:(?:قرية|بلدة|مدينة) )?" + SplitByPlace.QUOTE);

    private BetweenPairs() {}

    /**
     * Some site of the list, known or kept as written, is an end of a stretch "بين …" ("بين قريتي الكبينة
     * وكفريا"): the front or road between two places is one place ("بين" a word of its own: "سوبين و خطاب"
     * holds none).
     */
    static boolean any(EventClaim c, List<Object> sites) {
        for (Object s : sites) if (first(c, s) || second(c, s)) return true;
        return false;
    }

    /**
     * The known sites and the names kept as written hold, beside the two ends of each stretch "بين …", a site
     * that is neither end, told in a sentence of the claim that holds no stretch: "فكانت بلدة صيدا من أول
     * المستهدفين" and then "واستهدف الطيران المنطقة الواصلة بين بلدتي الجيزة والمتاعية". In the sentence of the
     * stretch itself a further place is where the killed came from ("من مدينة جاسم") or where the road passes
     * or a town lies ("بلدة كباشين الواقعة بين مدينتي …"), no site of its own.
     */
    static boolean besideOthers(EventClaim c, List<Object> known) {
        List<Object> all = new ArrayList<>(known);
        all.addAll(c.placeTexts());
        boolean other = false;
        for (Object s : all) {
            if (second(c, s) && partner(c, s, all) == null) return false;
            if (!end(c, s, all) && toldApart(c, SplitByPlace.siteWords(c, s), all)) other = true;
        }
        return other;
    }

    /** The site is an end of a stretch: told right after "بين", or joined to such a first end. */
    private static boolean end(EventClaim c, Object s, List<Object> sites) {
        return first(c, s) || second(c, s) || partner(c, s, sites) != null;
    }

    /**
     * Some evidence holds the words and no end of a stretch, not as near the act ("قطعوا الطريق الواصل بين …"
     * then "وأحرقوا الإطارات قرب قرية …": one protest).
     */
    private static boolean toldApart(EventClaim c, String words, List<Object> sites) {
        if (words == null) return false;
        for (Evidence e : c.evidence()) if (TextAround.precededBy(e.text(), words, NEAR)) return false;
        for (Evidence e : c.evidence()) {
            if (!e.text().contains(words)) continue;
            boolean stretch = false;
            for (Object s : sites) {
                String w = SplitByPlace.siteWords(c, s);
                if (w != null && e.text().contains(w) && first(c, s)) stretch = true;
            }
            if (!stretch) return true;
        }
        return false;
    }

    /** The sites, one group per claim: a second end of a stretch goes with its first end, each other site alone. */
    static List<List<Object>> groups(EventClaim c, List<Object> sites) {
        List<List<Object>> out = new ArrayList<>();
        List<Object> seconds = new ArrayList<>();
        for (Object s : sites) {
            if (partner(c, s, sites) != null) seconds.add(s);
            else out.add(new ArrayList<>(List.of(s)));
        }
        for (Object s : seconds) {
            Object p = partner(c, s, sites);
            for (List<Object> g : out) if (g.get(0) == p) g.add(s);
        }
        return out;
    }

    /** The first end of the stretch whose second end is {@code s}: told right before it, joined by "و". */
    private static Object partner(EventClaim c, Object s, List<Object> sites) {
        String words = SplitByPlace.siteWords(c, s);
        for (Object f : sites) {
            String before = SplitByPlace.siteWords(c, f);
            if (f == s || before == null || !first(c, f)) continue;
            for (Evidence e : c.evidence()) if (TextAround.joinedBy(e.text(), before, AND_JOIN, words)) return f;
        }
        return null;
    }

    private static boolean first(EventClaim c, Object s) {
        String words = SplitByPlace.siteWords(c, s);
        return words != null && toldBetweenIn(c, words, BETWEEN_FIRST);
    }

    private static boolean second(EventClaim c, Object s) {
        String words = SplitByPlace.siteWords(c, s);
        return words != null && toldBetweenIn(c, words, BETWEEN_SECOND);
    }

    /** "بين قريتي ": the words before the first of two places a front or road lies between. */
    private static final Pattern BETWEEN_FIRST = TextAround.lead("(?:^|\\s)بين (\\S+ ){0,2}" + SplitByPlace.QUOTE);
    /** "بين مدينة الحسكة وبلدة ": the words before the second of the two. */
    private static final Pattern BETWEEN_SECOND = TextAround.lead("(?:^|\\s)بين (?:(?!في )\\S+ ){1,3}?و\\s*(?:"
            + SplitByPlace.NOUNS + "\\s+)?" + SplitByPlace.QUOTE);

    /** "من جهة": the words that close the first side of a fight ("بين A من جهة، وB من جهة أخرى"). */
    private static final Pattern ONE_SIDE = Pattern.compile("[^.؟!\\n]*?(?:^|\\s)من جهة");

    /**
     * Some evidence holds the "بين …" pattern, not as the two sides of a fight: "اشتباكات بين قوات مجلس X
     * العسكري من جهة، ومجموعات مهاجمة في محيط قرى … من جهة أخرى" names the sides, not a road between towns, and
     * the villages after it are each a site.
     */
    private static boolean toldBetweenIn(EventClaim c, String words, Pattern lead) {
        for (Evidence e : c.evidence()) {
            String text = e.text();
            if (TextAround.precededBy(text, words, lead, at -> !ONE_SIDE.matcher(text).region(at, text.length()).lookingAt()))
                return true;
        }
        return false;
    }
}
