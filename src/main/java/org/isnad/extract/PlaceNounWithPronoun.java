package org.isnad.extract;

import java.util.List;
import java.util.Set;

/** A place noun that carries a possessive pronoun ("سكانها العزل") is followed by its adjective, never a name. */
final class PlaceNounWithPronoun {

    /** Possessive pronouns fused to a noun: "her/its", "their", "his", "our". */
    private static final List<String> PRONOUN_SUFFIXES = List.of("هما", "ها", "هم", "هن", "نا", "كم", "ه");
    private static final Set<String> PEOPLE_OF = Set.of("سكان", "اهالي", "ابناء");

    private PlaceNounWithPronoun() {}

    /** "سكانها", "بلدتهم", "وقريته": a place noun or a word for its people with a possessive pronoun. */
    static boolean carriesPronoun(Token t, Set<String> placeNouns) {
        String w = t.term();
        if (w.length() > 4 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) w = w.substring(1);
        for (String suffix : PRONOUN_SUFFIXES) {
            if (!w.endsWith(suffix) || w.length() - suffix.length() < 2) continue;
            String base = w.substring(0, w.length() - suffix.length());
            // "قرية" is written "قريه" here: a bare "ه" is a pronoun only after the "ت" it turns into ("قريته")
            if (suffix.equals("ه") && !base.endsWith("ت") && !PEOPLE_OF.contains(base)) continue;
            if (base.endsWith("ت")) base = base.substring(0, base.length() - 1) + "ه";
            // "أحيائها", "أحياؤها": a final hamza sits on a seat before the pronoun ("أحياء")
            if (base.endsWith("ئ") || base.endsWith("ؤ")) base = base.substring(0, base.length() - 1) + "ء";
            if (placeNouns.contains(base) || PEOPLE_OF.contains(base)) return true;
        }
        return false;
    }

}
