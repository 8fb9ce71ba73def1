package org.isnad.extract;

import java.util.regex.Pattern;

/**
 * Where the wounded were taken is not where it happened: "أصيب رجلان في بلدة الشحيل ونقلا إلى مشفى في مدينة
 * دير الزور", "وجرى إسعافه إلى مستشفى الرقة". Local reports close almost every casualty with the hospital; a
 * place named right after "نقل/إسعاف … إلى مشفى" is dropped from the event.
 */
final class DestinationPlaces implements ClaimPass {

    /** Taken or rushed to a hospital, then at most three words before the place ("مشفى في مدينة …"). */
    private static final String TO_HOSPITAL = "(?:نقل|إسعاف|اسعاف|أسعف|اسعف)\\S*(?:\\s+\\S+){0,3}?\\s+(?:إلى|الى)\\s+"
            + "\\S*(?:مشفى|مستشفى|مشافي|مستشفيات)\\S*(?:\\s+\\S+){0,3}?\\s+\\S?";

    @Override
    public void apply(ArticleClaims claims) {
        for (EventClaim c : claims.events()) {
            c.places().removeIf(p -> takenTo(c, c.placeWords(p)));
            c.placeTexts().removeIf(t -> takenTo(c, t.text()));
        }
    }

    private static boolean takenTo(EventClaim c, String words) {
        if (words == null || words.isBlank()) return false;
        String w = ArabicAnalysis.withoutMarks(words);
        Pattern p = Pattern.compile(TO_HOSPITAL + Pattern.quote(w));
        for (Evidence e : c.evidence()) {
            String text = ArabicAnalysis.withoutMarks(e.text());
            // "في بلدة الشحيل … ونقل إلى مشفى الشحيل": named where it happened too, it stays
            if (text.indexOf(w) == text.lastIndexOf(w) && p.matcher(text).find()) return true;
        }
        return false;
    }
}
