package org.isnad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.isnad.morph.Analysis;

/**
 * Finds the places of a clause that the gazetteer lacks, so an event keeps where it happened: a place noun
 * followed by words that are no known name ("قرية الحوايج", "بلدة جديدة بكارة", "مخيم الركبان"), or "في"
 * followed by a word the dictionary does not know ("في بنقردان"). The area the text then names
 * ("في ريف دير الزور الشرقي", "شرق حمص") is where it lies.
 */
final class PlaceTextReader {

    /** Words that end a name: prepositions, directions, conjunctions. */
    private static final Set<String> STOPS = Set.of("في", "من", "على", "الي", "قرب", "عند", "بين", "حيث", "بعد", "قبل",
            "شرق", "غرب", "شمال", "جنوب", "شرقي", "غربي", "شمالي", "جنوبي", "وسط", "بالقرب", "محيط", "اطراف", "او", "ثم",
            "التي", "الذي", "الذين", "التابعه", "التابع", "الواقعه", "الواقع", "الخاضعه", "الخاضع", "ضمن", "خلال", "اثناء", "مع", "عن", "ريف",
            "فيسبوك", "فيس", "تويتر", "تلغرام", "تيلغرام", "يوتيوب", "واتساب", "انستغرام", "منصه", "موقع", "صفحه",
            "المقاومه", "محيطه", "محيطها", "اطرافه", "اطرافها", "ما", "مما", "وما", "اما", "واما", "فيما", "منذ", "بسبب", "نحو", "حتي", "لدي", "عبر", "ضد", "دون", "امام", "خلف", "داخل", "خارج", "قباله", "باتجاه",
            // "نزحوا إلى مخيمات عدة", "في قرى كثيرة": how many places, not which
            "عده", "عديده", "كثيره", "متفرقه", "مختلفه", "اخري", "متعدده",
            // "مدينة حلفايا وبعض القرى القريبة", "عدة تظاهرات جرت في مدينة حمص، إحداها": a quantifier or a
            // pronoun of the places told, never a name (each made a place of its own and a claim split off)
            "بعض", "اي", "كل", "جميع", "معظم", "اغلب", "باقي", "بقيه", "سائر", "كافه", "احدي", "احداها", "احدها",
            // "في منطقتين مختلفين", "والأحياء المجاورة" (the article cut by the stem): which places, not a name
            "مختلفين", "مختلفتين", "متفرقين", "متفرقتين", "متعددين", "عديدين", "مجاوره", "مجاورين", "مجاورتين",
            // "الهجوم على حاجز … هو الثاني": a pronoun opens the predicate; it ends the name
            "هو", "هي", "هم", "هما");
    /** "…بلدة الشحيل، ولم يُعرف مصيره": after "و", a particle opens a clause; it names no further place. */
    private static final Set<String> FUNCTION_WORDS = Set.of("لم", "لن", "لا", "قد", "ما", "لكن", "هو", "هي", "هم", "كان",
            "كانت", "ذلك", "هذا", "هذه", "ان", "انه", "انها", "لو", "اذ", "اذا");
    private static final Set<String> AWAY = Set.of("باتجاه", "اتجاه", "نحو", "صوب", "الي", "من", "قادما", "قادمه");
    private static final Set<String> STATIONED = Set.of("متمركزه", "متمركز", "متمركزين", "متمركزون");

    /** "الطريق المؤدي إلى", "الواصل إلى": a road named by where it leads. */
    private static final Set<String> ROAD_LEADING = Set.of("مؤدي", "مؤديه", "واصل", "واصله", "متجه", "متجهه");
    /**
     * Words for any area, which an adjective may describe rather than name ("منطقة زراعية" names none; "قصف
     * استهدف أحياء سكنية في مدينة …": residential quarters, no list of names).
     */
    private static final Set<String> GENERIC_AREAS = Set.of("منطقه", "مناطق", "ناحيه", "احياء");
    /** Words after a name that place it: "شرقي دير الزور", "بريف الرقة", "قرب مدينة …". */
    private static final Set<String> LOCATORS = Set.of("شرق", "غرب", "شمال", "جنوب", "شرقي", "غربي", "شمالي", "جنوبي",
            "ريف", "قرب", "بالقرب");
    /** Time words with the article that follow a place without being part of its name: "قرية … اليوم". */
    private static final Set<String> TIME_WORDS = Set.of("اليوم", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه",
            "السبت", "الاحد", "الماضي", "الجاري", "الحالي", "الفائت", "المقبل", "الفجر", "الصباح", "الليل", "المساء", "الظهر");
    private static final int MAX_WORDS = 3;
    private static final int WITHIN_REACH = 6;

