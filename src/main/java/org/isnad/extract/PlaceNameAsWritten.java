package org.isnad.extract;

/**
 * The words of a known place as the article names it, without the letters fused to its front: "وكنصفرة"
 * in "البارة وكنصفرة" and "بدمشق" are written "كنصفرة" and "دمشق". A letter is kept when the place's own
 * name starts with it ("وادي بردى", "بنش").
 */
public final class PlaceNameAsWritten {

    /** "and", "so", "in/by", "to", "like": one letter each, at most two fused ("وبريف"). */
    private static final String CLITICS = "وفبلك";

    private PlaceNameAsWritten() {}

    public static String of(String words, Entry place) {
        if (words == null || place == null || place.prop("labelAr") == null) return words;
        String label = place.prop("labelAr");
        String out = words;
        for (int i = 0; i < 2 && out.length() > 3 && CLITICS.indexOf(out.charAt(0)) >= 0; i++) {
            // "والشيخ حديد" for "شيخ الحديد": an article after the letter is the name's own, whatever the label
            boolean article = out.startsWith("ال", 1);
            if (sameLetter(label.charAt(0), out.charAt(0)) || !sameLetter(label.charAt(0), out.charAt(1)) && !article) break;
            out = out.substring(1);
        }
        return out;
    }

    /** Alef with or without hamza is one letter here: "وأعزاز" against "اعزاز". */
    private static boolean sameLetter(char a, char b) {
        return bare(a) == bare(b);
    }

    private static char bare(char c) {
        return c == 'أ' || c == 'إ' || c == 'آ' ? 'ا' : c;
    }
}
