package org.isnad.extract;

import java.util.List;
import java.util.regex.Pattern;

/** How the items of a place list are joined when the joint is not in the words themselves. */
final class ListJoints {

    /**
     * A lone "و" between two words, with spaces or quotation marks on both sides: "قرى معرزاف و الشير و سوبين",
     * "قرى “الحميرات” و”الحردانة”".
     */
    private static final Pattern AND_APART = Pattern.compile("[\\s\"“”«»]+و[\\s\"“”«»]+");

    private ListJoints() {}

    /**
     * "في أحياء مدينة الحسكة، واصفةً الأنباء …": a word written with the accusative's tanween is a participle
     * telling how the subject acted, never a list's next name.
     */
    static boolean adverbial(String text, Token t) {
        return text.substring(t.start(), t.end()).indexOf('\u064B') >= 0;
    }

    /**
     * "في مدن اعزاز والأتارب بريف حلب وكفر تخاريم وكللي في ريف إدلب": a list goes on past the area its first
     * items lie in ("بريف حلب", "في ريف حلب") when a known place follows with "و". The token of that place, or
     * -1 when no list goes on at {@code t}.
     */
    static int afterArea(List<Token> tokens, List<Mention> ms, int t) {
        int at = t < tokens.size() && tokens.get(t).term().equals("في") ? t + 1 : t;
        Mention area = placeAt(ms, at);
        if (area == null || !"Region".equals(area.entry("Place").localProp("placeKind")) || area.endToken() >= tokens.size()) return -1;
        String next = tokens.get(area.endToken()).term();
        return next.length() > 3 && next.charAt(0) == 'و' && placeAt(ms, area.endToken()) != null ? area.endToken() : -1;
    }

    /** The gap before a quoted list's first name: an opening mark alone. */
    private static final Pattern OPENING_QUOTE = Pattern.compile("\\s*[\"“«(]\\s*");
    /** A gap on one line with a closing mark: the quote ended before the token looked at. */
    private static final Pattern CLOSING_QUOTE = Pattern.compile(".*[”»)].*");
    /** A closing (or straight) quote mark between the list's opening and the token looked at. */
    private static final Pattern QUOTE_MARK = Pattern.compile("[\"”»)]");

    /**
     * "مدن وبلدات الغوطة الشرقية (جسرين، حمورية، كفربطنا)", "قرى ريف إدلب الجنوبي كفرنبل وحاس": after a plural
     * place noun, the region or governorate the places lie in may come first; the names follow it, quoted or
     * joined as a list. The token the names begin at, or {@code t}.
     */
    static int pastListArea(String text, List<Token> tokens, List<Mention> ms, int t, int to, boolean plural) {
        // ("محافظتي الرقة ودير الزور": after a governorate's or area's noun the names are the governorates themselves)
        String noun = t > 0 ? tokens.get(t - 1).term() : "";
        if (noun.startsWith("محافظ") || noun.startsWith("منطق") || noun.startsWith("ناحي")) return t;
        Mention area = plural ? placeAt(ms, t) : null;
        String kind = area == null ? null : area.entry("Place").localProp("placeKind");
        if (!"Region".equals(kind) && !"Governorate".equals(kind)) return t;
        int next = area.endToken();
        if (next + 1 >= to || placeAt(ms, next) != null && !SplitByPlace.SETTLEMENTS.contains(placeAt(ms, next).entry("Place").localProp("placeKind"))) return t;
        String gap = text.substring(tokens.get(next - 1).end(), tokens.get(next).start());
        // "… الغوطة الشرقية، ما خلف": a comma ends the phrase; a quote or a second name after "و" or a comma opens a list
        if (gap.contains("،") || gap.contains(".")) return t;
        boolean quoted = OPENING_QUOTE.matcher(gap).matches();
        String after = text.substring(tokens.get(next).end(), tokens.get(next + 1).start());
        boolean listed = tokens.get(next + 1).term().startsWith("و") || after.contains("،");
        return quoted || listed ? next : t;
    }

    /**
     * "في بلدات «جسرين، حمورية، دوما، سقبا»": token {@code t} stands inside a quote that a plural place noun or
     * the region after one opened, a list of names; a comma there joins names ("، سقبا" is no verb's clause).
     */
    static boolean inQuotedList(String text, List<Token> tokens, List<Mention> ms, int t) {
        for (int q = t - 1; q >= 1 && t - q <= 14; q--) {
            String gap = text.substring(tokens.get(q - 1).end(), tokens.get(q).start());
            if (CLOSING_QUOTE.matcher(gap).matches() || gap.contains(".")) return false;
            if (!OPENING_QUOTE.matcher(gap).matches()) continue;
            if (!QUOTE_MARK.matcher(text.substring(tokens.get(q).start(), tokens.get(t).start())).find()) {
                Mention area = placeAt(ms, q - 1);
                for (Mention m : ms) if (m.endToken() == q && m.entry("Place") != null) area = m;
                return PlaceNameWords.isPluralPlaceNoun(tokens.get(q - 1)) || area != null && !SplitByPlace.SETTLEMENTS.contains(area.entry("Place").localProp("placeKind"));
            }
            return false;
        }
        return false;
    }

