package org.isnad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.vocab.Vocab;

/**
 * A village named after the area it lies in is that area's village, not a town of the same name elsewhere. The
 * gazetteer often has one entry for a name several villages share: "بلدة المليحة الغربية في ريف درعا الشرقي"
 * is no Rif Dimashq town, "حي القصور بحماة" no quarter of Deir ez-Zor, "مزرعة الصالحية شمالي الرقة" no Deir
 * ez-Zor village, though each name is the gazetteer's. Read as they stand, the event gets another governorate's
 * admin codes, which is where an analyst filtering by governorate looks.
 *
 * <p>When a town, village or quarter is followed (nothing between but "في", a direction or a place noun) by an
 * area of one governorate ("بريف درعا", "في محافظة القنيطرة", "شرقي درعا"; for a quarter, any place: "بمدينة
 * القامشلي") and the name's reading lies in another, a reading of the same name in that governorate is taken
 * first; with none, the place reading goes, and the name is kept as written within the area, as the names the
 * gazetteer lacks are.
 */
final class HomonymPlaces {

    /** Settlements the gazetteer may hold under a name other villages share. */
    private static final Set<String> SETTLEMENTS = Set.of("Town", "Village", "Neighbourhood");
    /** Areas that place a settlement in their governorate ("بريف درعا", "شرقي حماة", "في منطقة عفرين"). */
    private static final Set<String> AREAS = Set.of("Governorate", "Region", "District", "SubDistrict", "City");
    /** Words that may stand between the name and its area: "المليحة الغربية في ريف درعا", "الصالحية شمالي الرقة". */
    private static final Set<String> BETWEEN = Set.of("في", "شرق", "غرب", "شمال", "جنوب", "شرقي", "غربي", "شمالي",
            "جنوبي", "بشرق", "بغرب", "بشمال", "بجنوب", "الشرقيه", "الغربيه", "الشماليه", "الجنوبيه", "الشرقي", "الغربي",
            "الشمالي", "الجنوبي");
    private static final int MAX_BETWEEN = 3;
    /** Damascus and its countryside, which outlets name one for the other ("مساكن برزة بريف دمشق"). */
    private static final Map<String, String> TOLD_FOR = Map.of(
            Vocab.ID + "place/" + "damascus-governorate", Vocab.ID + "place/" + "rif-dimashq-governorate",
            Vocab.ID + "place/" + "rif-dimashq-governorate", Vocab.ID + "place/" + "damascus-governorate");

    private HomonymPlaces() {}

    /**
     * The mentions, each settlement read in the governorate the words after it name. {@code elsewhere} holds the
     * readings of this article already found to lie elsewhere: "أمام منزله في حي القصور", after "حي القصور
     * بحماة", is no Deir ez-Zor quarter either; the readings this sentence finds are added to it.
     */
    static List<Mention> filter(List<Token> tokens, List<Mention> ms, Lexicon lexicon, Set<String> elsewhere) {
        List<Mention> out = new ArrayList<>(ms);
        boolean changed = false;
        for (int k = 0; k < ms.size(); k++) {
            Mention m = ms.get(k);
            Entry place = m.entry("Place");
            if (place == null || !SETTLEMENTS.contains(lexicon.placeKind(place.iri())) || !namedAsPlace(tokens, ms, k)) continue;
            String governorate = governorateAfter(tokens, ms, k, lexicon, "Neighbourhood".equals(lexicon.placeKind(place.iri())));
            if (governorate == null ? !elsewhere.contains(place.iri()) : toldAs(lexicon.governoratesOf(place.iri()), governorate)) continue;
            Entry there = governorate == null ? null : readingIn(m, governorate, lexicon);
            if (there == null && governorate != null) elsewhere.add(place.iri());
            out.set(k, there != null ? firstReading(m, there) : withoutPlace(tokens, m, lexicon));
            changed = true;
        }
        if (!changed) return ms;
        out.removeIf(m -> m == null);
        return out;
    }

