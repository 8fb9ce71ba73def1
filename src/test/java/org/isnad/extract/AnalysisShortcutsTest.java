package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The extractor's shortcuts for speed give what the long way gives: each is checked against the long
 * way on words that take every branch.
 */
class AnalysisShortcutsTest {

    // the cut-word filter's pattern, as ArabicAnalysis has it
    private static final Pattern CUT_WORD = Pattern.compile("\u0640[.\u00a0 ]+\u0640?|[.\u00a0 ]+\u0640");

    @Test
    void textWithoutTatweelSkipsTheCutWordFilterAndTextWithItIsMended() {
        for (String t : List.of("هجـ.ـوم على القرية", "اغتيـ ـال قيادي", "قصف . ـمدفعي", "غارة جوية. قتلى", "ـ"))
            assertEquals(CUT_WORD.matcher(t).find() || t.indexOf('\u0640') >= 0, ArabicAnalysis.mayHaveCutWords(t, 0, t.length()), t);
        assertFalse(ArabicAnalysis.mayHaveCutWords("غارة جوية. قتلى", 0, 15));
        assertTrue(ArabicAnalysis.mayHaveCutWords("xx هجـ.ـوم", 3, 10));
        assertFalse(ArabicAnalysis.mayHaveCutWords("هجـ.ـوم xx", 7, 10));

        String text = "نفذ هجـ.ـوم على القرية";
        List<Token> tokens = ArabicAnalysis.tokens(text, 0, text.length());
        assertEquals(List.of("نفذ", "هجوم", "علي", "القريه"), tokens.stream().map(Token::term).toList());
        assertEquals(4, tokens.get(1).start());
        assertEquals(11, tokens.get(1).end());
        String plain = "نفذ هجوم على القرية";
        List<Token> uncut = ArabicAnalysis.tokens(plain, 4, plain.length());
        assertEquals(List.of("هجوم", "علي", "القريه"), uncut.stream().map(Token::term).toList());
        assertEquals(4, uncut.get(0).start());
        assertEquals(plain.length(), uncut.get(2).end());
    }

    @Test
    void wordFormsNormalisedOnceGiveTheFiltersOwnNormalForms() throws java.io.IOException {
        // every normalisation and a word repeated in each form: upper-case Latin, Arabic-Indic digits, hamza
        // and alef forms, teh marbuta, diacritics, tatweel; then more forms than the memo holds, and the
        // first words again after it was emptied
        StringBuilder text = new StringBuilder("قصفت الطائرات الحربيّة مدينة إدلب في ١٢ آذار، وقصفت SDF القريةَ ");
        text.append("قصفت الطائرات مدينة إدلب ١٢ SDF ");
        for (int i = 0; i <= NormalisedOnce.LIMIT; i++) text.append("كلمة").append(i).append(' ');
        text.append("قصفت الطائرات الحربيّة مدينة إدلب ١٢ SDF القريةَ");
        List<String> memoised = terms(text.toString(), true), plain = terms(text.toString(), false);
        assertEquals(plain, memoised);
        assertEquals(List.of("قصفت", "الطائرات", "الحربيه", "مدينه", "ادلب", "في", "12", "اذار", "وقصفت", "sdf", "القريه"),
                memoised.subList(0, 11));
    }

    /** The terms of a text through the normalising filters, memoised or run on every word. */
    private static List<String> terms(String text, boolean memoised) throws java.io.IOException {
        org.apache.lucene.analysis.Tokenizer words = new org.apache.lucene.analysis.standard.StandardTokenizer();
        words.setReader(new java.io.StringReader(text));
        java.util.function.UnaryOperator<org.apache.lucene.analysis.TokenStream> filters = w ->
                new org.apache.lucene.analysis.ar.ArabicNormalizationFilter(new org.apache.lucene.analysis.core.DecimalDigitFilter(
                        new org.apache.lucene.analysis.core.LowerCaseFilter(w)));
        org.apache.lucene.analysis.TokenStream s = memoised ? new NormalisedOnce(words, filters) : filters.apply(words);
        org.apache.lucene.analysis.tokenattributes.CharTermAttribute term =
                s.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
        List<String> out = new java.util.ArrayList<>();
        s.reset();
        while (s.incrementToken()) out.add(term.toString());
        s.end();
        s.close();
        return out;
    }

