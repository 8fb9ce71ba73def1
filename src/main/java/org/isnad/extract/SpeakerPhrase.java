package org.isnad.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words that say who speaks after a verb of saying or a speaker noun: where they end, and the unnamed
 * person they may describe ("وقال موظف في إحدى الدوائر إن …").
 */
final class SpeakerPhrase {

    private final Lexicon lexicon;

    SpeakerPhrase(Lexicon lexicon) { this.lexicon = lexicon; }

    /**
     * "وقالت معلمة مشاركة في الوقفة، لنورث برس، إن دورية أوقفت …", "وقال موظف في إحدى الدوائر إن …": a verb of
     * saying followed by words no list knows and then "إن/أن" names a person; what follows is theirs, not the
     * outlet's. The words start right after the verb and hold no new event and no other verb of saying.
     */
    static boolean describedPerson(String text, MatchedSentence s, Mention verb) {
        int first = verb.endToken();
        if (first >= s.tokens().size() || s.tokens().get(first).isNumber() || PARTICLES.contains(s.term(first))) return false;
        if (saysAtOnce(text, s, verb)) return false;
        for (Mention x : s.mentions()) {
            if (x.endToken() <= first) continue;
            if (x.firstToken() > first + PERSON_WORDS) return false;
            if (x.is("ComplementMarker")) return x.firstToken() > first;
            // "وأضاف المصدر أن …", "مراسلنا", "مصادر خاصة", a known speaker or body: other rules read these
            if (x.firstToken() == first && (x.is("SpeakerReference") || x.is("StatementReference") || x.is("SpeakerNoun")
                    || x.is("SourceCue")
                    || x.is("ActorNoun") || AttributionReader.speakerEntry(x) != null)) return false;
            // "مشاركة في الوقفة": a trigger told before may describe the person; a new act or another verb of
            // saying may not
            boolean tells = x.is("Trigger") && !(x.definite() && x.firstToken() > first) || x.is("SpeechVerb")
                    || x.is("StatementCue") || x.is("AccordingTo") || x.is("ActionVerb") && !x.is("TargetCue");
            if (tells) return false;
        }
        return false;
    }

    // compiled once: String.matches compiled it for every verb of saying
    private static final Pattern COMMA_QUOTE = Pattern.compile(".*[،,]\\s*[“\"«].*");

    /**
     * "وأضاف: “جيش الاحتلال يفرض وقائع …”", "وأضاف، “إلى الآن لا نعرف …”": a colon, or a comma and a quote mark,
     * right after the verb opens what is said; no speaker is named after it (the one of the sentence before goes on).
     */
    static boolean saysAtOnce(String text, MatchedSentence s, Mention verb) {
        if (verb.endToken() >= s.tokens().size()) return false;
        String between = text.substring(verb.end(), s.tokens().get(verb.endToken()).start());
        // not a quote mark alone: "أعلنت “قسد”" quotes the speaker's name
        return between.contains(":") || COMMA_QUOTE.matcher(between).matches();
    }

    /**
     * "وكانت وسائل إعلام محلية رصدت مقتل …", "وكان ناشطون قد أفادوا": an unnamed speaker told before the verb of
     * saying at {@code k}, at the head of the sentence (after "و", "وكانت"), with only its qualifiers and "قد"
     * between; or null. A definite noun ("وأفادت المصادر") refers back and is read elsewhere, unless it is a
     * body that speaks for itself ("الشرطة العسكرية").
     */
    static Mention headNounBefore(MatchedSentence s, int k) {
        List<Mention> ms = s.mentions();
        for (int j = k - 1; j >= 0; j--) {
            Mention p = ms.get(j);
            if (p.is("SpeakerQualifier")) continue;
            boolean head = p.firstToken() <= 1 && (p.firstToken() == 0 || AUXILIARY.contains(s.term(0)));
            // "وكانت الشرطة العسكرية أعلنت …": a body that speaks for itself may be definite; "المصادر" refers back
            if (!head || !p.is("SpeakerNoun")) return null;
            boolean unnamed = !p.definite() || p.entry("SpeakerNoun").flag("speaksForItself") && !p.is("SpeakerReference");
            return unnamed && p.entry("Actor") == null
                    && ms.get(k).firstToken() - ms.get(k - 1).endToken() <= 1 ? p : null;
        }
        return null;
    }

