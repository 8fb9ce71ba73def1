package org.isnad.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One event per place, as ACLED codes them: "داهمت قوات النظام منازل في بلدات نوى والشيخ مسكين وإبطع" is
 * three raids. An event claim that names two or more settlements (villages, towns, cities, neighbourhoods,
 * or places the gazetteer lacks), none within another, becomes one claim per settlement; the areas around
 * them ("بريف درعا الغربي"), the origins of fire, the actors, time and evidence stay with each, whatever the
 * act: "خرجت مظاهرات في بلدات سرمدا وبنّش وحزانو" is three protests too.
 */
final class SplitByPlace implements ClaimPass {

    static final Set<String> SETTLEMENTS = Set.of("Village", "Town", "City", "Neighbourhood", "SubDistrict");

    /** A name may stand in quotes, straight or curly: "بلدة “أورم الكبرى” وقرية “كفرعمة”", "قرى «…»". */
    static final String QUOTE = "[\"“”«»]?";

    /** A direction after some word, with an optional place noun: "… غرب مدينة ", "… شمالي ". */
    private static final Pattern RELATIVE_TO =
            TextAround.lead("\\S\\s+(?:شمال|جنوب|شرق|غرب)ي?\\s+(?:(?:مدينة|بلدة|قرية|ناحية|مخيم)\\s+)?");
    /** "التابعة لناحية ": the words that say which area a place belongs to. */
    private static final String BELONGING = "(?:ال)?تابع(?:ة|ين)?\\s+(?:ل(?:ناحية|منطقة|بلدة|مدينة)?\\s*)?";
    /** "قرية فركيا، التابعة لناحية أريحا": the area a place belongs to, told after it. */
    private static final Pattern BELONGS_TO = TextAround.lead("(?:^|\\s)" + BELONGING);
    // the words before a place that make it no site of its own, or one told apart (see where each is used)
    // "على مدينتي درعا وجاسم وبلدة اليادودة": the dual names the capital as a city too
    private static final Pattern CITY_NOUN = TextAround.lead("(?:مدينة|مدينتي|مدينتا) " + QUOTE);
    private static final Pattern OWN_NOUN = TextAround.lead("(?:في |ب)(?:بلدة|قرية|مدينة|حي|مخيم) " + QUOTE);
    private static final Pattern SURROUNDINGS = TextAround.lead("و(?:محيط|أطراف|أحياء) (?:(?:بلدة|قرية|مدينة|مخيم) )?");
    private static final Pattern COUNTRYSIDE = TextAround.lead("[بو]?ريف (\\S+ )?");
    /**
     * "في كل من مدينة إدلب … وبلدات … في ريف إدلب": a town told with its own settlement noun (not "ريف مدينة …")
     * is a site, though its countryside is named too.
     */
    private static final Pattern OWN_SETTLEMENT = TextAround.lead("(?:^|\\s)(?<!ريف )و?(?:مدينة|بلدة|قرية) " + QUOTE);
    /** "في محيط مدينة ", "بمحيط ": the town whose surroundings the act's sites lie in. */
    private static final Pattern AROUND = TextAround.lead("(?:^|\\s)(?:في |ب)محيط (?:(?:مدينة|بلدة|قرية|مخيم) )?");
    /** What lies between a place text and the known place it lies in: "الذنيبة في مدينة إزرع", "الشرفة بمدينة الميادين". */
    private static final Pattern LIES_IN = Pattern.compile(QUOTE + "(?:\\s+\\S+)?\\s+(?:في\\s+|ب)(?:مدينة|بلدة|قرية|ناحية)?\\s*");
    /** What lies between a site and the area it is told to lie in: "المرجة في منطقة", "… ضمن ناحية". */
    private static final Pattern IN_AREA =
            Pattern.compile("\\S*(?:\\s+\\S+){0,2}?\\s+(?:(?:في|ضمن)\\s+|ب)(?:منطقة|ناحية)\\s+" + QUOTE);