    @Test
    void stemsCutOnceAreThoseOfEachWord() {
        List<Token> tokens = ArabicAnalysis.tokens("وبالقصف المدفعي على قرية وبلدات كفر");
        LemmaMatcher.Stems stems = new LemmaMatcher.Stems(tokens);
        for (int k = tokens.size() - 1; k >= 0; k--) {
            assertEquals(PhraseMatcher.stem(tokens.get(k).term()), stems.stem(k));
            assertEquals(PhraseMatcher.stem(tokens.get(k).term()), stems.stem(k));
        }
    }

    @Test
    void aTatweelAfterALetterThatDoesNotJoinEndsItsWord() {
        // alef never joins the next letter: the stroke after it is stray, and the next word stays a word
        assertEquals(List.of("غاره", "علي", "مدينه", "كفرنبودا", "تزامنا", "مع", "قصف"),
                ArabicAnalysis.terms("غارة على مدينة كفرنبوداـ تزامنا مع قصف"));
        assertEquals(List.of("قصف", "البلده", "ثم", "انسحب"), ArabicAnalysis.terms("قصف البلدةـ ثم انسحب"));
        // a joining letter's tatweel is still a cut, and a clitic written apart still joins its word
        assertEquals(List.of("نفذ", "اغتيال", "قيادي"), ArabicAnalysis.terms("نفذ اغتيـ ـال قيادي"));
        assertEquals(List.of("قصف", "لقوات", "النظام"), ArabicAnalysis.terms("قصف لـ قوات النظام"));
    }

    @Test
    void definiteWordsAreThoseThePatternFinds() {
        Pattern definite = Pattern.compile("[وف]?([بلك]?ال|لل)");
        String letters = "وفبلكام";
        List<String> words = new java.util.ArrayList<>(List.of(""));
        for (int length = 1; length <= 5; length++) {
            for (String w : List.copyOf(words)) {
                if (w.length() != length - 1) continue;
                for (char c : letters.toCharArray()) words.add(w + c);
            }
        }
        int seen = 0;
        for (String w : words) {
            boolean expected = definite.matcher(w).lookingAt();
            assertEquals(expected, PhraseMatcher.isDefinite(w), w);
            if (expected) seen++;
        }
        assertTrue(seen > 100, "the words take every branch");
    }

    @Test
    void aSpanIsAnalysedOnceWhateverEvidenceCutsIt() throws Exception {
        Lexicon lexicon = Lexicon.load(List.of(java.nio.file.Path.of("ontology")));
        String text = "قصفت طائرات حربية مواقع في البوكمال. وأكد البيان أن الضربات كانت ضرورية.";
        org.isnad.ingest.Article article = new org.isnad.ingest.Article("test", "https://example.org/1", "SY24",
                java.time.LocalDate.of(2022, 8, 24), "عنوان", null, text, List.of());
        Reading r = new Reading(article, lexicon);
        List<String> once = r.stems(r.evidence(0, 36));
        assertEquals(List.of("قصفت", "طائرات", "حربيه", "مواقع", "في", "بوكمال"), once);
        // another claim resting on the same span cuts its own Evidence: the stems are those already found
        assertTrue(once == r.stems(r.evidence(0, 36)), "the same span is analysed again");
        assertEquals(List.of("اكد", "بيان"), r.stems(r.evidence(text.indexOf("وأكد"), text.indexOf(" أن"))));
    }

