package org.isnad.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.isnad.extract.ReportKind;

/**
 * Does a predicted "reported by" agree with the analyst's? Gold files name the speaker in free English
 * ("CENTCOM statement", "SY24's sources in the region"); the claims JSON has a report label and a speaker
 * IRI. Both are compared as words: lower case, punctuation removed.
 *
 * <ol>
 *   <li>Gold "X (own voice)": agrees only with a report of kind OutletReporting (the outlet speaking for
 *       itself). When the prediction knows its outlet, X must share a word with the outlet's name.</li>
 *   <li>Otherwise an OutletReporting prediction disagrees, unless the gold string is the outlet's own name
 *       ("SOHR" in a SOHR article: the outlet speaking, named), or the outlet's name before brackets that pass
 *       on no one else's word ("DeirEzzor 24 (own count)", "X (page summary)"): the analyst named someone else.</li>
 *   <li>Otherwise the gold string agrees with the report label or the speaker's label when one contains the
 *       other (as whole words: "centcom statement" in "us central command centcom statement"), or when they
 *       share a distinctive word: any word of three or more letters that is not generic ("statement",
 *       "ministry", "forces", "syrian", …; see {@link #GENERIC}) and is not the outlet's name ("centcom",
 *       "coalition", "sources", "sohr" are distinctive). A gold name whose brackets say only how the word
 *       came ("local media (via Baladi News)") is compared by the name before them.</li>
 * </ol>
 * A gold claim may list several reporters: one agreeing is enough.
 */
public final class Attribution {

    /** Words too common in speaker names to tell two speakers apart. */
    static final Set<String> GENERIC = Set.of(
            "the", "and", "for", "from", "with", "its", "their", "his", "her", "according",
            "statement", "statements", "said", "says", "spokesman", "spokesperson", "official", "officials",
            "report", "reports", "reporting", "own", "voice", "region", "area", "local", "unknown", "outlet",
            "media", "news", "agency", "ministry", "defence", "defense", "foreign", "interior", "force", "forces",
            "army", "military", "command", "central", "general", "group", "groups", "national", "syrian", "syria",
            "government", "regime", "democratic", "human", "rights", "state", "led", "backed", "channel", "page");

    private Attribution() {}

    /**
     * @param gold         the gold claim's reported_by strings
     * @param p            the predicted claim
     * @param speakerLabel English label of the predicted speaker, or null
     * @param goldOutlet   the gold file's article.outlet, or null
     */
    public static boolean agrees(List<String> gold, PredictedClaim p, String speakerLabel, String goldOutlet) {
        for (String g : gold) if (agrees(g, p, speakerLabel, goldOutlet)) return true;
        return false;
    }

    static boolean agrees(String gold, PredictedClaim p, String speakerLabel, String goldOutlet) {
        List<String> g = words(gold);
        boolean outletReporting = ReportKind.OUTLET_REPORTING.localName().equals(p.reportKind());
        // the outlet's own correspondent speaks in the outlet's voice: "DeirEzzor 24 correspondent"; but one
        // who only heard the speaker is no speaker: "Civil Defence (to Smart's correspondent)" is Civil Defence
        List<String> named = words(name(gold));
        boolean outletKnown = p.outlet() != null && !p.outlet().equalsIgnoreCase("Unknown outlet");
        boolean ownVoice = contains(g, List.of("own", "voice")) || contains(g, List.of("own", "reporting"))
                || ((named.contains("correspondent") || named.contains("reporter")) && !g.contains("citing")
                    && !otherOutletsCorrespondent(named, outletKnown ? p.outlet() : goldOutlet));
        if (ownVoice) {
            if (!outletReporting) return false;
            if (!outletKnown) return true;
            named = new ArrayList<>(g);
            named.removeAll(List.of("own", "voice", "reporting", "correspondent", "reporter", "s", "in"));
            List<String> outlet = words(p.outlet());
            // "Syria TV (own voice)": the outlet's whole name counts, even when its words are generic or short
            // "Aljazeera (own voice)" in an "Al Jazeera" article: one name written with and without a space
            return named.isEmpty() || contains(named, outlet) || contains(outlet, named) || shares(named, outlet, Set.of())
                    || String.join("", named).equals(String.join("", outlet));
        }
        // "SOHR" in the observatory's own article is the observatory speaking: its own voice, named; so is
        // "DeirEzzor 24 (own count)" or "Al-Araby Al-Jadeed (page summary)": the outlet named, then how it told it
        if (outletReporting) return outletKnown && !g.contains("citing") && !g.contains("sources")
                && (contains(words(p.outlet()), g) || !relayed(gold) && contains(words(p.outlet()), words(name(gold))));
        // the outlet's name, not the brackets after it: in "Watan FM (citing Horan Free League)" the league's
        // words still tell its speaker apart
        Set<String> outletWords = new HashSet<>();
        if (outletKnown) outletWords.addAll(words(name(p.outlet())));
        if (goldOutlet != null) outletWords.addAll(words(name(goldOutlet)));
        for (String label : Arrays.asList(p.reportLabel(), speakerLabel)) {
            if (label == null) continue;
            List<String> w = words(label);
            if (w.isEmpty()) continue;
            // "local media (via Baladi News)": the name before the brackets, the channel in them (brackets that
            // say whose body it is, "(Iraqi government)", still count: see sameInstitution)
            if (contains(w, g) || contains(g, w) || relayed(gold) && contains(w, words(name(gold))) || shares(g, w, outletWords)
                    || sameInstitution(gold, w)) return true;
        }
        return false;
    }

