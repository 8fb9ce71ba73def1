package org.isnad.extract;

import java.util.Set;
import org.isnad.morph.Analysis;

/**
 * What one word can be inside a place name the gazetteer lacks: a place noun ("قرية", "بلدات"), a name's first
 * word, an adjective that describes a site rather than names it ("حاجز مؤقت"), a verb that ends the name. Read
 * by {@link PlaceTextReader} and by the passes that ask whether a word opens a place.
 */
final class PlaceNameWords {

    static final Set<String> PLACE_NOUNS = Set.of("قريه", "قري", "بلده", "بلدات", "مدينه", "مدن", "حي", "احياء",
            "مخيم", "مخيمات", "ناحيه", "منطقه", "مناطق", "بلدتي", "قريتي", "مدينتي", "بلدتا", "قريتا", "مدينتا", "منطقتي", "منطقتا", "حيي", "مخيمي", "معسكر", "محور", "محاور",
            "مزرعتي", "مزرعتا", "مزارع",
            // "تلال …", "حقل … النفطي": hills and a field named as a village is (isnad:PlaceNoun, feature-noun)
            "تلال", "حقل");

    // "تعرضت بلدتا الهبيط وعابدين": the dual as a subject ends in "ا" ("بلدتا" reads as a verb to the dictionary)
    static final Set<String> PLURAL_PLACE_NOUNS = Set.of("قري", "بلدات", "مدن", "احياء", "مخيمات", "بلدتي",
            "قريتي", "مدينتي", "بلدتا", "قريتا", "مدينتا", "منطقتي", "منطقتا", "حيي", "مخيمي", "مزرعتي", "مزرعتا", "مزارع",
            "محاور");

    /** Words that say what kind of checkpoint or site it is, not which one: "حاجز مؤقت", "حاجز طيار". */
    static final Set<String> SITE_KINDS = Set.of("مؤقت", "مؤقته", "طيار", "طياره", "متنقل", "جديد", "جديده", "رئيس");

    /** Directions that, with the article, end a village's name: "الدير الشرقي", "المزرعة الغربية". */
    static final Set<String> DIRECTION_ADJECTIVES = Set.of("شرقي", "غربي", "شمالي", "جنوبي", "شرقيه", "غربيه",
            "شماليه", "جنوبيه");

    // the parts of a day that open a date: "ليل أمس", "مساء الجمعة", "فجر 12 آذار"
    private static final Set<String> DAY_PARTS = ArabicAnalysis.wordSet("فجر", "صباح", "ظهر", "عصر", "مساء", "ليل", "ليلة");

    /**
     * "في حي الميدان بمدينة حلب، ليل أمس،": a part of the day right before a day named (a day counted from the
     * report, a weekday, a month or a number) tells when, so it ends a place list and is never a place.
     */
    static boolean dayPartOfDate(java.util.List<Token> tokens, java.util.List<Mention> ms, int t) {
        if (t + 1 >= tokens.size() || !DAY_PARTS.contains(tokens.get(t).term())) return false;
        if (tokens.get(t + 1).isNumber()) return true;
        Mention next = Mention.startingAt(ms, t + 1);
        return next != null && (next.is("RelativeDay") || next.is("Weekday") || next.is("MonthName") || next.is("TimeAnaphor"));
    }

    /**
     * The first word of a name: unknown to the dictionary, or a noun ("الحوايج", "بكارة"), or a word that
     * opens names ("تل", "جديدة"); not a word with a preposition or a pronoun ("للضغط", "لقواتها"), nor
     * one that can only be a participle, an adjective or a verbal noun ("مطالبين", "المتحدة", "التوقف").
     */
    static boolean canBeName(Token t) {
        if (isPlaceNoun(t)) return false;     // "وبلدات": a place noun names nothing
        if (t.analyses().isEmpty() || NameHeads.opens(PhraseMatcher.stem(t.term()))) return true;
        boolean noun = false;
        for (Analysis a : t.analyses()) {
            // "بلدة كناكر": a first "ك" read as "like" is, after a place noun, the name's own letter
            if (a.enclitic().isEmpty() && a.proclitics().equals("ك")) noun = true;
            if (!a.enclitic().isEmpty() || a.prepositional()) continue;
            if (a.wordClass() == Analysis.WordClass.NOUN || a.wordClass() == Analysis.WordClass.PROPER_NOUN) noun = true;
            // "قرية صيدا", "بلدة جديدة": a bare word that could be a verbal noun or an adjective still names the
            // place after a place noun; "المتحدة", "التوقف" (with the article) describe rather than name
            if ((a.wordClass() == Analysis.WordClass.VERBAL_NOUN || a.wordClass() == Analysis.WordClass.ADJECTIVE)
                    && a.proclitics().isEmpty()) noun = true;
        }
        return noun;
    }