    @Test
    void evidenceWordsAndMentionsAreTheLongWaysAndWorkedOutOnce() throws Exception {
        Lexicon lexicon = Lexicon.load(List.of(java.nio.file.Path.of("ontology")));
        EvidenceWords words = new EvidenceWords(lexicon.matcher());
        String span = "تعرضت بلدة كفرنبل لقصف جوي ومدفعي";
        assertEquals(ArabicAnalysis.tokens(span), words.words(span));
        assertEquals(lexicon.matcher().match(ArabicAnalysis.tokens(span)), words.mentions(span));
        assertTrue(words.mentions(span).stream().anyMatch(m -> m.is("Trigger")), "the span has its trigger");
        // a second claim resting on the same span (its own Evidence, its own copy of the text) is not analysed again
        String again = new String(span.toCharArray());
        assertTrue(words.words(span) == words.words(again) && words.mentions(span) == words.mentions(again));
    }

    @Test
    void aSentenceAnalysedOnceGivesItsEvidenceTheWordsOfTheLongWay() throws Exception {
        Lexicon lexicon = Lexicon.load(List.of(java.nio.file.Path.of("ontology")));
        String text = "عاجل: تعرضت بلدة كفرنبل لقصف جوي ومدفعي، وقُتل رجلان بغارة. هجـ.ـوم على مصادره في بلدة الشحيل";
        for (int[] span : new int[][] {{6, text.indexOf('.') + 1}, {text.indexOf('.') + 2, text.length()}}) {
            String sentence = text.substring(span[0], span[1]);
            EvidenceWords words = new EvidenceWords(lexicon.matcher());
            // the sentence's own words, with readings and offsets into the article, handed over as the extractor does
            words.sentence(sentence, span[0], ArabicAnalysis.tokens(text, span[0], span[1]));
            assertEquals(ArabicAnalysis.tokens(sentence), words.words(sentence), sentence);
            // its mentions are those of the words with their readings, at offsets into the sentence
            List<Mention> analysed = lexicon.matcher().match(ArabicAnalysis.tokens(text, span[0], span[1]));
            assertEquals(analysed.stream().map(m -> new Mention(m.entries(), m.firstToken(), m.endToken(),
                    m.start() - span[0], m.end() - span[0], m.definite())).toList(), words.mentions(sentence), sentence);
        }
    }

    @Test
    void aSentenceAsEvidenceKeepsTheActsItsVerbsTellByTheirLemma() throws Exception {
        // "ألقت القبض" is listed by its lemma ("ألقى القبض"): matched on the words alone, without their
        // readings, the evidence lost the arrest the sentence's reader found, and a pass reading the claim's
        // evidence again saw no arrest in it
        Lexicon lexicon = Lexicon.load(List.of(java.nio.file.Path.of("ontology")));
        String text = "وكانت الشرطة قد ألقت القبض على رجلين في مدينة حمص";
        EvidenceWords words = new EvidenceWords(lexicon.matcher());
        words.sentence(text, 0, ArabicAnalysis.tokens(text, 0, text.length()));
        assertTrue(words.mentions(text).stream().anyMatch(m -> m.is("Trigger") && text.substring(m.start(), m.end()).startsWith("ألقت")),
                "the arrest by its lemma: " + words.mentions(text));
        assertFalse(lexicon.matcher().match(ArabicAnalysis.tokens(text)).stream().anyMatch(m -> m.is("Trigger") && m.start() == text.indexOf("ألقت")),
                "as written alone the words tell no arrest (else this test shows nothing)");
    }

