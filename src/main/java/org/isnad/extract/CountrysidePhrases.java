package org.isnad.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The countryside of a place in the word orders the gazetteer's names do not cover. The gazetteer names
 * "ريف درعا الشرقي"; outlets also write "الريف الشرقي لمحافظة درعا", "ريف محافظة درعا الشرقي", "الريف
 * الشمالي لحماة" and "بريفي القنيطرة الجنوبي والشمالي". Read word by word these name the city of Daraa (or the
 * whole governorate); read as a phrase they name the countryside area, which this puts in their place.
 * The countryside word is the lexicon's ({@code isnad:CountrysideNoun}: every number and clitic); the sides
 * are the gazetteer's, the last word of each region named with that word ("الشرقي", "الأوسط").
 */
final class CountrysidePhrases {

    private static final String NOUN = "CountrysideNoun";
    private static final int MAX_SIDES = 2;     // "الريف الشمالي الغربي لحماة": the first side names the area

    private final Lexicon lexicon;
    private final String head;
    private final Set<String> sides = new TreeSet<>();

    CountrysidePhrases(Lexicon lexicon) {
        this.lexicon = lexicon;
        Set<String> lemmas = new TreeSet<>();
        lexicon.nounLemmasOf(NOUN).forEach(l -> lemmas.addAll(ArabicAnalysis.terms(l)));
        String word = null;
        for (Entry place : lexicon.entriesOf("Place")) {
            String name = place.prop("labelAr");
            if (name == null || !"Region".equals(place.localProp("placeKind"))) continue;
            List<String> terms = ArabicAnalysis.terms(name);
            // the lemma the gazetteer's names begin with ("ريف", not the plural "أرياف")
            if (terms.size() < 3 || !lemmas.contains(terms.get(0)) || word != null && !word.equals(terms.get(0))) continue;
            word = terms.get(0);
            sides.add(PhraseMatcher.withoutArticle(terms.get(terms.size() - 1)));
        }
        this.head = word;
    }

    /** A place named after the countryside word: its words (without "ل"), and the token after it. */
    private record Named(List<String> terms, int end) {}

    /** The mentions, with each countryside phrase read as the area it names and the bare countryside words dropped. */
    List<Mention> read(List<Token> tokens, List<Mention> ms) {
        if (head == null || ms.stream().noneMatch(m -> m.is(NOUN))) return ms;
        List<Mention> out = new ArrayList<>(ms);
        for (Mention c : ms) {
            if (!c.is(NOUN) || c.is("Place")) continue;
            List<Mention> areas = areas(tokens, ms, c);
            if (areas.isEmpty()) continue;
            int from = c.firstToken(), to = areas.get(areas.size() - 1).endToken();
            out.removeIf(m -> m.firstToken() < to && m.endToken() > from);
            out.addAll(areas);
        }
        out.sort(Comparator.comparingInt(Mention::firstToken));
        return Mention.withoutReadings(out, NOUN, k -> true);
    }

    /** The areas a countryside word at {@code c} opens, or none. */
    private List<Mention> areas(List<Token> tokens, List<Mention> ms, Mention c) {
        int t = c.endToken();
        if (c.definite()) {
            // "الريف الشرقي لمحافظة درعا": the sides first, then the place with "ل"
            List<String> told = new ArrayList<>();
            while (t < tokens.size() && told.size() < MAX_SIDES && side(tokens.get(t), false) != null) told.add(side(tokens.get(t++), false));
            Named place = told.isEmpty() ? null : named(tokens, ms, t, true);
            Entry area = place == null ? null : area(place.terms(), told.get(0));
            return area == null ? List.of() : List.of(mention(tokens, area, c.firstToken(), place.end()));
        }
        // "ريف محافظة درعا الشرقي", "بريفي القنيطرة الجنوبي والشمالي", "ريفي حلب وإدلب"
        Named place = named(tokens, ms, t, false);
        if (place == null) return List.of();
        t = place.end();
        String first = t < tokens.size() ? side(tokens.get(t), false) : null;
        Entry area = area(place.terms(), first);
        if (area == null) return List.of();
        List<Mention> out = new ArrayList<>(List.of(mention(tokens, area, c.firstToken(), first == null ? t : t + 1)));
        String second = first != null && t + 1 < tokens.size() ? side(tokens.get(t + 1), true) : null;
        Entry other = second == null ? null : area(place.terms(), second);
        if (other != null) out.add(listed(mention(tokens, other, t + 1, t + 2)));
        // "ريفي حلب وإدلب": the countryside of a second place
        Mention and = first == null && t < tokens.size() && tokens.get(t).term().startsWith("و") ? Mention.startingAt(ms, t) : null;
        Entry otherPlace = and == null || and.entry("Place") == null ? null : area(andTerms(tokens, and), null);
        if (otherPlace != null) out.add(listed(mention(tokens, otherPlace, t, and.endToken())));
        return out;
    }

