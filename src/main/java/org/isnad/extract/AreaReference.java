package org.isnad.extract;

import java.util.List;
import java.util.Set;
import org.isnad.morph.Analysis;

/**
 * "المنطقة" with no qualifier of its own refers back to the place named last, whatever its kind: "حذّر وجهاء
 * ريف حمص الشمالي … على خلفية حملة الاعتقالات التي طالت عدداً من أبناء المنطقة" (the arrests were in the
 * northern Homs countryside), "بدأت حملتها بتمهيد مدفعي وتقدمت في المنطقة", "فرضت طوقاً أمنياً حول المنطقة".
 * An event whose clause names no place of its own takes the most local place named before the word in its
 * sentence, else the most local one of the latest sentence that named a place; never the country ("الأراضي
 * السورية"). "المنطقة الحدودية", "المنطقة الشرقية" name an area of their own: an adjective after the word
 * makes no reference ("المنطقة المذكورة" still does). The place is carried, not told ({@link
 * EventMention#placesCarried}): a denial ("نفى إطلاق أي طائرة نحو المنطقة") keeps none, and a retelling with
 * no place of its own still joins the act it retells.
 */
final class AreaReference {

    /** Place kinds, the least local first; a kind not listed (a region, a district, a governorate) ranks 0. */
    private static final List<String> LOCAL = List.of("Site", "City", "Town", "Village", "Neighbourhood");
    /** Words after "المنطقة" that keep it a reference: which, the said, the surrounding (area); a Friday. */
    private static final Set<String> STILL_REFERS = ArabicAnalysis.wordSet("التي", "المذكورة", "المحيطة", "الجمعة");

    /** Words before "المنطقة" that make it the place of the act, or of the people in it. */
    private static final Set<String> WHERE_OR_WHOSE = ArabicAnalysis.wordSet("في", "حول", "نحو", "داخل", "إلى", "الى",
            "أبناء", "ابناء", "أهالي", "اهالي", "سكان");

    private AreaReference() {}

    /**
     * "في المنطقة", "بالمنطقة", "من أبناء المنطقة" refer back to a place; "وسط تصعيد تشهده المنطقة" is the
     * (Middle East) region, no place of the act.
     */
    private static boolean whereOrWhose(List<Token> tokens, Mention m) {
        String word = tokens.get(m.firstToken()).term();
        if (word.startsWith("بال") || word.startsWith("وبال")) return true;
        return m.firstToken() > 0 && WHERE_OR_WHOSE.contains(tokens.get(m.firstToken() - 1).term());
    }

    /** Gives {@code em}, when it names no place, the place "المنطقة" in its clause [from, tail) refers to. */
    static void giveIfNoOther(Reading r, EventMention em, List<Token> tokens, List<Mention> ms, int from, int tail) {
        if (!em.places.isEmpty() || !em.placeTexts.isEmpty()) return;
        for (Mention m : ms) {
            if (m.firstToken() < from || m.firstToken() >= tail || !m.is("AreaReference") || qualified(tokens, m)
                    || !whereOrWhose(tokens, m)) continue;
            String p = mostLocal(ms, m.firstToken());
            if (p == null) p = r.lastAreaPlace;
            if (p == null) return;
            em.places.add(p);
            // a place referred to, not told: an allegation or denial drops it, a retelling may still join
            em.placesCarried = true;
            return;
        }
    }

    /** Remembers the most local place a sentence names, for "المنطقة" in a later one. */
    static void remember(Reading r, List<Mention> ms) {
        String p = mostLocal(ms, Integer.MAX_VALUE);
        if (p != null) r.lastAreaPlace = p;
    }

    /** The most local place (not the country) named before token {@code before}; the later one of a rank. */
    private static String mostLocal(List<Mention> ms, int before) {
        String found = null;
        int best = -1;
        for (Mention m : ms) {
            if (m.endToken() > before) break;
            Entry p = m.entry("Place");
            if (p == null || "Country".equals(p.localProp("placeKind"))) continue;
            int rank = LOCAL.indexOf(p.localProp("placeKind")) + 1;
            if (rank >= best) { best = rank; found = p.iri(); }
        }
        return found;
    }

    /**
     * "المنطقة الحدودية", "المنطقة الواقعة بين …": an adjective with the article right after the word names an
     * area of its own ("بالمنطقة اليوم" does not: a noun); a feminine ending agrees with it.
     */
    private static boolean qualified(List<Token> tokens, Mention m) {
        if (m.endToken() >= tokens.size()) return false;
        Token next = tokens.get(m.endToken());
        String t = next.term();
        if (!t.startsWith("ال") || STILL_REFERS.contains(t)) return false;
        // a feminine word agrees with "المنطقة": "الحدودية", "الواقعة", "الممتدة", "العازلة"
        if (t.endsWith("ه")) return true;
        for (Analysis a : next.analyses())
            if (a.wordClass() == Analysis.WordClass.ADJECTIVE && a.enclitic().isEmpty() && a.proclitics().equals("ال")) return true;
        return false;
    }
}