    private PlaceTextReader() {}

    static List<PlaceText> read(String text, List<Token> tokens, List<Mention> ms, int from, int to) {
        List<PlaceText> out = new ArrayList<>();
        for (Mention m : ms) {
            // "قرية الحوايج" names a village; "القرية" refers back to one, and names none
            if (m.firstToken() < from || m.firstToken() >= to || !m.is("PlaceNoun") || m.is("Place") || m.definite()) continue;
            // "فرّوا باتجاه بلدة اليادودة", "قادماً من قرية …": where someone went or came from, not where it happened
            // (but "على الطريق المؤدي إلى قرية …": the village names the road, where it happened; "كلاً من قرى …"
            // lists the villages hit)
            if (m.firstToken() > 0 && AWAY.contains(PhraseMatcher.stem(tokens.get(m.firstToken() - 1).term()))
                    && !(m.firstToken() > 1 && ROAD_LEADING.contains(PhraseMatcher.stem(tokens.get(m.firstToken() - 2).term())))
                    && !ListJoints.besides(tokens, m.firstToken() - 1) && !ListJoints.eachOf(tokens, m.firstToken() - 1)
                    && !advancedTo(ms, m.firstToken() - 1)) continue;
            if (townOfAHospitalReached(tokens, ms, m.firstToken())) continue;
            // "شاب مدني": a civilian, not "مدن" (cities) with "my"; the word after it names no place
            Token noun = tokens.get(m.firstToken());
            // "قتلوا سكانها العزل", "قصفوا بلدتهم الصغيرة": a place noun that carries a pronoun is followed by
            // its adjective, never by a name
            if (PlaceNounWithPronoun.carriesPronoun(noun, PlaceNameWords.PLACE_NOUNS)) continue;
            // "أصيب مزارع عمر …": a farmer, not farms; "مزارع الدربو" names farms (a name with the article follows)
            if (PlaceNameWords.alsoPersonNoun(noun) && !(m.endToken() < to && PhraseMatcher.isDefinite(tokens.get(m.endToken()).term()))) continue;
            // ("بادية", "ضاحية" end like an adjective too, but not in "ي")
            if (!PlaceNameWords.isPlaceNoun(noun) && noun.term().endsWith("ي") && PlaceNameWords.isNisbaAdjective(noun)) continue;
            // "قتلوا مدنياً اسمه …", "سيارة مدنية كانت تقل …": the adjective made from "مدن", in any ending
            if (PlaceNameWords.isNisbaOfNoun(noun)) continue;
            // "وقفة نظمها أهالي المعتقلين": after "the people of", a plural participle with the article names people
            // (the detained, the missing), whose families they are, not a place ("أهالي قباسين")
            if (peopleOf(m) && m.endToken() < to && PlaceNameWords.isPluralParticiple(tokens.get(m.endToken()), true)) continue;
            // "قرى تابعة لناحية …", "قرى واقعة على خطوط التماس", "منطقة مكتظة بالمدنيين": an indefinite participle
            // with its complement describes the places; it names none
            if (m.endToken() + 1 < to && PlaceNameWords.describesIndefinitely(tokens, m.endToken(), to)) continue;
            // "حاجزاً مؤقتاً", "مستشفى ميداني": after a checkpoint, hospital or market an indefinite adjective
            // says what kind it is ("حاجز الري" names one; so does "حاجز منكت الحطب": a word read as an adjective
            // that a definite noun follows in construct is a name's first word, an adjective of the site never is)
            if (isSiteNoun(m) && m.endToken() < to && PlaceNameWords.describesSite(tokens.get(m.endToken()))
                    && !siteNamedInConstruct(tokens, ms, m.endToken(), to)) continue;
            // "محيط مسجد ومرفقاً طبياً", "مسجداً ومدرسة": a site without a name, and the next thing hit after "و"
            if (isSiteNoun(m) && m.endToken() < to && andOpened(tokens.get(m.endToken()))) continue;
            // "سوق الغنم في بلدة تل حلف": a site inside the settlement named next; the settlement is the place
            if (isSiteNoun(m) && SiteInSettlement.followedBySettlement(text, tokens, ms, m.endToken(), to)) continue;
            // "قوات النظام المتمركزة في معسكر جورين": where the actor is stationed, the origin of its fire
            if (stationedAt(tokens, m.firstToken())) continue;
            // "منطقة زراعية مفتوحة", "منطقة عسكرية": after a word for any area, an indefinite adjective of
            // relation describes it ("منطقة الشيخ سعد" names one)
            if (GENERIC_AREAS.contains(PhraseMatcher.stem(tokens.get(m.firstToken()).term()))
                    && m.endToken() < to && PlaceNameWords.isNisbaAdjective(tokens.get(m.endToken()))) continue;
            boolean plural = PlaceNameWords.isPluralPlaceNoun(tokens.get(m.endToken() - 1));
            int names = ListJoints.pastListArea(text, tokens, ms, namesFrom(tokens, m.endToken(), to, plural), to, plural);
            // "في قرى بغرب دير الزور، منها البوحميد": past the area, a word announces the names
            if (plural) names = AnnouncedPlaceList.past(text, tokens, names);
            ListedPlaceNames.read(text, tokens, ms, names, to, plural, true, out);
        }
        // "مناطق عديدة للقصف، ومنها داعل والطيبة": names a plural place noun announces a few words on
        AnnouncedPlaceList.read(text, tokens, ms, from, to, out);
        // "كلاً من (إحسم، وإبديتا، والبارة)": "each of" lists villages as a plural place noun does
        for (int t = from; t + 2 < to; t++) if (EachOfPlaces.listsPlaces(tokens, ms, t, to)) ListedPlaceNames.read(text, tokens, ms, t + 1, to, true, false, out);
        // "في بنقردان": a word no dictionary knows, after "in", standing alone
        for (int t = from; t + 1 < to; t++) {
            if (!tokens.get(t).term().equals("في") || inMention(ms, t + 1)) continue;
            Token w = tokens.get(t + 1);
            // ("في أحيائها": "in its quarters" refers back to a place, and names none)
            if (w.analyses().isEmpty() && !w.isNumber() && PlaceNameWords.isArabic(w.term()) && w.term().length() >= 3 && !STOPS.contains(w.term())
                    && !PlaceNounWithPronoun.carriesPronoun(w, PlaceNameWords.PLACE_NOUNS)
                    && (!PhraseMatcher.isDefinite(w.term()) || placedAfter(tokens, ms, t + 2, to) || !describedAfter(tokens, t + 2, to))
                    && out.stream().noneMatch(p -> p.start() == w.start()))
                out.add(placeText(text, tokens, ms, t + 1, t + 2, to));
        }
        HillNamedAfterIn.read(text, tokens, ms, from, to, out);     // "في تل …": a hill or village with no place noun
        out.removeIf(p -> !mayName(text, tokens, p) && !PlaceNameCues.announcedFirst(tokens, tokenAt(tokens, p.start()), to));
        return out;
    }