    /**
     * "عدة مدن وقرى، إدلب المدينة، أريحا، …": "المدينة" after a city's name says it is the city, not the
     * governorate; the list goes on after it. The token after the word, or {@code t}.
     */
    static int pastTheCity(List<Token> tokens, int t, int to) {
        // (not "قريتي الغارية الشرقية والغربية": "والغربية" is the second village's adjective, no new name)
        if (t + 1 < to && NAME_ADJECTIVES.contains(tokens.get(t).term()) && tokens.get(t + 1).term().startsWith("و")
                && !NAME_ADJECTIVES.contains(tokens.get(t + 1).term().substring(1))) return t + 1;
        return t < to && t + 1 < to && tokens.get(t).term().equals("المدينه") ? t + 1 : t;
    }

    /**
     * "داعل والطيبة والغارية الشرقية والمسيفرة وعلما": a known name's direction or size adjective is the end of
     * the village's own name ("الغارية الشرقية"); the list goes on after it.
     */
    private static final java.util.Set<String> NAME_ADJECTIVES = java.util.Set.of("الشرقيه", "الغربيه", "الشماليه",
            "الجنوبيه", "الشرقي", "الغربي", "الشمالي", "الجنوبي", "الكبري", "الصغري", "الكبير", "الصغير", "الفوقاني", "التحتاني");

    private static Mention placeAt(List<Mention> ms, int token) {
        for (Mention m : ms) if (m.firstToken() == token && m.entry("Place") != null) return m;
        return null;
    }

    /**
     * "قصفت بلدة الهبيط، بالإضافة إلى قريتي …": the "إلى" at {@code to} says "in addition to", not where someone
     * went, so the places after it are more places of the act.
     */
    static boolean besides(List<Token> tokens, int to) {
        return to > 0 && PhraseMatcher.stem(tokens.get(to - 1).term()).equals("اضافه");
    }

    /** "كلاً من", "كلٍّ من" as the text's words are normalised (tanween and shadda dropped). */
    private static final java.util.Set<String> EACH = java.util.Set.of("كلا", "كل");

    /**
     * "طال القصف كلاً من قرى بسامس ومرعيان", "استهدفت الغارات كلاً من بلدتي …": the "من" at {@code from}
     * follows "each of", which announces the list of places hit, not where someone came from.
     */
    static boolean eachOf(List<Token> tokens, int from) {
        if (from < 1 || from >= tokens.size() || !tokens.get(from).term().equals("من")) return false;
        String each = tokens.get(from - 1).term();
        return EACH.contains(each.length() > 2 && each.charAt(0) == 'و' ? each.substring(1) : each);
    }

    /** "ومحيط", "وأطراف" (normalised): the surroundings of the place named next. */
    private static final java.util.Set<String> SURROUNDINGS = java.util.Set.of("ومحيط", "واطراف");
    /** "ومحيطها", "وأطرافه": the surroundings of the place named just before. */
    private static final java.util.Set<String> OWN_SURROUNDINGS = java.util.Set.of("ومحيطها", "ومحيطه", "واطرافها", "واطرافه");

    /**
     * "بلدة الفطيرة ومحيطها، وقرية فليفل", "… وجبالا ومحيط حزارين": the token after the surroundings word at
     * {@code t}, or {@code t} when there is none.
     */
    static int pastSurroundings(String text, List<Token> tokens, int t, boolean plural) {
        if (t >= tokens.size()) return t;
        String w = tokens.get(t).term();
        if (plural && BARE_SURROUNDINGS.contains(w) && commaBefore(text, tokens, t)) return t + 1;
        return SURROUNDINGS.contains(w) || OWN_SURROUNDINGS.contains(w) ? t + 1 : t;
    }

    /**
     * "عدة قرى، مرعيان، أطراف ديرسنبل، أطراف البارة، شنان": in a comma list after a plural place noun the
     * outskirts of the next village are told with no "و"; the list goes on to that village.
     */
    private static final java.util.Set<String> BARE_SURROUNDINGS = java.util.Set.of("محيط", "اطراف");

    /** A comma stands between the word at {@code t} and the one before it. */
    static boolean commaBefore(String text, List<Token> tokens, int t) {
        return t > 0 && t < tokens.size() && text.substring(tokens.get(t - 1).end(), tokens.get(t).start()).contains("،");
    }

    /** The surroundings word at {@code t} carries a pronoun: they are the previous place's own ("ومحيطها"). */
    static boolean ownSurroundings(List<Token> tokens, int t) {
        return OWN_SURROUNDINGS.contains(tokens.get(t).term());
    }

    /** A dash between two words, written with or without spaces: "زلمة – حرشان", "زلمة-حرشان". */
    private static final Pattern DASH = Pattern.compile("\\s*[–—-]\\s*");

    static boolean dashApart(String text, List<Token> tokens, int t) {
        return t > 0 && t < tokens.size() && DASH.matcher(text.substring(tokens.get(t - 1).end(), tokens.get(t).start())).matches();
    }

    /**
     * True when the word at {@code t} follows an "and" written apart from it: the analysis drops that "و" (see
     * {@link DetachedCliticFilter}), so only the text between the two words still shows it.
     */
    static boolean andApart(String text, List<Token> tokens, int t) {
        if (t <= 0 || t >= tokens.size()) return false;
        return AND_APART.matcher(text.substring(tokens.get(t - 1).end(), tokens.get(t).start())).matches();
    }
}
