package org.isnad.extract;

import java.util.List;
import java.util.Set;

/**
 * A plural place noun whose names come a few words later, after a word that announces them: "تعرضت مناطق
 * عديدة للقصف بالمدفعية، ومنها داعل والطيبة وعلما", "قتل مسلحون في معارك في قرى بغرب دير الزور، منها البوحميد
 * والكبر", "اقتحموا القرى القريبة منها وهي فافين، وحليصة". The names after "منها", "من بينها", "أبرزها" or
 * "وهي" are the places the noun counts, read as the list after a plural noun is. The noun may stand before the
 * words an event reads its places from ("تعرضت مناطق … للقصف"). Read for {@link PlaceTextReader}.
 */
final class AnnouncedPlaceList {

    /** How far before the announcing word the plural place noun may stand, in words. */
    private static final int REACH = 8;

    /**
     * "وهي" announces names only right after the noun, with a known place or two names after it: "غارات على بلدات
     * ريف إدلب، وهي المرة الثالثة" or "…، وهي تحت سيطرة الفصائل" names nothing.
     */
    private static final int PRONOUN_REACH = 3;

    /** One word that announces the names ("ومنها", "أبرزها", "وهي"). */
    private static final Set<String> ANNOUNCERS = Set.of("منها", "ومنها", "ابرزها", "وابرزها", "هي", "وهي");
    /** "من بينها", "ومن بينها": the announcer in two words. */
    private static final Set<String> FROM = Set.of("من", "ومن");

    /** "مناطق عديدة …، ومنها": areas, which name none themselves, count the places the announcer names. */
    private static final Set<String> AREAS = Set.of("مناطق");

    private AnnouncedPlaceList() {}

    /** Reads the names each announcing word in {@code [from, to)} opens after a plural place noun. */
    static void read(String text, List<Token> tokens, List<Mention> ms, int from, int to, List<PlaceText> out) {
        for (int t = Math.max(from, 1); t + 1 < to; t++) {
            int first = namesAfter(text, tokens, t);
            boolean pronoun = tokens.get(t).term().endsWith("هي");
            if (first < 0 || first >= to || !nounBefore(tokens, ms, t, pronoun ? PRONOUN_REACH : REACH)) continue;
            List<PlaceText> names = new java.util.ArrayList<>();
            ListedPlaceNames.read(text, tokens, ms, first, to, true, false, names);
            Mention known = Mention.startingAt(ms, first);
            if (pronoun && names.size() < 2 && !(known != null && known.is("Place"))) continue;
            // (a plural noun inside the words read may have read the same names already)
            for (PlaceText n : names) if (out.stream().noneMatch(p -> p.start() == n.start())) out.add(n);
        }
    }

    /**
     * Past an announcing word at {@code t}, where the names begin; else {@code t}. An announcer stands after "و" or
     * a comma ("القرى القريبة منها وهي …": "near it", no announcer).
     */
    static int past(String text, List<Token> tokens, int t) {
        int first = t < tokens.size() ? namesAfter(text, tokens, t) : -1;
        return first < 0 ? t : first;
    }

    /**
     * "، ومنها", "ومن بينها" ends right before {@code first}, after "و" or a mark ("القرى القريبة منها" is no
     * announcer); "وهي" is left out, too broad without the checks {@link #read} makes. No plural noun is looked for:
     * {@link PlaceNameCues#announcedFirst} takes the name after it as a list's first.
     */
    static boolean announcerEndsAt(List<Token> tokens, int first) {
        if (first > 0 && ANNOUNCERS.contains(tokens.get(first - 1).term()) && !tokens.get(first - 1).term().endsWith("هي"))
            return opens(tokens, first - 1);
        return first > 1 && tokens.get(first - 1).term().equals("بينها") && FROM.contains(tokens.get(first - 2).term())
                && opens(tokens, first - 2);
    }

    /** The announcer at {@code a} stands after "و" or a mark (a comma, as the tokens' gaps show it). */
    private static boolean opens(List<Token> tokens, int a) {
        return tokens.get(a).term().startsWith("و") || a > 0 && Token.markBefore(tokens, a);
    }

    private static int namesAfter(String text, List<Token> tokens, int t) {
        String w = tokens.get(t).term();
        if (!w.startsWith("و") && !(t > 0 && Token.commaBefore(text, tokens, t))) return -1;
        if (ANNOUNCERS.contains(w)) return t + 1;
        if (FROM.contains(w) && t + 1 < tokens.size() && tokens.get(t + 1).term().equals("بينها")) return t + 2;
        return -1;
    }

    /** A plural place noun within reach before {@code t}, with no other place noun after it. */
    private static boolean nounBefore(List<Token> tokens, List<Mention> ms, int t, int reach) {
        for (int b = t - 1; b >= Math.max(0, t - reach); b--) {
            if (PlaceNameWords.isPluralPlaceNoun(tokens.get(b)) || AREAS.contains(PhraseMatcher.stem(tokens.get(b).term()))) return true;
            Mention m = Mention.startingAt(ms, b);
            if (m != null && m.is("PlaceNoun") && !m.is("Place")) return false;
        }
        return false;
    }
}
