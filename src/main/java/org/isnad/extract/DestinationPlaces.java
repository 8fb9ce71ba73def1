package org.isnad.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where the wounded were taken is not where it happened: "أصيب رجلان في بلدة الشحيل ونقلا إلى مشفى في مدينة
 * دير الزور", "وجرى إسعافه إلى مستشفى الرقة". Local reports close almost every casualty with the hospital; a
 * place named right after "نقل/إسعاف … إلى مشفى" is dropped from the event.
 */
final class DestinationPlaces implements ClaimPass {

    // the hospital nouns: TO_HOSPITAL names one, so evidence without any keeps its places
    private static final List<String> HOSPITALS = List.of("مشفى", "مستشفى", "مشافي", "مستشفيات");
    /** Taken or rushed to a hospital, then at most three words before the place ("مشفى في مدينة …"). */
    private static final Pattern TO_HOSPITAL = TextAround.lead("(?:نقل|إسعاف|اسعاف|أسعف|اسعف)\\S*(?:\\s+\\S+){0,3}?\\s+(?:إلى|الى)\\s+"
            + "\\S*(?:" + String.join("|", HOSPITALS) + ")\\S*(?:\\s+\\S+){0,3}?\\s+\\S?");

    @Override
    public void apply(ArticleClaims claims) {
        for (EventClaim c : claims.events()) {
            if (c.places().isEmpty() && c.placeTexts().isEmpty()) continue;
            List<String> told = c.evidence().stream().map(e -> ArabicAnalysis.withoutMarks(e.text())).toList();
            // no hospital named, no place to drop (most events)
            if (told.stream().noneMatch(t -> TextAround.containsAny(t, HOSPITALS))) continue;
            c.places().removeIf(p -> takenTo(told, c.placeWords(p)));
            c.placeTexts().removeIf(t -> takenTo(told, t.text()));
        }
    }

    // "قبل أن ينسحبوا نحو عمق البادية", "وفرّ المسلحون باتجاه قرية …": where attackers withdrew or fled to,
    // then at most two words before the place ("عمق", "منطقة")
    private static final java.util.List<String> TOWARDS = java.util.List.of("إلى", "الى", "نحو", "باتجاه");
    private static final Pattern WITHDREW_TO = Pattern.compile("(?:^|\\s)[وف]?(?:[يتا]?نسحب\\S*|انسحاب\\S*|[يت]?فر(?:وا|ا|ت)?|فرار\\S*|لاذ(?:وا|ت)?|[يت]لوذ\\S*)"
            + "\\s+(?:\\S+\\s+){0,2}?(?:إلى|الى|نحو|باتجاه)\\s+(?:\\S+\\s+){0,2}?$");

    /**
     * "…، قبل أن ينسحب المهاجمون نحو عمق البادية": the place the attackers withdrew or fled to is not where the
     * event happened; left in, it would make a retelling of the event look like another event at another place.
     */
    static void dropWithdrawnTo(String text, EventMention em) {
        if (em.places.isEmpty() && em.placeTexts.isEmpty()) return;
        String told = ArabicAnalysis.withoutMarks(text.substring(em.start, Math.min(text.length(), em.end)));
        em.places.removeIf(p -> withdrawnTo(told, em.placeWords.get(p)));
        em.placeTexts.removeIf(t -> withdrawnTo(told, t.text()));
    }

    static boolean withdrawnTo(String told, String words) {
        if (words == null || words.isBlank()) return false;
        String w = ArabicAnalysis.withoutMarks(words);
        int at = told.indexOf(w);
        // named once only: a place also told as where it happened stays
        if (at < 0 || at != told.lastIndexOf(w)) return false;
        String before = told.substring(Math.max(0, at - 60), at);
        // every match has one of these words, which most text before a place lacks: the regex only then
        return TextAround.containsAny(before, TOWARDS) && WITHDREW_TO.matcher(before).find();
    }

    /** {@code told}: the claim's evidence, without marks. */
    private static boolean takenTo(List<String> told, String words) {
        if (words == null || words.isBlank()) return false;
        String w = ArabicAnalysis.withoutMarks(words);
        for (String text : told) {
            // "في بلدة الشحيل … ونقل إلى مشفى الشحيل": named where it happened too, it stays
            if (text.indexOf(w) == text.lastIndexOf(w) && TextAround.precededBy(text, w, TO_HOSPITAL)) return true;
        }
        return false;
    }
}