    /** Place nouns before a name: "وقرية الشير", "وبلدات …". */
    static final String NOUNS = "(?:بلدة|قرية|مدينة|حي|مخيم|بلدات|قرى|مدن|أحياء|مخيمات)";

    private final Lexicon lexicon;

    private final GovernorateList governorateLists;

    SplitByPlace(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.governorateLists = new GovernorateList(lexicon);
    }

    @Override
    public void apply(ArticleClaims claims) {
        for (EventClaim c : claims.events()) {
            if (c.splitPlace() != null) continue;
            // "نشرت قسد حواجز في قرى العزبة ومعيزيلة والمطحنة": one force posted across several villages is
            // one deployment, and the analysts of the real pages code one claim for it
            if (EventTypes.CHANGE_TO_GROUP_ACTIVITY.equals(c.eventClass())) continue;
            List<Object> sites = readSites(claims.words(), c);
            List<List<Object>> groups = BetweenPairs.groups(c, sites);
            if (groups.size() < 2) continue;
            for (int i = 1; i < groups.size(); i++) claims.add(copy(claims, c, groups.get(i), sites));
            keepOnly(c, groups.get(0), sites);
        }
    }

    /**
     * The sites one claim each, for a list told back to ({@link PlaceListReference}): none when two of them
     * are the ends of a stretch told "بين …".
     */
    List<Object> sites(EvidenceWords words, EventClaim c) {
        List<Object> sites = readSites(words, c);
        return BetweenPairs.any(c, sites) ? List.of() : sites;
    }

    /** The settlements the event took place in: known ones, then those kept as written. */
    private List<Object> readSites(EvidenceWords analysed, EventClaim c) {
        List<Object> out = new ArrayList<>();
        // "محافظات اللاذقية ودير الزور والرقة": governorates told as a list are sites
        List<String> listed = governorateLists.sites(analysed, c);
        boolean coordinated = !listed.isEmpty();
        for (String p : c.places()) {
            Entry e = lexicon.entry(p);
            String kind = e == null ? null : e.localProp("placeKind");
            if (listed.contains(p)) { out.add(p); continue; }
            if (kind == null || !SETTLEMENTS.contains(kind) || c.origins().contains(p) || isCapital(e) && !toldAfter(c, p, CITY_NOUN) && !toldAsTheCity(c, p) && !listedWithTown(c, p) || countrysideOf(c, p)) continue;
            out.add(p);
            String words = c.placeWords(p);
            if ((out.size() > 1 || !c.placeTexts().isEmpty()) && words != null && (words.startsWith("و") || joined(c, words))) coordinated = true;
        }
        // "بلدة كفرنبل وقرية الشير": a name the gazetteer lacks joined to a known one
        if (!out.isEmpty()) for (PlaceText t : c.placeTexts()) if (joined(c, t.text())) coordinated = true;
        if (!coordinated) coordinated = toldApart(c, out);
        if (!coordinated && c.placeTexts().size() < 2) return List.of();
        // "على الطريق الواصل بين الميادين وديرالزور", "بين مدينتي القحطانية والقامشلي": a road between two
        // places is one place; with other sites beside it, the stretch is one of them (see BetweenPairs)
        List<Object> withTexts = new ArrayList<>(out);
        withTexts.addAll(c.placeTexts());
        if (BetweenPairs.any(c, withTexts) && !BetweenPairs.besideOthers(c, out)) return List.of();
        // one within another is one place named twice ("حي الجورة في مدينة دير الزور")
        // a listed governorate holding another site first: "محافظتي درعا والسويداء … بلدة الجيزة"
        out.removeIf(p -> governorateLists.areaOfAnother((String) p, out, listed));
        out.removeIf(p -> out.stream().anyMatch(q -> q != p && lexicon.isWithin((String) p, (String) q)));
        // "في حي الذنيبة في مدينة إزرع": the town a place the gazetteer lacks is said to lie in is its area, and
        // "الذَّنيبة" told again with a short vowel is the same quarter
        dropRepeatedTexts(c);
        out.removeIf(p -> c.placeTexts().stream().anyMatch(t -> liesIn(c, t, (String) p)));
        // "بلدة تل حلف غرب مدينة رأس العين": the place another is told to lie west of is where it lies, not a
        // second site
        out.removeIf(p -> toldAfter(c, (String) p, RELATIVE_TO));
        // "قرى منغ وعين دقنة ومرعناز … في محيط مدينة تل رفعت": the town the villages lie around is their area
        out.removeIf(p -> toldAfter(c, (String) p, AROUND));
        // "قرية فركيا، التابعة لناحية أريحا، وقرية كفريدين": the area a village belongs to is not a second site
        out.removeIf(p -> toldAfter(c, (String) p, BELONGS_TO));
        // "في قرية المرجة في منطقة سهل الغاب": the area a site lies in is not a second site
        List<PlaceText> texts = c.placeTexts().stream()
                .filter(t -> !areaOfAnother(c, t, out) && !toldAfterWords(c, t.text(), RELATIVE_TO)
                        && !toldAfterWords(c, t.text(), BELONGS_TO)).toList();
        out.addAll(texts);
        return out;
    }

