package org.isnad.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.isnad.extract.SentenceSplitter.Sentence;

/**
 * The caption of a picture on a saved page: "صورة أرشيفية من القصف على ريف إدلب اليوم …", "عناصر من قوات
 * النظام في مدينة القريتين (وكالة/ مصور)". A line of its own with no full stop that opens with an
 * isnad:CaptionCue or ends with a short credit in brackets tells no event of the article, and its "اليوم"
 * dates none: the extractor skips it.
 */
final class PhotoCaptions {
    private PhotoCaptions() {}

    // "(الأناضول)", "(أرشيف - إنترنت)", "(عنب بلدي/ ديان جنباز)": a credit of a few words closes the line
    private static final Pattern CREDIT = Pattern.compile("\\(([^().!؟?]{1,60})\\)[\\s\"”»]*$");
    private static final int CREDIT_WORDS = 6;

    /** The sentence (whose words are {@code tokens}) is a whole line of the page, and that line is a photo's caption. */
    static boolean is(String text, Sentence s, List<Token> tokens, Lexicon lexicon) {
        if (s.headline() || !wholeLine(text, s)) return false;
        String line = text.substring(s.start(), s.end());
        char last = line.charAt(line.length() - 1);
        if (last == '.' || last == '!' || last == '؟' || last == '?' || last == '،' || last == ':') return false;
        var credit = CREDIT.matcher(line);
        if (credit.find() && credit.group(1).strip().split("\\s+").length <= CREDIT_WORDS && credit.start() > 0) return true;
        return !tokens.isEmpty() && lexicon.matcher().match(tokens.subList(0, Math.min(3, tokens.size())))
                .stream().anyMatch(m -> m.firstToken() == 0 && m.is("CaptionCue"));
    }

    /** Nothing but white space between the sentence and the line breaks around it. */
    private static boolean wholeLine(String text, Sentence s) {
        for (int i = s.start() - 1; i >= 0 && text.charAt(i) != '\n'; i--) if (!Character.isWhitespace(text.charAt(i))) return false;
        for (int i = s.end(); i < text.length() && text.charAt(i) != '\n'; i++) if (!Character.isWhitespace(text.charAt(i))) return false;
        return true;
    }
}