    private static final Set<String> AUXILIARY = Set.copyOf(ArabicAnalysis.terms("وكان وكانت وكانوا كان كانت"));

    /** "وأشارت إلى أن …", "وقال في …": a particle after the verb opens what is said, not who says it. */
    private static final Set<String> PARTICLES = Set.copyOf(ArabicAnalysis.terms(
            "إلى على عن في من أن إن بأن ما لا قد أيضا كذلك خلال عبر حول بشأن"));

    /** At most this many words make a bare name that may refer back to a speaker named before. */
    private static final int NAME_WORDS = 2;

    /** At most this many words describe an unnamed person before what they say. */
    private static final int PERSON_WORDS = 10;

    // quote marks a cut may leave unbalanced: "مركز المصالحة” الروسي"; a speaker's words as written lose them
    static final Pattern QUOTE_MARKS = Pattern.compile("[“”\"«»]");

    /** The person {@link #describedPerson} found: a minted speaker labelled with its words as written. */
    Report personSpeaker(Reading r, MatchedSentence s, Mention verb, ReportKind kind, Set<Mention> speaker) {
        List<Token> tokens = s.tokens();
        int end = end(r.text, s, verb.endToken(), verb.endToken() + 1);
        String words = QUOTE_MARKS.matcher(r.text.substring(tokens.get(verb.endToken()).start(), tokens.get(end - 1).end()))
                .replaceAll("");
        List<String> terms = tokens.subList(verb.endToken(), end).stream().map(Token::term).toList();
        String id = Reports.speakerIri(terms);
        for (Mention x : s.mentions()) if (x.firstToken() >= verb.endToken() && x.firstToken() < end) speaker.add(x);
        // "وذكر “محمود” أن …": a bare name the article gave a speaker before is that speaker
        Report before = terms.size() <= NAME_WORDS ? r.reports.namedIn(terms) : null;
        if (before != null) return before;
        // "وقال إداري في الأمن العام لمراسلنا إن …": a person of a named body is glossed with it
        String of = SpeakerReports.bodyOf(lexicon, s, verb.endToken() + 1, end);
        r.reports.nameSpeaker(id, "person" + of + " (" + words + ")", words);
        return r.reports.report(kind, id, r.text.substring(verb.start(), tokens.get(end - 1).end()));
    }

    /**
     * Where a speaker's description ends: at "أن", a comma, an outlet it speaks to, what it says or counts
     * ("ووثّق مكتب التوثيق في التجمع ٢٨ عملية": a number, a count, an event word or a date), or after six words.
     */
    int end(String text, MatchedSentence s, Mention start) {
        return end(text, s, start.firstToken(), start.endToken());
    }

    // "قوله", "تصريحها"
    private static final Pattern WITH_PRONOUN = Pattern.compile(".+(ه|ها|هم)$");

    // "لمنصة", "لموقع": told to an outlet
    private static final Pattern TO_MEDIA = Pattern.compile("^ل(منصه|موقع|صحيفه|وكاله|شبكه|قناه|تلفزيون).*");

    /** The word at {@code t} is itself a claim reference ("صحة"), judging the one after it. */
    private static boolean claimJudged(MatchedSentence s, int t) {
        return s.mentions().stream().anyMatch(x -> x.firstToken() == t && x.endToken() == t + 1 && x.is("ClaimReference"));
    }

    private static final Pattern CLOSING_QUOTE = Pattern.compile("[”»\"]");

    /** A quote mark stands right before the word: the name is given in quotes. */
    private static boolean quoted(String text, Token first) {
        int i = first.start() - 1;
        while (i >= 0 && text.charAt(i) == ' ') i--;
        return i >= 0 && "“«\"".indexOf(text.charAt(i)) >= 0;
    }

    /** "إلى", "عبر", "لـ" written with a tatweel: a preposition a name does not hold opens its addressee or channel. */
    private static final Set<String> ADDRESS = Set.copyOf(ArabicAnalysis.terms("إلى عبر"));

    private static boolean addressOrChannel(String text, Token t) {
        return ADDRESS.contains(t.term()) || text.startsWith("لـ", t.start());
    }