    /** The same name twice, with and without short vowels, is one place: the first stays. */
    private static void dropRepeatedTexts(EventClaim c) {
        Set<String> seen = new java.util.HashSet<>();
        c.placeTexts().removeIf(t -> !seen.add(ArabicAnalysis.withoutMarks(t.text())));
    }

    /** "الذنيبة في مدينة إزرع", "الشرفة بمدينة الميادين": the text is told as lying in the known place. */
    private static boolean liesIn(EventClaim c, PlaceText t, String known) {
        String words = c.placeWords(known);
        if (words == null) return false;
        for (Evidence e : c.evidence()) if (TextAround.joinedBy(e.text(), t.text(), LIES_IN, words)) return true;
        return false;
    }

    /** The place text is told as the area ("في منطقة", "بمنطقة", "ضمن ناحية") of a site named just before. */
    private static boolean areaOfAnother(EventClaim c, PlaceText area, List<Object> known) {
        List<String> before = new ArrayList<>();
        for (Object k : known) if (c.placeWords((String) k) != null) before.add(c.placeWords((String) k));
        for (PlaceText t : c.placeTexts()) if (t != area) before.add(t.text());
        for (String words : before) {
            for (Evidence e : c.evidence()) if (TextAround.joinedBy(e.text(), words, IN_AREA, area.text())) return true;
        }
        return false;
    }

    /**
     * Two or more sites each told with a place noun of its own ("ثلاثة شبان في بلدة الشحيل …، إلى جانب اعتقال
     * شاب آخر في بلدة أبو خشب"), or one joined to another with its surroundings ("في سفوهن ومحيط كنصفرة"):
     * acts at places told apart, as ACLED codes them, one per place.
     */
    private static boolean toldApart(EventClaim c, List<Object> sites) {
        int ownNoun = 0;
        for (int i = 0; i < sites.size(); i++) {
            String p = (String) sites.get(i);
            if (toldAfter(c, p, OWN_NOUN)) ownNoun++;
            // "مدينة أريحا وأطراف بلدة سرجة": the outskirts of a second town, with its place noun, too
            if (i > 0 && toldAfter(c, p, SURROUNDINGS)) return true;
        }
        return ownNoun >= 2 && !movedBetween(c, sites);
    }

    // "… إلى …", not "إلى جانب"
    private static final Pattern TO_BUT_BESIDES = Pattern.compile("(?s).*(?:^|\\s)[إا]لى\\s(?!جانب).*");

    /**
     * "نقلت شحنة من مستودعاتها في مدينة البوكمال إلى مقر في بلدة القورية": from one site to another is one act
     * ("إلى جانب", "besides", joins two acts).
     */
    private static boolean movedBetween(EventClaim c, List<Object> sites) {
        for (Evidence e : c.evidence()) {
            int last = -1;
            for (Object site : sites) {
                String words = c.placeWords((String) site);
                int at = words == null ? -1 : e.text().indexOf(words);
                if (at < 0) continue;
                if (last >= 0 && TO_BUT_BESIDES.matcher(e.text().substring(Math.min(last, at), Math.max(last, at))).matches())
                    return true;
                last = at;
            }
        }
        return false;
    }

