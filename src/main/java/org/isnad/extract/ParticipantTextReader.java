package org.isnad.extract;

import java.util.List;
import java.util.Set;
import org.isnad.morph.Analysis;

/**
 * The words of a participant no reference list names: a participant noun ({@code isnad:ActorNoun},
 * {@code isnad:PersonNoun}), a number before it ("ثلاثة شبان"), and up to two words after it that describe
 * it ("مجموعة محلية مسلحة", "سائق شاحنة"), up to a preposition, a verb, a punctuation mark or another name.
 */
final class ParticipantTextReader {

    private static final int MAX_AFTER = 2;
    /** "ثلاثة شبان", "عشرات المدنيين": a count before the noun belongs to it. */
    private static final Set<String> COUNT_WORDS = Set.of("اثنان", "اثنين", "ثلاثه", "اربعه", "خمسه", "سته", "سبعه",
            "ثمانيه", "تسعه", "عشره", "عشرات", "مئات", "الاف", "بضعه", "عده", "عدد");
    /** Words that end the phrase though the dictionary may read them as nouns. */
    static final Set<String> STOPS = Set.of("في", "من", "على", "الي", "عند", "بين", "بعد", "قبل", "خلال", "اثناء",
            "مع", "عن", "ضد", "نحو", "منذ", "حتي", "التي", "الذي", "الذين", "اللذين", "او", "ثم", "كما", "اليوم", "امس", "مساء",
            "صباح", "ليل", "فجر", "ظهر", "يوم");

    private ParticipantTextReader() {}

    /**
     * The participant the mention opens, or null when a known actor stands for it ("عناصر من قوات النظام",
     * "خلية تابعة لتنظيم داعش"): the known name is the participant then.
     */
    static ParticipantText read(String text, List<Token> tokens, List<Mention> ms, Mention noun, int to) {
        if (knownActorNear(tokens, ms, noun.endToken())) return null;
        int first = noun.firstToken();
        if (first > 0 && isCount(tokens.get(first - 1)) && !punctuationBetween(text, tokens, first - 1, first)) first--;
        int end = noun.endToken();
        while (end < to && end - noun.endToken() < MAX_AFTER && describes(text, tokens, ms, end)) end++;
        int start = tokens.get(first).start() + conjunctionOrPreposition(tokens.get(first)), stop = tokens.get(end - 1).end();
        return new ParticipantText(text.substring(start, stop), start, stop);
    }

    private static boolean isCount(Token t) {
        return t.isNumber() || COUNT_WORDS.contains(t.term()) || COUNT_WORDS.contains(PhraseMatcher.stem(t.term()));
    }

    /** "وعناصر", "لعائلات": the "and" or "for" written onto the first word is not part of who it names. */
    private static int conjunctionOrPreposition(Token t) {
        for (Analysis a : t.analyses()) {
            String p = a.proclitics();       // "و", "وب", "ل", "ال", "لل" …
            if (p.isEmpty()) continue;
            int n = p.startsWith("و") || p.startsWith("ف") ? 1 : 0;
            String rest = p.substring(n);
            // "للمدنيين" is "ل" + "ال" run together: cutting the "ل" would misspell it
            if (rest.startsWith("ب") || rest.startsWith("ك") || rest.startsWith("ل") && !rest.startsWith("لل")) n++;
            return n < t.term().length() - 1 ? n : 0;
        }
        return 0;
    }


    /**
     * A known actor right after, or after one word ("من", "تابعة"): it names the group the noun speaks of;
     * not after an agent phrase ("شاب برصاص مسلحين"), which names someone else, who acted.
     */
    private static boolean knownActorNear(List<Token> tokens, List<Mention> ms, int after) {
        for (Mention m : ms) {
            if (m.entry("Actor") != null && m.firstToken() >= after && m.firstToken() <= after + 2
                    && !AgentPhrase.before(tokens, null, null, m)) return true;
        }
        return false;
    }

    /** The word at {@code t} says more of the participant: a bare noun or adjective, with no mark before it. */
    private static boolean describes(String text, List<Token> tokens, List<Mention> ms, int t) {
        Token w = tokens.get(t);
        if (punctuationBetween(text, tokens, t - 1, t) || STOPS.contains(w.term()) || STOPS.contains(PhraseMatcher.stem(w.term()))) return false;
        if (w.isNumber() || w.analyses().isEmpty()) return false;
        // "مجموعة محلية مسلحة": another participant word goes on with the same phrase; any other name ends it
        for (Mention m : ms) if (m.firstToken() <= t && t < m.endToken()) return m.is("ActorNoun") || m.is("PersonNoun");
        // "مسلحة" may also read as a verb; a word that can only be a verb ("وأحرقوا") ends the phrase
        if (w.analyses().stream().allMatch(Analysis::isVerb)) return false;
        // "الطفل قد تعرض": a particle ends it
        if (w.analyses().stream().anyMatch(a -> a.wordClass() == Analysis.WordClass.PARTICLE)) return false;
        for (Analysis a : w.analyses()) {
            if (a.prepositional() || !a.enclitic().isEmpty()) continue;
            if (a.wordClass() == Analysis.WordClass.ADJECTIVE || a.wordClass() == Analysis.WordClass.NOUN) return true;
        }
        return false;
    }

    private static boolean punctuationBetween(String text, List<Token> tokens, int a, int b) {
        return !text.substring(tokens.get(a).end(), tokens.get(b).start()).isBlank();
    }
}