    /** "هي", "وهي" after a plural place noun: "أربع قرى هي …", "ثلاث بلدات، وهي …". */
    static final Set<String> APPOSITION = Set.of("هي", "وهي");

    /**
     * Where the names after a place noun begin: "سيطرت القوات على أربع قرى وهي (الطليسية، القاهر، …)", "تحرير
     * ثلاث قرى، هي …": after a plural noun, "هي" announces the list (the names follow it, not the noun).
     */
    private static int namesFrom(List<Token> tokens, int next, int to, boolean plural) {
        return plural && next + 1 < to && APPOSITION.contains(tokens.get(next).term()) ? next + 1 : next;
    }

    /**
     * "في الصبخة شرقي دير الزور", "في الكرامة بريف الرقة": a word with the article that the dictionary lacks,
     * placed by a direction or an area, names a place even when a describing word could follow.
     */
    private static boolean placedAfter(List<Token> tokens, List<Mention> ms, int next, int to) {
        if (next >= to) return false;
        Mention m = Mention.startingAt(ms, next);
        if (m != null && m.is("Place")) return true;
        String stem = PhraseMatcher.stem(tokens.get(next).term());
        return LOCATORS.contains(stem) || LOCATORS.contains(tokens.get(next).term());
    }

    /**
     * "في الأحراش المحيطة بالبلدة", "في المزارع القريبة": a definite word followed by a definite adjective or
     * participle is a described common noun; "في اليادودة واعتقلوا", "في الحوايج، …" name villages.
     */
    private static boolean describedAfter(List<Token> tokens, int next, int to) {
        if (next >= to) return false;
        Token t = tokens.get(next);
        String w = t.term();
        if (!w.startsWith("ال") || TIME_WORDS.contains(w)) return false;
        return w.endsWith("يه") || w.startsWith("الم") || PlaceNameWords.isNisbaAdjective(t)
                || t.analyses().stream().anyMatch(a -> a.wordClass() == Analysis.WordClass.ADJECTIVE);
    }