    /** "بلدات", "وبلدات", "والقرى": a place noun, with or without its "and". */
    static boolean isPlaceNoun(Token t) {
        // (not PhraseMatcher.stem alone: it reads the "ب" of "وبلدة" as "with")
        String w = t.term();
        return PLACE_NOUNS.contains(PhraseMatcher.stem(w)) || PLACE_NOUNS.contains(PhraseMatcher.withoutArticle(withoutAnd(w)));
    }

    /** Prepositions an adjective takes its complement with: "القريبة من", "الحدودية مع", "المطلة على". */
    private static final Set<String> COMPLEMENT_PREPOSITIONS = Set.of("من", "مع", "علي", "عن", "الي", "لـ");

    /**
     * "بلدة الأصبح الحدودية مع الجولان", "قرى … وأم الكيف القريبة من القاعدة", "بلدة كفرنبودة المليئة
     * بأهلها": after a name, a definite adjective or participle that takes a complement ("من", "مع", a
     * "ب" or "ل" before a word) describes the place and is no part of its name. ("الدير الشرقي": a direction
     * is read before; "بريف …", "بالقرب": a place's locator, not an adjective's complement.)
     */
    static boolean describesWithComplement(java.util.List<Token> tokens, int at, int to) {
        if (at + 1 >= to) return false;
        Token t = tokens.get(at);
        String w = t.term();
        if (!w.startsWith("ال") || hasPronoun(t)) return false;
        boolean adjective = w.endsWith("يه") || w.startsWith("الم") && w.endsWith("ه")
                || t.analyses().stream().anyMatch(a -> a.wordClass() == Analysis.WordClass.ADJECTIVE) && !NameHeads.nounReading(t);
        if (!adjective) return false;
        if (Token.markBefore(tokens, at + 1)) return false;     // a comma between: the next clause
        Token next = tokens.get(at + 1);
        String n = next.term(), stem = PhraseMatcher.stem(n);
        if (COMPLEMENT_PREPOSITIONS.contains(n)) return true;
        return (n.startsWith("ب") || n.startsWith("ل")) && startsWithPreposition(next)
                && !stem.equals("ريف") && !stem.equals("قرب") && !stem.equals("القرب");
    }

    /**
     * After a list's comma, a word the dictionary reads only as the verbal noun of a derived verb ("…والرفيد،
     * وتفتيش المنازل": and the searching of) or only as an indefinite participle ("…، محرومةً الأهالي", "…، متسببةً بإصابات") goes on
     * with the act or tells the state it left; it names no further village. A name the dictionary lacks, or reads
     * as a noun too ("، وجديدة"), stays a name.
     */
    static boolean actOrStateOnly(Token t) {
        if (t.analyses().isEmpty() || NameHeads.opens(PhraseMatcher.stem(t.term())) || hasPronoun(t)) return false;
        // (a derived verb's noun, "تفتيش", "انتشار": "وقبور القراجنة", graves, reads as a verbal noun too)
        // ("والإرشادية": an adjective of relation made from one names a village)
        boolean masdar = !t.term().endsWith("يه") && t.analyses().stream().allMatch(a -> a.wordClass() == Analysis.WordClass.VERBAL_NOUN
                && (a.lemma().startsWith("ت") || a.lemma().startsWith("ا")) && a.lemma().length() >= 5);
        boolean participle = !PhraseMatcher.isDefinite(t.term()) && !t.term().startsWith("و")
                && t.analyses().stream().allMatch(a -> a.wordClass() == Analysis.WordClass.ADJECTIVE && a.proclitics().isEmpty());
        return masdar || participle;
    }

    /**
     * "مدنياً", "سيارة مدنية": the adjective of relation made from a place noun ("مدن", cities → "مدني", civil,
     * civilian), read by the dictionary as the noun and as its adjective ("مدني" beside "مدن"); in any of its
     * endings it describes a person or thing, and opens no place name.
     */
    static boolean isNisbaOfNoun(Token t) {
        if (isPlaceNoun(t)) return false;
        for (Analysis a : t.analyses())
            if (a.lemma().endsWith("ي") && a.enclitic().isEmpty() && t.analyses().stream()
                    .anyMatch(b -> (b.lemma() + "ي").equals(a.lemma()) && b.enclitic().isEmpty())) return true;
        return false;
    }