    @Test
    void aPlaceWithdrawnToIsFoundWhereTheRegexAloneFoundIt() {
        // DestinationPlaces' pattern, as it stands there: the regex now runs only where a word towards the place is
        Pattern withdrewTo = Pattern.compile("(?:^|\\s)[وف]?(?:[يتا]?نسحب\\S*|انسحاب\\S*|[يت]?فر(?:وا|ا|ت)?|فرار\\S*|لاذ(?:وا|ت)?|[يت]لوذ\\S*)"
                + "\\s+(?:\\S+\\s+){0,2}?(?:إلى|الى|نحو|باتجاه)\\s+(?:\\S+\\s+){0,2}?$");
        int found = 0, checked = 0;
        for (String text : SENTENCES) {
            String told = ArabicAnalysis.withoutMarks(text);
            for (String words : spans(told)) {
                int at = words.isBlank() ? -1 : told.indexOf(words);
                boolean expected = at >= 0 && at == told.lastIndexOf(words)
                        && withdrewTo.matcher(told.substring(Math.max(0, at - 60), at)).find();
                assertEquals(expected, DestinationPlaces.withdrawnTo(told, words), words + " | " + told);
                if (expected) found++;
                checked++;
            }
        }
        assertTrue(found > 3 && checked - found > 300, "both answers are checked: " + found + " of " + checked);
    }

    @Test
    void anyOfTheWordsIsFoundAsTheStreamFoundIt() {
        List<String> nouns = List.of("هجمات", "غارتين", "عمليات");
        for (String t : List.of("نفذت الطائرات غارتين على ريف إدلب", "وقعت ثلاث هجمات", "قصف مدفعي", ""))
            assertEquals(nouns.stream().anyMatch(t::contains), TextAround.containsAny(t, nouns), t);
        for (String w : List.of("12", "١٢", "12a", "", "x"))
            assertEquals(!w.isEmpty() && w.chars().allMatch(Character::isDigit), new Token(w, 0, w.length()).isNumber(), w);
    }

    @Test
    void subclassAnswersAreRememberedPerPairWithoutAJoinedKey() throws Exception {
        Lexicon lexicon = Lexicon.load(List.of(java.nio.file.Path.of("ontology")));
        String isnad = org.isnad.vocab.Vocab.ISNAD;
        assertTrue(lexicon.isSubClassOf(isnad + "AirDroneStrike", isnad + "ExplosionsRemoteViolence"));
        assertFalse(lexicon.isSubClassOf(isnad + "ExplosionsRemoteViolence", isnad + "AirDroneStrike"));
        // "a b" under "a b", then "a" under "b a b": one joined key "a b a b" gave the first answer to the second
        assertTrue(lexicon.isSubClassOf("urn:x:a b", "urn:x:a b"));
        assertFalse(lexicon.isSubClassOf("urn:x:a", "b urn:x:a b"));
    }

    @Test
    void statementsLoseTheQuotesAroundThem() {
        assertEquals("الضربات كانت ضرورية", StatementReader.trimQuotes(" «الضربات كانت ضرورية» "));
        assertEquals("الضربات كانت ضرورية", StatementReader.trimQuotes("، : “الضربات كانت ضرورية”\n"));
        assertEquals("قال: نعم", StatementReader.trimQuotes("\"قال: نعم\""));
    }