    /**
     * A last check of a one-word name: a place noun ("وبلدة"), a word that can only be a verb or a particle
     * ("اقتادوهم", "إذ") or an adjective of relation ("سوق شعبي", "حي سكني") names no place.
     */
    private static boolean mayName(String text, List<Token> tokens, PlaceText p) {
        Token only = null;
        for (Token t : tokens) {
            if (t.end() <= p.start() || t.start() >= p.end()) continue;
            if (only != null) return true;      // two words or more: the list or name head said what it is
            only = t;
        }
        if (only == null) return true;
        if (PlaceNameWords.isPlaceNoun(only)) return false;
        if (p.start() > only.start()) return true;     // "ويلدا": a list's later item, its "and" cut off
        // "بلدة بليون", "قرية تليون": right after a place noun a word ending like a plural adjective of relation
        // ("-يون") is the place's name; ("حاجزين عسكريين" has no such noun)
        // (nor "عدة قرى، مرعيان، بليون، أطراف …": an item between the commas of a list is a name too)
        if (PlaceNameWords.isNisbaPlural(only) && !afterPlaceNoun(tokens, only) && !betweenListCommas(tokens, only, text)) return false;
        if (only.analyses().isEmpty()) return true;
        if (ListedPlaceNames.lastOfQuotedList(text, tokens, tokens.indexOf(only))) return true;     // "…، دوما، سقبا»"
        if (PlaceNameWords.isNisbaAdjective(only)) return false;
        int at = tokens.indexOf(only);
        if (VerbReadNames.named(tokens, at, at, tokens.size())) return true;     // "بلدة سقبا"
        return !only.analyses().stream().allMatch(a -> a.isVerb() || a.wordClass() == Analysis.WordClass.PARTICLE);
    }

    /**
     * "بلدات “بداما، كتف، سندو”": a comma list's item that reads as a body part (isnad:BodyPart, "shoulder") is a
     * village's name; the first item after the place noun was checked for wounds already
     * ({@link ListedPlaceNames}).
     */
    private static boolean bodyPartOnly(Mention m) {
        return m.is("BodyPart") && !m.is("Place") && !m.definite();
    }

    /**
     * "محاور المجدل، والنقل، وتل حديد": a word the lexicon knows only as the verbal noun of a verb entry
     * ("النقل", of "نقل", relayed) with no type of its own names nothing else, so in a comma list after a plural
     * place noun, opened by the list's "و", it is the next village ("…، إضافة لمخيم …" goes on with no "و": a lead,
     * not a name).
     */
    static boolean typeless(Mention m, Token t) {
        return m != null && t.term().startsWith("و") && m.entries().stream().allMatch(e -> e.types().isEmpty());
    }

