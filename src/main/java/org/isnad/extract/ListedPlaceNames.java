package org.isnad.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the run of names a place noun opens, known to the gazetteer or not, joined by "و", by commas or (after a
 * plural place noun) by dashes: "بلدات نوى والشيخ مسكين وإبطع", "قرى (تل هواش، الجابرية، التوبة)", "قريتي زلمة –
 * حرشان". The names the gazetteer lacks are kept as place texts; a known name or a further place noun
 * ("مدينة إدلب وبلدات سرمدا وبنّش") goes on with the list. Read for {@link PlaceTextReader}.
 */
final class ListedPlaceNames {

    // SOHR lists ten villages or more after one place noun ("وقرية … و… و… بريف إدلب الجنوبي")
    private static final int MAX_LIST = 12;

    private ListedPlaceNames() {}

    /**
     * The names from token {@code t}, the first after a place noun ({@code afterPlaceNoun}) or after "كلاً من";
     * {@code plural}: the noun is plural or dual, so commas and dashes join names as "و" does.
     */
    static void read(String text, List<Token> tokens, List<Mention> ms, int t, int to, boolean plural,
                     boolean afterPlaceNoun, List<PlaceText> out) {
        boolean apart = false;
        for (int items = 0; t < to && items < MAX_LIST; items++) {
            Mention at = Mention.startingAt(ms, t);
            if (apart && PlaceTextReader.typeless(at, tokens.get(t))) at = null;     // "…، والنقل،": a name, no verbal noun
            if (SpotWordNames.named(tokens, at, t)) at = null;                        // "حيي الميدان": a name
            Mention known = NameHeads.unlessListedHead(at, tokens.get(t), items > 0, apart, NameHeads.afterPlaceNoun(tokens, t));
            if (woundAt(at, known, items == 0 && afterPlaceNoun)) return;
            // "قرية رأس …": a body part with no article further on (a name head) goes on as a name
            if (known != null && known.is("BodyPart") && !known.is("Place")) known = null;
            if (known == null && PlaceNameWords.isPlaceNoun(tokens.get(t))) {
                // "مدينة القامشلي وبلدة تل حميس": a place noun the lexicon missed opens more names
                plural = PlaceNameWords.isPluralPlaceNoun(tokens.get(t));
                t++;
                continue;
            }
            if (known != null) {
                // "في مدينة إدلب وبلدات سرمدا وبنّش": a known name, or a place noun that opens more names
                if (!known.is("Place") && !known.is("PlaceNoun")) return;
                t = ListJoints.pastTheCity(tokens, known.endToken(), to);
                if (known.is("PlaceNoun") && !known.is("Place")) continue;
            } else {
                if (items > 0 && ListJoints.adverbial(text, tokens.get(t))) return;
                // "بلدات «جسرين، حمورية، دوما، سقبا»": the word the list's closing quote follows is its last name,
                // however the dictionary reads it
                boolean lastQuoted = items > 0 && plural && apart && closesQuote(text, tokens, t);
                if (items > 0 && !lastQuoted && clauseVerbAfterComma(text, tokens, t)) return;
                if (items > 0 && !lastQuoted && Token.commaBefore(text, tokens, t) && PlaceNameWords.actOrStateOnly(tokens.get(t))) return;
                int end = PlaceTextReader.nameEnd(tokens, ms, t, to, items > 0, plural, apart);
                if (end == t && lastQuoted) end = t + 1;
                if (end == t) return;
                out.add(PlaceTextReader.placeText(text, tokens, ms, t, end, to, items > 0));
                t = end;
            }
            if (t >= to) return;
            // "سفوهن ومحيطها، وفليفل", "… وجبالا ومحيط حزارين": the surroundings of a village are told, and the
            // list goes on after them (to the village whose surroundings they are)
            int past = ListJoints.pastSurroundings(text, tokens, t, plural);
            if (past >= to) return;
            if (past > t && !ListJoints.ownSurroundings(tokens, t)) {
                t = past;
                apart = true;
                continue;
            }
            t = past;
            String next = tokens.get(t).term();
            // "معرزاف و الشير": an "and" written apart, which the analysis drops, joins the list as well
            apart = ListJoints.andApart(text, tokens, t);
            // "قرى (تل هواش، الجابرية، التوبة)": after a plural place noun a comma joins the next name as "و" does
            // ("قريتي زلمة – حرشان": after a plural place noun a dash joins names as a comma does)
            boolean comma = text.substring(tokens.get(t - 1).end(), tokens.get(t).start()).contains("،")
                    || plural && ListJoints.dashApart(text, tokens, t);
            if (plural && comma) apart = true;
            boolean and = next.length() > 3 && next.charAt(0) == 'و' || NameHeads.listed(tokens.get(t)) || apart;   // "وتل جمال"
            if (!and && !comma && (t = ListJoints.afterArea(tokens, ms, t)) < 0) return;
        }
    }

    /**
     * "خرجت مظاهرات في بلدات كفرتخاريم وأريحا وسرمدا، طالب المشاركون فيها بـ…": after the list's comma, a word
     * no list knows that reads as a past verb and is followed by a definite noun (its subject) opens the next
     * clause; it is no further name, even after a plural place noun, where a comma joins names as "و" does.
     * A name head ("دير الزور", "تل الأبيض") stays a name.
     */
    private static boolean clauseVerbAfterComma(String text, List<Token> tokens, int t) {
        Token w = tokens.get(t);
        return t + 1 < tokens.size() && Token.commaBefore(text, tokens, t) && !w.term().startsWith("ال")
                && w.hasVerbReading(org.isnad.morph.Analysis.Tense.PAST) && !NameHeads.listed(w, true)
                && tokens.get(t + 1).term().startsWith("ال");
    }

    /** "…، دوما، سقبا»": a word after a comma that a closing quote ends is a quoted list's last name. */
    static boolean lastOfQuotedList(String text, List<Token> tokens, int t) {
        return t > 0 && Token.commaBefore(text, tokens, t) && closesQuote(text, tokens, t);
    }

    /** The gap after a quoted list's last name: a closing mark first. */
    private static final Pattern CLOSES = Pattern.compile("\\s*[\"”»)].*");

    private static boolean closesQuote(String text, List<Token> tokens, int t) {
        int end = tokens.get(t).end();
        String gap = text.substring(end, t + 1 < tokens.size() ? tokens.get(t + 1).start() : Math.min(text.length(), end + 2));
        return CLOSES.matcher(gap).matches() && PlaceNameWords.isArabic(tokens.get(t).term()) && !PlaceNameWords.hasPronoun(tokens.get(t));
    }

    /**
     * "أصيب بطلق ناري في منطقة البطن", "تعرّض لإطلاق نار في منطقتي الرأس والصدر" (isnad:BodyPart): where the bullets
     * struck someone, not a village. Right after the place noun any body part ends the list; further on only one
     * with the article, read as such ("قرية رأس …" goes on as a name).
     */
    private static boolean woundAt(Mention at, Mention known, boolean first) {
        if (at == null || !at.is("BodyPart")) return false;
        return first || known != null && !known.is("Place") && known.definite();
    }
}