    /**
     * "قرى تابعة لناحية …", "قرى واقعة على خطوط التماس", "منطقة مكتظة بالسكان": right after a place noun, an
     * indefinite word the dictionary reads as an adjective or participle (never as a noun or name) and that takes
     * its complement ("على", "من", a "ب" or "ل" before a word, or before a name the dictionary lacks: "لتل تمر")
     * describes the places; it is not their name.
     */
    static boolean describesIndefinitely(java.util.List<Token> tokens, int at, int to) {
        if (at + 1 >= to) return false;
        Token t = tokens.get(at), next = tokens.get(at + 1);
        String w = t.term();
        if (PhraseMatcher.isDefinite(w) || NameHeads.opens(PhraseMatcher.stem(w)) || Token.markBefore(tokens, at + 1)) return false;
        boolean adjective = false;
        for (Analysis a : t.analyses()) {
            // ("تابعه" read as "his follower" too: a noun with a pronoun is no name either)
            if ((a.wordClass() == Analysis.WordClass.NOUN || a.wordClass() == Analysis.WordClass.PROPER_NOUN) && a.enclitic().isEmpty()) return false;
            if (a.wordClass() == Analysis.WordClass.ADJECTIVE && a.proclitics().isEmpty() && a.enclitic().isEmpty()) adjective = true;
        }
        String n = next.term();
        // it agrees with the feminine or broken-plural place noun ("قرى تابعة", "منطقة مكتظة"); "قرية عابدين
        // بمنطقة …" is a village's name (a plural participle), placed by the word after it
        if (!w.endsWith("ه") || n.startsWith("ب") && isPlaceNoun(next)) return false;
        return adjective && (COMPLEMENT_PREPOSITIONS.contains(n)
                || (n.startsWith("ب") || n.startsWith("ل")) && n.length() > 2 && (startsWithPreposition(next) || next.analyses().isEmpty())
                    && !PhraseMatcher.stem(n).equals("ريف"));
    }

    static boolean isNisbaAdjective(Token t) {
        String w = t.term();
        return !t.analyses().isEmpty() && !w.startsWith("ال") && (w.endsWith("يه") || w.endsWith("ي"));
    }

    /** "مؤقت", "طيار" (a flying checkpoint), "ميداني", or any indefinite adjective the analyser knows. */
    static boolean describesSite(Token t) {
        String bare = t.term().endsWith("ا") ? t.term().substring(0, t.term().length() - 1) : t.term();
        // "حاجزاً عسكرياً": the accusative's alif after the adjective's "ي"
        return SITE_KINDS.contains(bare) || isNisbaAdjective(t) || isBareAdjective(t) || isNisbaPlural(t)
                || bare.endsWith("ي") && !t.analyses().isEmpty() && !bare.startsWith("ال");
    }

    /** "حاجزين عسكريين", "نقاط أمنيتين": a plural or dual adjective of relation, known to the dictionary or not. */
    static boolean isNisbaPlural(Token t) {
        String w = t.term();
        return !w.startsWith("ال") && w.length() > 4 && (w.endsWith("يين") || w.endsWith("يون") || w.endsWith("يتين"));
    }

    /** An indefinite word that reads as an adjective and never as a name. */
    static boolean isBareAdjective(Token t) {
        if (PhraseMatcher.isDefinite(t.term()) || t.analyses().isEmpty()) return false;
        boolean adjective = false;
        for (Analysis a : t.analyses()) {
            if (a.wordClass() == Analysis.WordClass.PROPER_NOUN) return false;
            if (a.wordClass() == Analysis.WordClass.ADJECTIVE && a.proclitics().isEmpty()) adjective = true;
        }
        return adjective;
    }

    /** {@link #isPluralParticiple(Token)}, or ({@code definite}) the same with the article: "المعتقلين", "المفقودين". */
    static boolean isPluralParticiple(Token t, boolean definite) {
        if (!definite) return isPluralParticiple(t);
        String w = t.term();
        return w.startsWith("ال") && (w.endsWith("ين") || w.endsWith("ون")) && !hasPronoun(t)
                && t.analyses().stream().anyMatch(a -> a.wordClass() == Analysis.WordClass.ADJECTIVE);
    }

    static boolean isPluralParticiple(Token t) {
        return t.term().endsWith("ين") && !t.term().startsWith("ال")
                && t.analyses().stream().anyMatch(a -> a.wordClass() == Analysis.WordClass.ADJECTIVE);
    }