    /** Commas stand on both sides of the token, as between a comma list's items ("مرعيان، بليون، أطراف"). */
    private static boolean betweenListCommas(List<Token> tokens, Token only, String text) {
        int at = tokens.indexOf(only);
        return ListJoints.commaBefore(text, tokens, at) && ListJoints.commaBefore(text, tokens, at + 1);
    }

    /** The word right before the token is a place noun ("بلدة", "وقرية", "بمدينة"). */
    private static boolean afterPlaceNoun(List<Token> tokens, Token only) {
        int at = tokens.indexOf(only);
        return at > 0 && PlaceNameWords.isPlaceNoun(tokens.get(at - 1));
    }

    /**
     * "حاول التنظيم التقدم إلى قرية …", "محاولة تقدم القوات باتجاه قرى …": the "to" at {@code to} follows an
     * advance (isnad:AdvanceWord) at most two words before; the place after it is where the fighting was.
     */
    private static boolean advancedTo(List<Mention> ms, int to) {
        for (Mention m : ms) if (m.is("AdvanceWord") && m.endToken() <= to && m.endToken() >= to - 2) return true;
        return false;
    }

    /**
     * "توفي لدى وصوله إلى مشفى ميداني في بلدة …": the place noun after "في" places a hospital (isnad:AftermathWord)
     * the wounded were taken to ("إلى", a word or two before), not the act, even after an arrival word.
     */
    private static boolean townOfAHospitalReached(List<Token> tokens, List<Mention> ms, int noun) {
        if (noun < 3 || !"في".equals(tokens.get(noun - 1).term())) return false;
        for (Mention h : ms) {
            int to = h.firstToken() - 1;
            if (h.is("AftermathWord") && to >= 0 && h.endToken() >= noun - 2 && h.endToken() < noun
                    && AWAY.contains(PhraseMatcher.stem(tokens.get(to).term()))) return true;
        }
        return false;
    }

    private static boolean andOpened(Token t) {
        return t.term().length() > 3 && t.term().charAt(0) == 'و' && !NameHeads.opens(t.term());
    }

    private static int tokenAt(List<Token> tokens, int start) {
        for (int i = 0; i < tokens.size(); i++) if (tokens.get(i).start() == start) return i;
        return 0;
    }


    /** The token after the name that starts at {@code first}: one word, or more when they belong together. */
    private static int nameEnd(List<Token> tokens, List<Mention> ms, int first, int to) {
        return nameEnd(tokens, ms, first, to, false, false, false);
    }

