package org.isnad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Governorates told as a list, each a site of its own: "شهدت محافظات اللاذقية ودير الزور والرقة هجمات" is three
 * attacks, "خرج السوريون في محافظتا طرطوس واللاذقية في مظاهرات" two protests, "غارات على مناطق صحراوية ضمن
 * محافظتي الرقة (شرق) وحماة (وسط)" two strikes, as the analysts code them (one event per place). The plural or
 * dual governorate noun is what makes the names sites: "بريف إدلب" or a capital told alone is an area.
 */
final class GovernorateList {

    /** One name of the list: up to three words (none after the first begins with "و"), a note in brackets. */
    private static final String ITEM = "[^\\s.،؛()]+(?:\\s+[^\\s.،؛()و][^\\s.،؛()]*){0,2}(?:\\s*\\([^)]{1,20}\\))?";
    /** What comes between two names: "و", or a comma. */
    private static final String SEP = "(?:\\s*،\\s*و?|\\s+و)\\s*";
    private static final String NOUN = "(?:المحافظات|محافظات|محافظتي|محافظتا)\\s+";
    private static final Pattern HAS_NOUN = Pattern.compile(NOUN);
    private static final Pattern LISTED = TextAround.lead("(?:^|\\s|ب)" + NOUN
            + SplitByPlace.QUOTE + "(?:" + ITEM + SplitByPlace.QUOTE + SEP + SplitByPlace.QUOTE + ")*");

    private final Lexicon lexicon;

    GovernorateList(Lexicon lexicon) { this.lexicon = lexicon; }

    /**
     * The known places of the claim told in a governorate list, when two or more are. A tally over a period
     * ("شهدت مناطق الإدارة الذاتية في محافظتي الحسكة ودير الزور منذ مطلع العام 31 هجوماً") or a trend
     * ("تصاعداً ملحوظاً في هجمات … في محافظتي الرقة ودير الزور") is one aggregate, no list of acts.
     */
    List<String> sites(EvidenceWords words, EventClaim c) {
        if (TimeReader.isPeriod(c.time())) return List.of();
        List<String> out = new ArrayList<>();
        for (String p : c.places()) {
            Entry e = lexicon.entry(p);
            String kind = e == null ? null : e.localProp("placeKind");
            if (kind == null || !SplitByPlace.SETTLEMENTS.contains(kind) && !"Governorate".equals(kind)) continue;
            if (!c.origins().contains(p) && listed(c, c.placeWords(p))) out.add(p);
        }
        // the trend's cues are looked for only once a list is there: most claims name no governorate list at all
        return out.size() < 2 || toldAsTrend(words, c) ? List.of() : out;
    }

    /**
     * A listed governorate whose governorate holds another site of the claim is that site's area, no site apart:
     * "في محافظتي درعا والسويداء، في بلدة الجيزة وفي السويداء" keeps al-Jiza and al-Suwayda.
     */
    boolean areaOfAnother(String p, List<Object> sites, List<String> listed) {
        if (!listed.contains(p)) return false;
        Set<String> own = lexicon.governoratesOf(p);
        for (Object q : sites) {
            if (q == p || !(q instanceof String s) || listed.contains(s)) continue;
            for (String g : lexicon.governoratesOf(s)) if (own.contains(g)) return true;
        }
        return false;
    }

    /** The list is told in a sentence with a trend or series cue (isnad:TrendCue). */
    private static boolean toldAsTrend(EvidenceWords words, EventClaim c) {
        for (Evidence e : c.evidence()) {
            if (HAS_NOUN.matcher(e.text()).find() && words.mentions(e.text()).stream().anyMatch(m -> m.is("TrendCue"))) return true;
        }
        return false;
    }

    /** Some evidence tells the words in a list after a plural or dual governorate noun. */
    private static boolean listed(EventClaim c, String words) {
        if (words == null) return false;
        // "والرقة": the "and" is the list's, not the name's
        String name = words.startsWith("و") && words.length() > 3 ? words.substring(1) : words;
        for (Evidence e : c.evidence()) if (TextAround.precededBy(e.text(), name, LISTED)) return true;
        return false;
    }
}