    /** Words around "correspondent" that name no outlet: "correspondent", "SY24's correspondent in Daraa". */
    private static final Set<String> CORRESPONDENT_WORDS = Set.of("correspondent", "correspondents", "reporter", "s",
            "in", "the", "a", "its", "our", "their", "outlet", "local", "field", "own");

    /**
     * "Sama TV correspondent" in an Enab Baladi article: the correspondent of an outlet named that is not the
     * article's own is that outlet's speaker, not the article's own voice (session 26; before, such a gold
     * speaker agreed with no prediction at all). Words that name a place after "in" are not an outlet's.
     */
    static boolean otherOutletsCorrespondent(List<String> named, String outlet) {
        if (outlet == null) return false;
        List<String> rest = new ArrayList<>(named);
        int in = rest.indexOf("in");
        if (in >= 0) rest = new ArrayList<>(rest.subList(0, in));
        rest.removeAll(CORRESPONDENT_WORDS);
        if (rest.isEmpty()) return false;
        List<String> own = words(outlet);
        return !shares(rest, own, Set.of()) && !contains(own, rest) && !contains(rest, own);
    }

    /** Words that do not change which body a name names: "Ministry of Interior" is "Interior Ministry". */
    private static final Set<String> NAME_GLUE = Set.of("of", "the", "statement");

    /**
     * One institution named in another word order: "Syrian Interior Ministry" and "Syrian Ministry of Interior"
     * share only generic words, so {@link #shares} cannot see they are one body. The gold name (before any
     * bracket or comma) must lie within the label's words, and every label word must be in the gold string,
     * its brackets included: "Ministry of Defence (Syrian government)" is the Syrian ministry, while
     * "Iraqi Interior Ministry" is not the Syrian one.
     */
    static boolean sameInstitution(String gold, List<String> label) {
        Set<String> name = new HashSet<>(words(name(gold)));
        name.removeAll(NAME_GLUE);
        Set<String> all = new HashSet<>(words(gold));
        // "Ministry of Interior (government)": the government of these reports is the Syrian one
        if (BARE_GOVERNMENT.matcher(gold).find()) all.add("syrian");
        // "Interior Ministry (statement)": a body named with generic words only is, in these reports of Syria, the
        // Syrian one; a gold string that names anyone else's ("(Iraqi government)") keeps that word and disagrees
        if (words(gold).stream().allMatch(w -> GENERIC.contains(w) || NAME_GLUE.contains(w))) all.add("syrian");
        Set<String> said = new HashSet<>(label);
        said.removeAll(NAME_GLUE);
        return name.size() >= 2 && said.containsAll(name) && all.containsAll(said);
    }

    private static final java.util.regex.Pattern BARE_GOVERNMENT =
            java.util.regex.Pattern.compile("\\((?:the )?(?:government|regime)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The name an analyst gave, before any bracket or comma: "local media (via Baladi News)" → "local media". */
    static String name(String gold) {
        return gold.split("[(,]", 2)[0];
    }

    /** A bracket that says the speaker passed on someone else's word or spoke through another outlet. */
    private static boolean relayed(String gold) {
        List<String> w = words(gold.substring(name(gold).length()));
        return w.contains("via") || w.contains("citing") || w.contains("quoting") || w.contains("source") || w.contains("to");
    }

    /**
     * Words analysts and labels write in two forms for one speaker: "Step News correspondents" is the outlet's
     * own correspondents as "correspondent" is (rdev10); "eyewitnesses" are isnad's "witness (شهود عيان)" (rdev6).
     */
    private static final java.util.Map<String, String> ONE_FORM = java.util.Map.of(
            "correspondents", "correspondent", "reporters", "reporter",
            "eyewitness", "witness", "eyewitnesses", "witness", "witnesses", "witness",
            // British and American spelling of one ministry: "Syrian Defense Ministry" is the "Ministry of Defence"
            "defence", "defense");

    /** Lower-case words, punctuation removed ("SY24's" → "sy24", "s"), each in one form ({@link #ONE_FORM}). */
    static List<String> words(String s) {
        if (s == null) return List.of();
        String t = s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        if (t.isEmpty()) return List.of();
        List<String> out = new ArrayList<>();
        for (String w : t.split(" ")) out.add(ONE_FORM.getOrDefault(w, w));
        return List.copyOf(out);
    }

    private static boolean contains(List<String> hay, List<String> needle) {
        if (needle.isEmpty()) return false;
        return java.util.Collections.indexOfSubList(hay, needle) >= 0;
    }

    private static boolean shares(List<String> a, List<String> b, Set<String> notDistinctive) {
        for (String w : a) {
            if (w.length() >= 3 && !GENERIC.contains(w) && !notDistinctive.contains(w) && b.contains(w)) return true;
        }
        return false;
    }
}