    /** In a list ("ببيلا ويلدا وبيت سحم") any word after "و" may be a name: the list says what it is. */
    static int nameEnd(List<Token> tokens, List<Mention> ms, int first, int to, boolean inList, boolean plural,
                               boolean apart) {
        int end = first;
        while (end < to && end - first < MAX_WORDS) {
            // "بلدات … وسكيك", "قرى … ودلاك": a list's item is read without the "your" no report says
            Token t = inList || plural ? PlaceNameWords.withoutSecondPerson(tokens.get(end)) : tokens.get(end);
            if (PlaceNameWords.dayPartOfDate(tokens, ms, end)) break;             // "…، ليل أمس،": a time, no name
            if (PlaceNameCues.peopleOfPlace(tokens, ms, first, end)) return Mention.startingAt(ms, end).endToken();
            // "اليادودة بريف درعا" (but "عين لاروز": after a name head, a word read as "ل" + a verb is its second word)
            // ("حوايس بن هديب": "بن" is no "ب" before a word but the name's "son of")
            if (end > first && PlaceNameWords.startsWithPreposition(t) && !NameHeads.opens(t.term()) && !(NameHeads.followedBy(tokens, first, end, false) && PlaceNameWords.isVerbOnly(t))) break;
            if (end > first && PlaceNameWords.isConjoined(t)) break;                 // "قريتي الكبانة والحدادة": two names
            // "قرى مرعناز وأبين وتنب": after a word the dictionary lacks, a word opened by "و" is the next name, however
            // else the dictionary reads it ("وادي" opens a name of its own)
            if (end > first && tokens.get(end - 1).analyses().isEmpty() && andOpened(t)) break;
            if (PlaceNameWords.isPlaceNoun(t)) break;
            if (end > first && PlaceNameWords.isDirectionOfIt(t)) break;   // "الجديدة غربها": west of the town before
            // a list's later item after "و", but not a verb ("وأنزلوا") nor a word with a pronoun ("وريفها")
            // ("…، وتبين بعد تفتيشها", "…، واصل المعلمون": a word that may be a verb opens a clause, not a name)
            boolean listed = inList && end == first && (t.term().startsWith("و") || apart)
                    && (t.analyses().isEmpty() || NameHeads.listed(t, apart) || (!PlaceNameWords.hasPronoun(t) && (!PlaceNameWords.mayBeVerb(t) || plural && !PlaceNameWords.mayBePastVerb(t)))
                        || plural && VerbReadNames.listedBeforeMore(tokens, end, to, apart))
                    || end == first && (PlaceNameCues.announcedFirst(tokens, first, to) || NameHeads.afterPlaceNoun(tokens, first));
            // "والدير الشرقي", "وتل جمال الغربي": a direction with the article after a name is part of the name
            // (a bare "شرقي دير الزور" places it, and ends it)
            if (end > first && PlaceNameWords.isDirectionAdjective(t) && !Token.markBefore(tokens, end)) { end++; break; }
            // "الأصبح الحدودية مع …", "كفرنبودة المليئة بأهلها": an adjective with its complement describes the
            // name before it ("تل الحمدية": after a name head the word is the name)
            if (end > first && !NameHeads.opens(PhraseMatcher.stem(tokens.get(end - 1).term()))
                    && PlaceNameWords.describesWithComplement(tokens, end, to)) break;
            if (STOPS.contains(t.term()) || STOPS.contains(PhraseMatcher.stem(t.term())) || t.isNumber() || !PlaceNameWords.isArabic(t.term())
                    || Mention.startingAt(ms, end) != null && !PlaceNameCues.countryAfterNameHead(tokens, ms, first, end) && !SpotWordNames.named(tokens, Mention.startingAt(ms, end), end) && !(listed && (NameHeads.listed(t, apart) || NameHeads.afterPlaceNoun(tokens, end)))
                        && !(inList && apart && end == first && (bodyPartOnly(Mention.startingAt(ms, end)) || typeless(Mention.startingAt(ms, end), t)))
                    || (PlaceNameWords.isVerbOnly(t) && !listed && !NameHeads.followedBy(tokens, first, end, !PlaceNameWords.startsWithPreposition(t))
                        && !VerbReadNames.named(tokens, first, end, to))) break;
            if (end == first && !PlaceNameWords.canBeName(t) && !listed && !PlaceNameCues.namedByConstruct(tokens, ms, t, first)
                    && !VerbReadNames.named(tokens, first, end, to) && !VerbReadNames.letterNamed(tokens, first, to)) break;
            // "…وبنّش، مطالبين بإسقاط …", "…، رافعين صور الضحايا": a plural participle after the list tells
            // how the crowd acted, it names no further place
            // ("وجسرين": after "و" a word ending like a participle is the next name)
            if (inList && end == first && PlaceNameWords.isPluralParticiple(t) && !NameHeads.listed(t) && !t.term().startsWith("و")) break;
            if (inList && end == first && t.term().startsWith("و") && FUNCTION_WORDS.contains(t.term().substring(1))) break;
            // "وفي مدينة الرقة، واصل المعلمون": after a comma, "و" and a past verb open the next clause
            if (inList && end == first && t.term().startsWith("و") && Token.markBefore(tokens, end) && !listed && PlaceNameWords.mayBePastVerb(t)) break;
            if (end > first && Token.markBefore(tokens, end)) break;
            end++;
            // a second word only after a name head ("تل طويل") or when neither word is a dictionary word,
            // or in construct ("مغارة الحصى")
            boolean more = NameHeads.opens(PhraseMatcher.stem(t.term())) || NameHeads.opens(t.term()) || t.analyses().isEmpty() || listed && NameHeads.listed(t)
                    || end == first + 1 && inConstruct(tokens, ms, t, end, to, listed);
            if (!more) break;
        }
        return end;
    }