    /**
     * "بلدتي كنصفرة – البارة": after a dual or plural place noun, names joined by dashes are a list (not "طريق
     * منبج - الباب", a road named by its two ends, which has no such noun).
     */
    private static final String DASHED = "(?:بلدتي|قريتي|مدينتي|بلدتا|قريتا|مدينتا|حيي|قرى|بلدات|مدن|أحياء)\\s+" + QUOTE + "[^.،؛\\n\"“”«»]{1,40}?" + QUOTE + "\\s*[–—-]\\s*" + QUOTE;

    /** "إدلب المدينة": the capital's name followed by "the city" is the city. */
    private static final Pattern THE_CITY = Pattern.compile("\\s+");

    /** Only a few words joined by "و" or commas between two places of one list: "طرطوس واللاذقية وجبلة". */
    private static final Pattern LISTED_BETWEEN = Pattern.compile("[\\s،]*(?:و?[^\\s،.:؛]+[\\s،]+){0,3}و");

    /**
     * "محتجون في طرطوس واللاذقية وجبلة": a governorate's capital listed by "و" with a town that is no capital
     * (and so no governorate's name) is the city, one of the list's sites.
     */
    private boolean listedWithTown(EventClaim c, String capital) {
        String words = c.placeWords(capital);
        if (words == null) return false;
        for (String q : c.places()) {
            Entry e = lexicon.entry(q);
            String kind = e == null ? null : e.localProp("placeKind");
            String other = c.placeWords(q);
            if (q.equals(capital) || other == null || kind == null || !SETTLEMENTS.contains(kind) || isCapital(e) || namesItsGovernorate(e) || !other.startsWith("و")) continue;
            for (Evidence ev : c.evidence()) if (TextAround.joinedBy(ev.text(), words, LISTED_BETWEEN, other.substring(1))) return true;
        }
        return false;
    }

    /** "ودير الزور" (placed within its district first): a city whose governorate of admin1 bears its name. */
    private boolean namesItsGovernorate(Entry e) {
        Entry g = e.prop("admin1") == null ? null : lexicon.entry(e.prop("admin1"));
        return g != null && e.prop("labelAr") != null && g.prop("labelAr") != null
                && ArabicAnalysis.terms(g.prop("labelAr")).containsAll(ArabicAnalysis.terms(e.prop("labelAr")));
    }

    private static boolean toldAsTheCity(EventClaim c, String place) {
        String words = c.placeWords(place);
        if (words == null) return false;
        for (Evidence e : c.evidence()) if (TextAround.joinedBy(e.text(), words, THE_CITY, "المدينة")) return true;
        return false;
    }

    /**
     * "استهدفت عدة مدن وقرى، أريحا، احسم، مرعيان": after a plural place noun, names set apart by commas are a
     * list, as with "و" (each item at most a few words, no full stop or semicolon between).
     */
    private static final String COMMA_LISTED = "(?:قرى|بلدات|مدن|أحياء|مخيمات|بلدتي|قريتي|مدينتي)،?\\s+" + QUOTE
            + "(?:[^.،؛\\n]{1,40}،\\s*){1,12}" + QUOTE;

    /**
     * The words follow an "and", written apart ("و سوبين") or before a place noun ("وقرية الشير"), or a dash
     * after a plural place noun.
     */
    private static boolean joined(EventClaim c, String words) {
        return toldAfterWords(c, words, AND_BEFORE) || toldAfterWords(c, words, DASHED_BEFORE)
                || toldAfterWords(c, words, COMMA_LISTED_BEFORE);
    }

    /** "و سوبين", "وقرية الشير": an "and" before the words, written apart or before a place noun. */
    private static final Pattern AND_BEFORE = TextAround.lead("(?:^|[\\s،])و\\s*(?:" + NOUNS + "\\s+)?" + QUOTE);
    private static final Pattern DASHED_BEFORE = TextAround.lead(DASHED);
    private static final Pattern COMMA_LISTED_BEFORE = TextAround.lead(COMMA_LISTED);