    /**
     * The name follows a place noun or "في" ("بلدة المليحة", "في الصبورة"), or opens with one ("حي القصور"), as
     * the villages the gazetteer lacks are told: in "مخيم أهل مورك في ريف إدلب" Morek names the people of a camp.
     */
    private static boolean namedAsPlace(List<Token> tokens, List<Mention> ms, int k) {
        Mention m = ms.get(k);
        if (m.is("PlaceNoun")) return true;
        if (m.firstToken() == 0) return false;
        if (tokens.get(m.firstToken() - 1).term().equals("في")) return true;
        return k > 0 && ms.get(k - 1).endToken() == m.firstToken() && ms.get(k - 1).is("PlaceNoun") && !ms.get(k - 1).is("Place");
    }

    /** The governorates a reading lies in include the one named, or its twin ("مساكن برزة بريف دمشق"). */
    private static boolean toldAs(Set<String> governorates, String named) {
        String twin = TOLD_FOR.get(named);
        return governorates.contains(named) || twin != null && governorates.contains(twin);
    }

    private static Mention firstReading(Mention m, Entry there) {
        List<Entry> entries = new ArrayList<>(m.entries());
        entries.remove(there);
        entries.add(0, there);
        return new Mention(List.copyOf(entries), m.firstToken(), m.endToken(), m.start(), m.end(), m.definite());
    }

    /**
     * The mention without its place reading, or null with no reading left; "حي الصناعة" keeps its place noun
     * "حي", so the words after it are kept as the quarter's name.
     */
    private static Mention withoutPlace(List<Token> tokens, Mention m, Lexicon lexicon) {
        List<Entry> rest = m.entries().stream().filter(e -> !e.is("Place")).toList();
        if (!rest.isEmpty()) return new Mention(rest, m.firstToken(), m.endToken(), m.start(), m.end(), m.definite());
        if (m.endToken() - m.firstToken() < 2) return null;
        for (Mention noun : lexicon.matcher().match(List.of(tokens.get(m.firstToken())))) {
            if (noun.is("PlaceNoun") && !noun.is("Place"))
                return new Mention(noun.entries(), m.firstToken(), m.firstToken() + 1, noun.start(), noun.end(), noun.definite());
        }
        return null;
    }

    /**
     * The one governorate of the area named right after the mention at {@code k}, or null: "… في ريف درعا
     * الشرقي" (Daraa), "… بحماة" (Hama). Any place places a quarter; a settlement only an area or a city.
     */
    private static String governorateAfter(List<Token> tokens, List<Mention> ms, int k, Lexicon lexicon, boolean quarter) {
        int t = ms.get(k).endToken();
        for (int j = k + 1; j < ms.size(); j++) {
            Mention n = ms.get(j);
            if (n.firstToken() < t) continue;
            for (; t < n.firstToken(); t++) if (!BETWEEN.contains(tokens.get(t).term()) || t - ms.get(k).endToken() >= MAX_BETWEEN) return null;
            Entry area = n.entry("Place");
            // "مدينتا جبلة وطرطوس": the next item of a list, not the area the first lies in
            if (tokens.get(n.firstToken()).term().startsWith("و")) return null;
            if (area == null) {
                // "في مدينة", "بريف", "محافظة": a place noun before the area's name
                if (!n.is("PlaceNoun")) return null;
                t = n.endToken();
                continue;
            }
            if (!quarter && !AREAS.contains(lexicon.placeKind(area.iri()))) return null;
            Set<String> govs = lexicon.governoratesOf(area.iri());
            return govs.size() == 1 ? govs.iterator().next() : null;
        }
        return null;
    }

    /** Another place reading of the same words that lies in the governorate, or null. */
    private static Entry readingIn(Mention m, String governorate, Lexicon lexicon) {
        for (Entry e : m.entries())
            if (e.is("Place") && lexicon.governoratesOf(e.iri()).contains(governorate)) return e;
        return null;
    }
}