    /** Sentences of my own, with words that open and close the patterns the shortcuts stand for. */
    private static final List<String> SENTENCES = List.of(
            "أصيب رجلان في بلدة الشحيل ونقلا إلى مشفى في مدينة دير الزور",
            "قتل شاب في بلدة الشحيل، ونقل إلى مشفى الشحيل الميداني",
            "وجرى إسعافه إلى مستشفى الرقة الوطني بعد إصابته في حي الرميلة بمدينة الرقة",
            "داهمت دورية منازل في بلدات نوى والشيخ مسكين وإبطع، ثم انسحبت نحو عمق البادية",
            "اندلعت اشتباكات على الطريق الواصل بين الميادين والعشارة، وفي قرية المرجة في منطقة سهل الغاب",
            "قصفت المدفعية قرية تل حلف غرب مدينة رأس العين وقرى في ريف بلدة تل تمر",
            "قتل شاب وأصيب آخر في حادثتي إطلاق نار منفصلتين، الأولى في بلدة البوكمال والثانية في الميادين",
            "وثّق المكتب ثلاث عمليات اغتيال وهجمات متفرقة خلال الأسبوع، أما الثانية فوقعت في درعا",
            "انفجر اللغم الأول قرب الطريق، وانفجر اللغم الثاني بعد ساعة؛ والأولى كانت أشد",
            "الذنيبة في مدينة إزرع، والشرفة بمدينة الميادين، ومحيط كنصفرة ومدينة أريحا وأطراف بلدة سرجة",
            "نُقِلَ الجريحُ إلى مَشفى بلدةِ الشُّحيل، ولاذوا بالفرار باتجاه قرية الصالحية",
            "سجل المرصد ثلاث حوادث وخمس هجمات وعدة عمليات وست محاولات وسبع جرائم وأربع اعتداءات و3 استهدافات و٤ تفجيرات وخمسة حالات",
            "بعد هجومين وحادثتي خطف وعمليتي اغتيال واعتداءين واستهدافين وتفجيرين وانفجارين وكمينين ومحاولتي تسلل وجريمتين وغارتين وحادثين",
            // the leads SplitByPlace and HeadlinePlace give TextAround: "بين … و…", "من جهة", dashes, commas, "من"
            "اندلعت اشتباكات بين قوات النظام من جهة، ومسلحين محليين في محيط قرى الكرك والغارية من جهة أخرى",
            "دارت معارك بين الطرفين على الطريق الواصل بين مدينة الحسكة وبلدة الهول. ثم قصفت المدفعية بين البلدتين",
            "قصفت المدفعية بلدتي كنصفرة – البارة، وقرى الفطيرة، سفوهن، فليفل، ثم توقف القصف و سوبين وقرية الشير",
            "الحسكة.. خطف شاب من مدينة القامشلي ونقله إلى جهة مجهولة منذ من أيام",
            "", "في", "في في في", "الشحيل الشحيل");

    /** Every span of words of a sentence, to put a place's words anywhere, more than once, or nowhere. */
    private static List<String> spans(String sentence) {
        List<String> words = List.of(sentence.split(" "));
        List<String> out = new java.util.ArrayList<>(List.of("", "الشحيل", "قرية غير مذكورة"));
        for (int i = 0; i < words.size(); i++)
            for (int j = i + 1; j <= Math.min(words.size(), i + 3); j++) out.add(String.join(" ", words.subList(i, j)));
        return out;
    }

    @Test
    void aPatternBeforeKnownWordsIsFoundWhereThePatternWithTheWordsQuotedIsFound() {
        List<String> leads = List.of(
                "(?:نقل|إسعاف|اسعاف|أسعف|اسعف)\\S*(?:\\s+\\S+){0,3}?\\s+(?:إلى|الى)\\s+\\S*(?:مشفى|مستشفى|مشافي|مستشفيات)\\S*(?:\\s+\\S+){0,3}?\\s+\\S?",
                "\\S\\s+(?:شمال|جنوب|شرق|غرب)ي?\\s+(?:(?:مدينة|بلدة|قرية|ناحية|مخيم)\\s+)?", "بين (\\S+ ){0,2}",
                "(?:في |ب)(?:بلدة|قرية|مدينة|حي|مخيم) ", "و(?:محيط|أطراف|أحياء) (?:(?:بلدة|قرية|مدينة|مخيم) )?",
                "[بو]?ريف (\\S+ )?", "(?:^|[\\s،])و\\s*(?:" + NOUNS + "\\s+)?\"?", DASHED, COMMA_LISTED, BETWEEN_SECOND,
                "(?<![\\p{L}])من\\s+", "");
        int found = 0, checked = 0;
        for (String lead : leads) {
            Pattern ending = TextAround.lead(lead);
            for (String text : SENTENCES) {
                for (String words : spans(text)) {
                    boolean expected = Pattern.compile(lead + Pattern.quote(words)).matcher(text).find();
                    assertEquals(expected, TextAround.precededBy(text, words, ending), lead + " | " + words + " | " + text);
                    if (expected) found++;
                    checked++;
                }
            }
        }
        assertTrue(found > 100 && checked - found > 1000, "both answers are checked: " + found + " of " + checked);
    }