    /**
     * "بلدات ببيلا ويلدا وبيت سحم", "قريتي …": a plural or dual place noun announces several names, so a later
     * item that reads as a present-tense verb ("ويلدا") is still a name; a past verb opens a clause
     * ("…، وتبين").
     */
    static boolean isPluralPlaceNoun(Token t) {
        String w = t.term();
        return PLURAL_PLACE_NOUNS.contains(PhraseMatcher.stem(w)) || PLURAL_PLACE_NOUNS.contains(PhraseMatcher.withoutArticle(withoutAnd(w)));
    }

    /** Plural place nouns written as a person is ("مزارع": farms, or a farmer). */
    private static final Set<String> ALSO_PERSON = Set.of("مزارع");

    /** "مزارع", "ومزارع": the word reads as a person too, so only a name with the article after it makes it farms. */
    static boolean alsoPersonNoun(Token t) {
        return ALSO_PERSON.contains(withoutAnd(t.term()));
    }

    /** "وبلدات" → "بلدات", "فقرية" → "قرية": the word without an "and" or "so" before it (a short word keeps it). */
    static String withoutAnd(String w) {
        return w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') ? w.substring(1) : w;
    }

    static boolean mayBePastVerb(Token t) {
        return t.analyses().stream().anyMatch(a -> a.isVerb() && a.tense() != Analysis.Tense.PRESENT);
    }

    /** "الشرقي", "الغربية": a direction adjective with the article. */
    static boolean isDirectionAdjective(Token t) {
        return t.term().startsWith("ال") && DIRECTION_ADJECTIVES.contains(t.term().substring(2));
    }

    /** "والحدادة": a word with "and" (and the article) after a name starts the next name. */
    static boolean isConjoined(Token t) {
        if (t.term().startsWith("وال")) return true;
        return !t.analyses().isEmpty() && t.analyses().stream().allMatch(a -> a.proclitics().startsWith("و"));
    }

    static boolean mayBeVerb(Token t) {
        return t.analyses().stream().anyMatch(Analysis::isVerb);
    }

    /** The pronouns of the one spoken to ("your"): "بلدك", "ودلك". */
    private static final Set<String> SECOND_PERSON = Set.of("ك", "كم", "كما", "كن");

    /**
     * The word without its readings that end in "your" ("ودلاك" as "وَدَّلَك", "سكيك" as "your coin"): a report
     * hardly ever speaks to its reader, least of all inside a list of villages, where a final "ك" is the name's
     * own letter ("قرى دلاك وسكيك").
     */
    static Token withoutSecondPerson(Token t) {
        if (t.analyses().stream().noneMatch(a -> SECOND_PERSON.contains(a.enclitic()))) return t;
        return new Token(t.term(), t.start(), t.end(),
                t.analyses().stream().filter(a -> !SECOND_PERSON.contains(a.enclitic())).toList(), t.writtenHeh());
    }

    /** "جنوبها", "غربيه" (normalised): a direction from the place named before, "south of it". */
    private static final java.util.regex.Pattern DIRECTION_OF_IT = java.util.regex.Pattern.compile("(شرق|غرب|شمال|جنوب)ي?(ها|ه)");

    /**
     * "قرية كنصفرة جنوبها وبلدة الجديدة غربها": a direction carrying a pronoun places the village from the one
     * named before; it is never a word of the village's name.
     */
    static boolean isDirectionOfIt(Token t) {
        return DIRECTION_OF_IT.matcher(t.term()).matches();
    }

    static boolean hasPronoun(Token t) {
        return t.analyses().stream().anyMatch(a -> !a.enclitic().isEmpty());
    }

    static boolean startsWithPreposition(Token t) {
        for (Analysis a : t.analyses()) if (a.prepositional()) return true;
        return t.analyses().isEmpty() && t.term().startsWith("و");
    }

    /**
     * "بلدات لطمين ولحايا ومعردس": at the head of a list after a plural place noun, a first "ل" or "ب" before a
     * word with no article is the name's own letter, not a preposition ("مخيمات للنازحين"، "قرى بالريف" keep
     * theirs: the article shows a common noun).
     */
    static boolean letterBeforeBareWord(Token t) {
        String w = t.term();
        return w.length() > 3 && (w.startsWith("ل") || w.startsWith("ب")) && !w.startsWith("لل") && !w.startsWith("بال");
    }

    /** A word that can only be a verb ("قتلوا") ends a name. */
    static boolean isVerbOnly(Token t) {
        return !t.analyses().isEmpty() && t.analyses().stream().allMatch(Analysis::isVerb);
    }

    static boolean isArabic(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= 0x0600 && c <= 0x06FF);
    }

    private PlaceNameWords() {}
}
