package org.isnad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A road named by its two ends ("على أوتستراد دمشق – السويداء قرب بلدة …", "طريق سرمين – النيرب") is where
 * the act happened; the cities at its ends are not. Read as they stand, an ambush near a village on the road
 * gets the two cities as places, and the city, less precise than the village but better known, comes first:
 * the event lands in the wrong district. When the claim names another place, the ends give way to it; with
 * none, they stay, as the best words the text gives for where the road runs.
 */
final class RoadEnds implements ClaimPass {

    /** A road noun, then one or two words, a dash, and one or two words: "طريق حلب - اللاذقية", "طريق (البارة – بليون)". */
    private static final String END = "[^\\s.،,؛()\"“”«»–—-]+(?:\\s+[^\\s.،,؛()\"“”«»–—-]+)?";
    private static final Pattern ROAD = Pattern.compile(
            "(?:طريق|الطريق|أوتوستراد|اوتوستراد|أوتستراد|اوتستراد|الأوتوستراد|الأوتستراد|أتوستراد)\\s+[(\"“«]?(" + END
                    + ")\\s*[–—-]\\s*(" + END + ")");

    /** Kinds of place that are the area a road runs through, not a place on it. */
    private static final Set<String> AREAS = Set.of("Country", "Governorate", "Region", "District", "SubDistrict", "Border");

    private final Lexicon lexicon;

    RoadEnds(Lexicon lexicon) { this.lexicon = lexicon; }

    @Override
    public void apply(ArticleClaims claims) {
        for (EventClaim c : claims.events()) dropEnds(c);
    }

    private void dropEnds(EventClaim c) {
        if (c.places().size() + c.placeTexts().size() < 2) return;
        List<String> ends = new ArrayList<>();
        for (String p : c.places()) if (onlyARoadEnd(c, c.placeWords(p))) ends.add(p);
        if (ends.isEmpty()) return;
        // another place of the act: a known settlement or site, not an area the ends lie in ("طريق داعل - طفس في
        // ريف درعا الغربي" keeps its towns), or one the gazetteer lacks that is neither the road nor one of its ends
        boolean other = c.places().stream().anyMatch(p -> !ends.contains(p) && !AREAS.contains(lexicon.placeKind(p)))
                || c.placeTexts().stream().anyMatch(t -> !ROAD.matcher(t.text()).find() && !onlyARoadEnd(c, t.text()));
        if (other) c.places().removeAll(Set.copyOf(ends));
    }

    /** The words stand in the evidence only as an end of a road named by its two ends. */
    private static boolean onlyARoadEnd(EventClaim c, String words) {
        if (words == null || words.isEmpty()) return false;
        boolean end = false;
        for (Evidence e : c.evidence()) {
            // every road noun of ROAD holds "طريق" or "ستراد": without them the regex, tried at every letter, finds nothing
            if (!mayNameARoad(e.text())) {
                if (e.text().contains(words)) return false;
                continue;
            }
            StringBuilder rest = new StringBuilder(e.text());
            Matcher m = ROAD.matcher(e.text());
            while (m.find()) {
                for (int g = 1; g <= 2; g++) {
                    if (startsWithWords(m.group(g), words)) end = true;
                }
                for (int i = m.start(); i < m.end(); i++) rest.setCharAt(i, ' ');
            }
            if (rest.indexOf(words) >= 0) return false;
        }
        return end;
    }

    private static boolean mayNameARoad(String text) {
        return text.contains("طريق") || text.contains("ستراد");
    }

    /** "اللاذقية M4" starts with the words "اللاذقية"; "حلبون" does not start with "حلب". */
    private static boolean startsWithWords(String text, String words) {
        return text.startsWith(words) && (text.length() == words.length() || Character.isWhitespace(text.charAt(words.length())));
    }
}