    /**
     * "جباتا الخشب", "عين العرب": an indefinite first word followed by a definite noun is a name in construct,
     * one name of two words; a time word ("قرية … اليوم") or a word with a pronoun starts something else.
     */
    private static boolean inConstruct(List<Token> tokens, List<Mention> ms, Token first, int next, int to, boolean listed) {
        // "ومعرة الصين": a list's later item after "و" may be in construct like the first
        String head = listed && first.term().startsWith("و") ? first.term().substring(1) : first.term();
        if (next >= to || PhraseMatcher.isDefinite(head) || head.startsWith("و") && !listed) return false;
        Token t = tokens.get(next);
        if (!t.term().startsWith("ال") || TIME_WORDS.contains(t.term()) || PlaceNameWords.hasPronoun(t) || Mention.startingAt(ms, next) != null
                || Token.markBefore(tokens, next)) return false;
        // "كفرنوران القريبة", "… المجاورة", "… الحدودية", "… المحيطة بها": an adjective or participle describes
        // the place; it is no part of its name
        String w = t.term();
        // ("منجم الملح", "خراب الشحم": a word the analyser reads as a noun too is the name in construct)
        if (w.endsWith("يه") || w.startsWith("الم") && w.endsWith("ه")
                || t.analyses().stream().anyMatch(a -> a.wordClass() == Analysis.WordClass.ADJECTIVE) && !NameHeads.nounReading(t)) return false;
        return t.analyses().isEmpty() || t.analyses().stream().anyMatch(a -> a.enclitic().isEmpty()
                && (a.wordClass() == Analysis.WordClass.NOUN || a.wordClass() == Analysis.WordClass.PROPER_NOUN
                || a.wordClass() == Analysis.WordClass.VERBAL_NOUN));
    }

    private static PlaceText placeText(String text, List<Token> tokens, List<Mention> ms, int first, int end, int to) {
        return placeText(text, tokens, ms, first, end, to, false);
    }

    static PlaceText placeText(String text, List<Token> tokens, List<Mention> ms, int first, int end, int to,
                                       boolean listed) {
        int start = tokens.get(first).start(), stop = tokens.get(end - 1).end();
        // "وإبطع", "ويلدا": the name of a list's later item, without its "and"
        if (text.charAt(start) == 'و' && (listed || tokens.get(first).analyses().isEmpty()) && stop - start > 3) start++;
        String within = null;
        for (Mention m : ms) {
            if (m.firstToken() >= end && m.firstToken() < Math.min(to, end + WITHIN_REACH) && m.entry("Place") != null) {
                within = m.entry("Place").iri();
                break;
            }
        }
        return new PlaceText(text.substring(start, stop), start, stop, within);
    }

    /** A mention covers the token. */
    static boolean inMention(List<Mention> ms, int token) {
        for (Mention m : ms) if (m.firstToken() <= token && token < m.endToken()) return true;
        return false;
    }

    /** "حاجز منكت الحطب": no adjective of relation ("حاجز عسكري"), and a definite noun in construct after it. */
    private static boolean siteNamedInConstruct(List<Token> tokens, List<Mention> ms, int first, int to) {
        Token t = tokens.get(first);
        return !PlaceNameWords.isNisbaAdjective(t) && !PlaceNameWords.isNisbaPlural(t) && inConstruct(tokens, ms, t, first + 1, to, false);
    }

    private static boolean peopleOf(Mention m) {
        Entry e = m.entry("PlaceNoun");
        return e != null && e.iri().endsWith("/people-of");
    }

    private static boolean isSiteNoun(Mention m) {
        Entry e = m.entry("PlaceNoun");
        return e != null && e.iri().endsWith("/site-noun");
    }

    private static boolean stationedAt(List<Token> tokens, int placeNoun) {
        int before = placeNoun - 1;
        if (before >= 0 && tokens.get(before).term().equals("في")) before--;
        return before >= 0 && STATIONED.contains(PhraseMatcher.stem(tokens.get(before).term()));
    }

}