    /**
     * "قريتي الربيعات والمناجير في ريف بلدة تل تمر": the town whose countryside is meant is an area, not a site;
     * a name joined by "و" after a countryside ("في مدن اعزاز بريف حلب وسرمدا") is the list's next site.
     */
    private static boolean countrysideOf(EventClaim c, String place) {
        String words = c.placeWords(place);
        return words != null && !words.startsWith("و") && toldAfter(c, place, COUNTRYSIDE) && !toldAfter(c, place, OWN_SETTLEMENT);
    }

    /** Some evidence of the claim holds {@code lead} right before the known place's own words. */
    private static boolean toldAfter(EventClaim c, String place, Pattern lead) {
        return toldAfterWords(c, c.placeWords(place), lead);
    }

    /** Some evidence of the claim holds {@code lead} (made by {@link TextAround#lead}) right before the words. */
    private static boolean toldAfterWords(EventClaim c, String words, Pattern lead) {
        if (words == null) return false;
        for (Evidence e : c.evidence()) if (TextAround.precededBy(e.text(), words, lead)) return true;
        return false;
    }

    /**
     * "بريف إدلب": the city that names its governorate stands for the area as often as for itself ("في مدينة
     * إدلب وبلدات سرمدا وبنّش" says it is the city, a site of its own).
     */
    private boolean isCapital(Entry e) {
        String parent = e.prop("within");
        Entry g = parent == null ? null : lexicon.entry(parent);
        if (g == null || !"Governorate".equals(g.localProp("placeKind")) || e.prop("labelAr") == null || g.prop("labelAr") == null)
            return false;
        return ArabicAnalysis.terms(g.prop("labelAr")).containsAll(ArabicAnalysis.terms(e.prop("labelAr")));
    }

    private EventClaim copy(ArticleClaims claims, EventClaim c, List<Object> group, List<Object> sites) {
        EventClaim x = c.copyAs(claims.nextKey());
        keepOnly(x, group, sites);
        Object site = group.get(0);
        x.splitPlace(siteName(site));
        return x;
    }

    /** The claim keeps one of the sites (with the other end of a stretch "بين …"), and every place that is not a site. */
    private static void keepOnly(EventClaim c, List<Object> group, List<Object> sites) {
        Object site = group.get(0);
        Set<Object> others = new LinkedHashSet<>(sites);
        others.removeAll(group);
        c.places().removeIf(others::contains);
        c.placeTexts().removeIf(others::contains);
        if (c.splitPlace() == null && site != sites.get(0)) c.splitPlace(siteName(site));
        // "قرية فركيا، التابعة لناحية أريحا، وقرية سرجة": the area one village belongs to is not the next one's
        String own = siteWords(c, site);
        c.places().removeIf(p -> toldAfter(c, p, BELONGS_TO) && !ownArea(c, own, c.placeWords(p)));
        c.placeTexts().removeIf(p -> toldAfterWords(c, p.text(), BELONGS_TO) && !ownArea(c, own, p.text()));
    }

    /** A site's name as the claim records where it was split: the words kept as written, or the place's IRI. */
    private static String siteName(Object site) {
        return site instanceof PlaceText t ? t.text() : (String) site;
    }

    /** The words a site is told with in the claim's evidence: kept as written, or a known place's words. */
    static String siteWords(EventClaim c, Object site) {
        return site instanceof PlaceText t ? t.text() : c.placeWords((String) site);
    }

    /** What lies between a site and the area it belongs to: "، التابعة لناحية ". */
    private static final Pattern BELONGS_BETWEEN = Pattern.compile(QUOTE + "،?\\s*" + BELONGING);

    private static boolean ownArea(EventClaim c, String site, String area) {
        if (site == null || area == null) return false;
        for (Evidence e : c.evidence()) if (TextAround.joinedBy(e.text(), site, BELONGS_BETWEEN, area)) return true;
        return false;
    }
}