    /** The leads SplitByPlace writes before a place's words (a copy: its patterns are its own). */
    private static final String NOUNS = "(?:بلدة|قرية|مدينة|حي|مخيم|بلدات|قرى|مدن|أحياء|مخيمات)";
    private static final String DASHED = "(?:بلدتي|قريتي|مدينتي|بلدتا|قريتا|مدينتا|حيي|قرى|بلدات|مدن|أحياء)\\s+\"?[^.،؛\\n\"“”«»]{1,40}?\"?\\s*[–—-]\\s*\"?";
    private static final String COMMA_LISTED = "(?:قرى|بلدات|مدن|أحياء|مخيمات|بلدتي|قريتي|مدينتي)،?\\s+\"?(?:[^.،؛\\n]{1,40}،\\s*){1,12}\"?";
    private static final String BETWEEN_SECOND = "(?:^|\\s)بين (?:(?!في )\\S+ ){1,3}?و\\s*(?:" + NOUNS + "\\s+)?\"?";

    @Test
    void aLeadWhoseStartIsAskedIsFoundWhereEveryMatchOfThePatternWithTheWordsQuotedWasAsked() {
        // "بين A من جهة، وB": SplitByPlace asks where the "بين" starts whether the sentence names one side
        Pattern oneSide = Pattern.compile("[^.؟!\\n]*?(?:^|\\s)من جهة");
        int found = 0, checked = 0;
        for (String lead : List.of("(?:^|\\s)بين (\\S+ ){0,2}\"?", BETWEEN_SECOND)) {
            Pattern ending = TextAround.lead(lead);
            for (String text : SENTENCES) {
                java.util.function.IntPredicate noSide = at -> !oneSide.matcher(text).region(at, text.length()).lookingAt();
                for (String words : spans(text)) {
                    java.util.regex.Matcher m = Pattern.compile(lead + Pattern.quote(words)).matcher(text);
                    boolean expected = false;
                    while (m.find() && !expected) expected = noSide.test(m.start());
                    assertEquals(expected, TextAround.precededBy(text, words, ending, noSide), lead + " | " + words + " | " + text);
                    if (expected) found++;
                    checked++;
                }
            }
        }
        assertTrue(found > 20 && checked - found > 1000, "both answers are checked: " + found + " of " + checked);
    }

    @Test
    void aPatternBetweenKnownWordsIsFoundWhereThePatternWithBothQuotedIsFound() {
        List<Pattern> middles = List.of(
                Pattern.compile("\"?(?:\\s+\\S+)?\\s+(?:في\\s+|ب)(?:مدينة|بلدة|قرية|ناحية)?\\s*"),
                Pattern.compile("\\S*(?:\\s+\\S+){0,2}?\\s+(?:(?:في|ضمن)\\s+|ب)(?:منطقة|ناحية)\\s+\"?"),
                Pattern.compile("\\s*"));
        int found = 0, checked = 0;
        for (Pattern middle : middles) {
            for (String text : SENTENCES) {
                List<String> spans = spans(text);
                for (String first : spans) {
                    for (String second : spans) {
                        boolean expected = Pattern.compile(Pattern.quote(first) + middle.pattern() + Pattern.quote(second)).matcher(text).find();
                        assertEquals(expected, TextAround.joinedBy(text, first, middle, second), first + " | " + second + " | " + text);
                        if (expected) found++;
                        checked++;
                    }
                }
            }
        }
        assertTrue(found > 100 && checked - found > 1000, "both answers are checked: " + found + " of " + checked);
    }