    int end(String text, MatchedSentence s, int startToken, int firstEnd) {
        List<Token> tokens = s.tokens();
        int end = firstEnd;
        while (end < tokens.size() && end - startToken < 6) {
            String between = text.substring(tokens.get(end - 1).end(), tokens.get(end).start());
            if (between.contains("،") || between.contains(",") || between.contains(".")) break;
            // "أكدت “منظمة حقوق الإنسان في عفرين” يوم الاثنين": a name opened with a quote mark ends where it closes
            if (quoted(text, tokens.get(startToken)) && CLOSING_QUOTE.matcher(between).find()) break;
            // "أعلنت عنها وزارة الداخلية ووصفها محافظ حلب …": a verb opens the next clause
            if (PlaceNameWords.isVerbOnly(tokens.get(end))) break;
            final int t = end;
            // "وزارة الداخلية في منشور عبر قناتها", "وزارة الدفاع في وقت متأخر من مساء الخميس": how or when it
            // speaks (isnad:SpeakerPhraseEnd); "وأشار النعسان إلى أن", "وأشار المصدر لـ“الشرق الأوسط”": to whom
            if (addressOrChannel(text, tokens.get(end))) break;
            boolean stop = s.mentions().stream().anyMatch(x -> x.firstToken() == t && (x.is("ComplementMarker") || x.is("Outlet")
                    || x.is("SpeakerPhraseEnd")
                    || x.is("SpeechVerb") || x.is("StatementCue") || x.is("AccordingTo")
                    || x.is("NumberWord") || x.is("AtLeastCue") || x.is("Trigger")));
            if (tokens.get(end).isNumber() || s.dates().stream().anyMatch(d -> d.firstToken() == t)) break;
            // "عن مصدر عسكري قوله": a verbal noun of saying with a pronoun is what the speaker said, not its
            // name ("مركز توثيق الانتهاكات" is a name)
            stop |= WITH_PRONOUN.matcher(tokens.get(t).term()).matches() && s.mentions().stream().anyMatch(x -> x.firstToken() == t && x.entries().stream()
                    .anyMatch(e -> lexicon.entry(e.iri()) != null && lexicon.entry(e.iri()).is("SpeechVerb")));
            // "نفى مصدر عسكري الأنباء التي …", "نفى الجيش صحة الأنباء": what is denied is not who denies it;
            // an indefinite "صحة" only before the news it judges ("مدير صحة إدلب" is a title)
            stop |= s.mentions().stream().anyMatch(x -> x.is("ClaimReference")
                    && (x.firstToken() == t && x.definite() || x.firstToken() == t + 1 && claimJudged(s, t)));
            if (stop || TO_MEDIA.matcher(tokens.get(end).term()).matches()) break;
            end++;
        }
        return end;
    }

    /** How many describing words may stand between a reference word and the name it is put beside. */
    private static final int APPOSITION_WORDS = 3;

    /**
     * "الوكالة الرسمية للأنباء «سانا»", "الوزارة الروسية": a reference word that a name follows after at most a
     * few definite words describing it ("الرسمية", "للأنباء") names that speaker, not the one named before; an
     * indefinite word between ("نقلاً عن", "في اللاذقية") ends the phrase. A name after a fused "ل" is who was
     * spoken to, not who speaks ("وقال المتحدث لوكالة فرانس برس إن …", "وقال المصدر للمرصد السوري …"). The named
     * actor or outlet, else null.
     */
    static Mention nameInApposition(MatchedSentence s, Mention reference) {
        for (Mention x : s.mentions()) {
            int gap = x.firstToken() - reference.endToken();
            if (gap < 0 || gap > APPOSITION_WORDS || AttributionReader.speakerEntry(x) == null) continue;
            if (spokenTo(s.tokens().get(x.firstToken()))) return null;
            for (int t = reference.endToken(); t < x.firstToken(); t++) {
                if (!PhraseMatcher.isDefinite(s.term(t))) return null;
            }
            return x;
        }
        return null;
    }

    /** The word carries a fused preposition "ل" in every reading ("لوكالة", "للمرصد"); "لواء", "لبنان" do not. */
    private static boolean spokenTo(Token t) {
        return !t.analyses().isEmpty() && t.analyses().stream().allMatch(a -> a.prepositional() && withoutConjunction(a.proclitics()).startsWith("ل"));
    }

    private static String withoutConjunction(String proclitics) {
        return proclitics.startsWith("و") || proclitics.startsWith("ف") ? proclitics.substring(1) : proclitics;
    }
}