    /** The words of a place after "و", without it. */
    private static List<String> andTerms(List<Token> tokens, Mention m) {
        List<String> out = terms(tokens, m, false);
        out.set(0, out.get(0).substring(1));
        return out;
    }

    /**
     * The place named at token {@code t}, through a place noun ("لمحافظة درعا", "لمدينة حماة") or not;
     * {@code withLam}: the phrase's first word must carry "ل", which is dropped.
     */
    private static Named named(List<Token> tokens, List<Mention> ms, int t, boolean withLam) {
        Mention m = Mention.startingAt(ms, t);
        if (m == null) return null;
        if (withLam && !tokens.get(t).term().startsWith("ل")) return null;
        if (m.is("PlaceNoun") && !m.is("Place")) {
            Mention next = Mention.startingAt(ms, m.endToken());
            return next == null || next.entry("Place") == null ? null : new Named(terms(tokens, next, false), next.endToken());
        }
        return m.entry("Place") == null ? null : new Named(terms(tokens, m, withLam), m.endToken());
    }

    private static List<String> terms(List<Token> tokens, Mention m, boolean withLam) {
        List<String> out = new ArrayList<>();
        for (int k = m.firstToken(); k < m.endToken(); k++) out.add(tokens.get(k).term());
        String first = out.get(0);
        // "للرقة" is ل + الرقة
        if (withLam) out.set(0, first.startsWith("لل") ? "ال" + first.substring(2) : first.substring(1));
        return out;
    }

    /**
     * The gazetteer's countryside area of those words and side: "ريف" + "درعا" + "الشرقي". A place told
     * with its place noun ("محافظة درعا") is tried without it too.
     */
    private Entry area(List<String> place, String side) {
        for (int skip = 0; skip < place.size(); skip++) {
            List<Token> name = new ArrayList<>();
            name.add(new Token(head, 0, 0));
            place.subList(skip, place.size()).forEach(w -> name.add(new Token(w, 0, 0)));
            if (side != null) name.add(new Token(side, 0, 0));
            List<Mention> found = lexicon.matcher().match(name);
            if (found.size() == 1 && found.get(0).endToken() == name.size()) {
                Entry area = found.get(0).entry("Place");
                if (area != null && "Region".equals(area.localProp("placeKind"))) return area;
            }
        }
        return null;
    }

    /** "الشرقي", and after "و" when {@code listed} ("والشمالي"): a side of a countryside, or null. */
    private String side(Token t, boolean listed) {
        String w = t.term();
        if (listed) {
            if (!w.startsWith("و")) return null;
            w = w.substring(1);
        }
        return w.startsWith("ال") && sides.contains(PhraseMatcher.withoutArticle(w)) ? w : null;
    }


    /** A later item of a list, its words without their "و" ("والشمالي" is "الشمالي"). */
    private static Mention listed(Mention m) {
        return new Mention(m.entries(), m.firstToken(), m.endToken(), m.start() + 1, m.end(), m.definite());
    }

    private static Mention mention(List<Token> tokens, Entry area, int first, int end) {
        return new Mention(List.of(area), first, end, tokens.get(first).start(), tokens.get(end - 1).end(), false);
    }
}
