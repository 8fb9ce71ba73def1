package org.isnad.extract;

import java.util.List;
import java.util.Set;

/**
 * "في بلدة جديدة بكارة", "قرية الشعيطات": a group's name right after a word that opens a place name (an
 * indefinite place noun, or a name head such as "جديدة", "تل", "كفر") is part of the village's name, not a
 * participant. Read as the tribe, it would make the one shot there an armed target and the killing a clash.
 */
final class ActorsInPlaceNames {

    /** Words that open a village name made with a group's name; "أبو" and "بني" are left out: they open people's and tribes' names. */
    private static final Set<String> NAME_HEADS = ArabicAnalysis.wordSet("جديدة", "تل", "عين", "كفر", "خربة", "دير", "بير", "بئر", "رأس",
            "مزرعة", "حويجة", "تلول", "حاوي", "قصر", "عرب");
    /** "مناطق قسد", "منطقة النظام": the areas a group holds; the group may well be who was hit there. */
    private static final Set<String> AREAS = ArabicAnalysis.wordSet("منطقة", "مناطق");

    private ActorsInPlaceNames() {}

    /** The mentions, without the actor readings of words that stand inside a place's name. */
    static List<Mention> filter(List<Token> tokens, List<Mention> ms) {
        return Mention.withoutReadings(ms, "Actor", k -> ms.get(k).firstToken() > 0
                && opensPlaceName(tokens.get(ms.get(k).firstToken() - 1)));
    }

    /** "بلدة", "قرية" (not "البلدة": "سيطرت على البلدة قوات النظام"), or a name head. */
    private static boolean opensPlaceName(Token t) {
        if (PhraseMatcher.isDefinite(t.term()) || AREAS.contains(PhraseMatcher.stem(t.term()))) return false;
        return PlaceNameWords.isPlaceNoun(t) || NAME_HEADS.contains(t.term()) || NAME_HEADS.contains(PhraseMatcher.stem(t.term()));
    }
}