    @Test
    void textWithoutMarksIsWhatTheRegexLeaves() {
        Pattern marks = Pattern.compile("[\\p{Mn}\\u0640]");
        java.util.Random random = new java.util.Random(12);
        // letters, marks and tatweel of Arabic, Latin and its combining marks, a Hebrew point, a musical
        // symbol's combining mark (a surrogate pair) and a lone surrogate
        int[] pool = {'a', ' ', '،', 'ب', 'ش', 'ي', 'ء', 'ٹ', '\u064b', '\u0651', '\u0652', '\u0670', '\u0640', '\u06d6',
                '\u0300', '\u036f', '\u05b0', 0x1D167, '\ud800', 'é', '0'};
        int marked = 0;
        for (int n = 0; n < 3000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) b.appendCodePoint(pool[random.nextInt(pool.length)]);
            String s = b.toString();
            String expected = marks.matcher(s).replaceAll("");
            assertEquals(expected, ArabicAnalysis.withoutMarks(s), s);
            if (!expected.equals(s)) marked++;
        }
        assertTrue(marked > 500 && marked < 2900, "text with and without marks: " + marked);
        assertEquals("الذنيبة", ArabicAnalysis.withoutMarks("الذَّنيبة"));
        String plain = "نقل إلى مشفى الرقة";
        assertTrue(plain == ArabicAnalysis.withoutMarks(plain), "text without marks is not copied");
    }

    @Test
    void countsAndSeriesItemsAreWhatTheirPatternsFind() {
        int counts = 0, items = 0;
        for (String text : SENTENCES) {
            for (String part : spans(text)) {
                boolean count = RoundUpLeads.COUNT.matcher(ArabicAnalysis.withoutMarks(part)).find();
                assertEquals(count, RoundUpLeads.counts(part), part);
                if (count) counts++;
                java.util.regex.Matcher m = SeriesItems.ITEM.matcher(part);
                int item = 0;
                while (m.find()) item = SeriesItems.ORDINALS.get(m.group(1) != null ? m.group(1) : m.group(2));
                assertEquals(item, SeriesItems.lastItem(part), part);
                if (item > 0) items++;
            }
        }
        assertTrue(counts > 3 && items > 3, "both answers are checked: " + counts + " counts, " + items + " items");
    }

    @Test
    void aMentionIsOfEveryTypeOfItsEntriesAndEqualToAnotherOfTheSameParts() {
        Entry strike = new Entry("urn:x:strike", Set.of("Trigger", "ActionVerb"), Map.of("eventClass", "urn:x:Strike"));
        Entry town = new Entry("urn:x:town", Set.of("Place"), Map.of());
        Mention both = new Mention(List.of(strike, town), 2, 3, 10, 15, false);
        for (String t : List.of("Trigger", "ActionVerb", "Place")) assertTrue(both.is(t), t);
        for (String t : List.of("Actor", "Trigger ", "trigger", "")) assertFalse(both.is(t), t);
        assertEquals(town, both.entry("Place"));
        assertEquals(null, both.entry("Outlet"));
        assertTrue(new Mention(List.of(town), 0, 1, 0, 4, true).is("Place"));
        assertFalse(new Mention(List.of(), 0, 1, 0, 4, true).is("Place"));
        // values: equal parts, equal mentions (sets of mentions find them), whichever copies the parts are
        Entry strikeAgain = new Entry(new String("urn:x:strike"), new java.util.HashSet<>(Set.of("ActionVerb", "Trigger")),
                new java.util.HashMap<>(Map.of("eventClass", "urn:x:Strike")));
        assertEquals(strike, strikeAgain);
        assertEquals(strike.hashCode(), strikeAgain.hashCode());
        Mention again = new Mention(List.of(strikeAgain, town), 2, 3, 10, 15, false);
        assertEquals(both, again);
        assertTrue(Set.of(both).contains(again));
        assertFalse(both.equals(new Mention(List.of(strike, town), 2, 3, 10, 15, true)));
        assertFalse(strike.equals(new Entry("urn:x:strike", Set.of("Trigger"), strike.props())));
    }
}
