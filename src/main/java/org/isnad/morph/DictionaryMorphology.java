package org.isnad.morph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.isnad.morph.Analysis.Tense;
import org.isnad.morph.Analysis.Voice;
import org.isnad.morph.Analysis.WordClass;

/**
 * Arabic morphology from LanguageTool's Arabic dictionary (Arramooz, read with morfologik): a finite-state
 * map from every inflected form of a stem to its lemma and tag. The dictionary holds bare forms, so the
 * clitics are cut off here first: "وباستهداف" is و + ب + استهداف, "واستهدفتها" is و + استهدفت + ها,
 * "سيستهدف" is س + يستهدف. Each split is kept only when the reading agrees with it (the article and a
 * preposition go with nouns, the future prefix with a present verb).
 *
 * <p>Chosen by measurement over Hunspell and CoreNLP (see the README): 95% of news words analysed at
 * 65 k words/s, 15 MB. Results are cached per word in a bounded map, so memory stays flat on any corpus.
 */
public final class DictionaryMorphology implements Morphology {

    private static final String DICTIONARY = "/org/languagetool/resource/ar/arabic.dict";
    private static final String VERB_TO_MASDAR = "/org/languagetool/rules/ar/arabic_verb_masdar.txt";
    private static final int CACHE_LIMIT = 200_000;
    private static final String[] CONJUNCTIONS = {"", "و", "ف"};
    private static final String[] PREFIXES = {"", "ب", "ك", "ل", "ال", "بال", "كال", "لل", "س"};
    private static final String[] PRONOUNS = {"", "ه", "ها", "هم", "هما", "هن", "ك", "كم", "نا", "ني"};

    private static volatile DictionaryMorphology shared;

    private final ThreadLocal<DictionaryLookup> lookup;
    private final Map<String, List<Analysis>> cache = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> listedVerbalNouns;

    private DictionaryMorphology(Dictionary dictionary, Map<String, Set<String>> verbalNouns) {
        this.lookup = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
        this.listedVerbalNouns = verbalNouns;
    }

    /** The analyser over the dictionary on the class path, loaded once and shared by every thread. */
    public static DictionaryMorphology shared() {
        DictionaryMorphology m = shared;
        if (m == null) {
            synchronized (DictionaryMorphology.class) {
                if (shared == null) shared = load();
                m = shared;
            }
        }
        return m;
    }

    private static DictionaryMorphology load() {
        URL url = DictionaryMorphology.class.getResource(DICTIONARY);
        if (url == null) throw new IllegalStateException("the Arabic dictionary " + DICTIONARY + " is not on the class path");
        try {
            return new DictionaryMorphology(Dictionary.read(url), readVerbalNouns());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Arabic dictionary " + DICTIONARY, e);
        }
    }

    /** LanguageTool's list of verbs and their verbal nouns ("قَصَفَ=قصف|قصيف"), for the irregular ones. */
    private static Map<String, Set<String>> readVerbalNouns() throws IOException {
        Map<String, Set<String>> out = new HashMap<>();
        try (InputStream in = DictionaryMorphology.class.getResourceAsStream(VERB_TO_MASDAR)) {
            if (in == null) return out;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int eq = line.indexOf('=');
                if (line.startsWith("#") || eq <= 0) continue;
                Set<String> nouns = out.computeIfAbsent(ArabicLetters.verbKey(line.substring(0, eq)), k -> new TreeSet<>());
                for (String n : line.substring(eq + 1).split("\\|")) if (!n.isBlank()) nouns.add(ArabicLetters.normalise(n.strip()));
            }
        }
        return out;
    }

    @Override
    public List<Analysis> analyse(String word) {
        String w = ArabicLetters.plainArabic(word);
        if (w == null) w = ArabicLetters.withoutDiacritics(word);
        if (w.length() < 2 || !ArabicLetters.isArabic(w)) return List.of();
        List<Analysis> known = cache.get(w);
        if (known != null) return known;
        List<Analysis> found = List.copyOf(compute(w));
        if (cache.size() >= CACHE_LIMIT) cache.clear();
        cache.put(w, found);
        return found;
    }

    private Set<Analysis> compute(String w) {
        Set<Analysis> out = new LinkedHashSet<>();
        for (String conj : CONJUNCTIONS) {
            if (!w.startsWith(conj)) continue;
            for (String prefix : PREFIXES) {
                String pro = conj + prefix;
                if (!w.startsWith(pro)) continue;
                boolean bare = false;    // a reading without a pronoun: "كميناً" is كمين, not كمي + نا
                for (String pronoun : PRONOUNS) {
                    if (!w.endsWith(pronoun) || (bare && !pronoun.isEmpty())) continue;
                    int stemLength = w.length() - pro.length() - pronoun.length();
                    // a clitic is cut only from a stem of three letters or more: "بحث" is not ب + حث
                    if (stemLength < (pro.isEmpty() && pronoun.isEmpty() ? 2 : 3)) continue;
                    if (!prefix.contains("ال") && !pronoun.isEmpty() && prefix.equals("ل")) continue;
                    String stem = w.substring(pro.length(), w.length() - pronoun.length());
                    for (WordData d : lookupVariants(stem, !pronoun.isEmpty())) {
                        Analysis a = reading(d, pro, pronoun);
                        if (a != null && agrees(a, prefix, pronoun)) {
                            out.add(a);
                            if (pronoun.isEmpty()) bare = true;
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * The stem as written, then as it would be written in full: a pronoun turns ة into ت ("قيادته" →
     * قيادة), and a bare alef may stand for أ/إ ("القت" for "ألقت").
     */
    private List<WordData> lookupVariants(String stem, boolean beforePronoun) {
        List<WordData> out = copy(lookup.get().lookup(stem));
        if (beforePronoun && stem.endsWith("ت")) out.addAll(copy(lookup.get().lookup(stem.substring(0, stem.length() - 1) + "ة")));
        if (out.isEmpty() && stem.charAt(0) == 'ا') {
            for (char alef : new char[] {'أ', 'إ', 'آ'}) out.addAll(copy(lookup.get().lookup(alef + stem.substring(1))));
        }
        if (out.isEmpty() && stem.endsWith("ه")) out.addAll(copy(lookup.get().lookup(stem.substring(0, stem.length() - 1) + "ة")));
        if (out.isEmpty() && stem.endsWith("ي")) out.addAll(copy(lookup.get().lookup(stem.substring(0, stem.length() - 1) + "ى")));
        return out;
    }

    /** morfologik reuses its WordData objects between lookups: keep what we need before the next one. */
    private static List<WordData> copy(List<WordData> found) {
        List<WordData> out = new ArrayList<>(found.size());
        for (WordData d : found) out.add(d.clone());
        return out;
    }

    /** The reading a dictionary entry gives, e.g. "V61;M1H-pa-;---" → verb, past, active. */
    private static Analysis reading(WordData d, String proclitics, String enclitic) {
        String tag = d.getTag() == null ? "" : d.getTag().toString();
        String[] parts = tag.split(";");
        if (parts.length == 0 || parts[0].isEmpty() || d.getStem() == null) return null;
        String lemma = ArabicLetters.normalise(d.getStem().toString());
        char kind = parts[0].charAt(0);
        String conjugation = parts.length > 1 ? parts[1] : "";
        boolean future = proclitics.endsWith("س");
        if (kind == 'V') {
            Tense tense = switch (conjugation.length() > 4 ? conjugation.charAt(4) : '-') {
                case 'p' -> Tense.PAST;
                case 'f' -> Tense.PRESENT;
                case 'i' -> Tense.IMPERATIVE;
                default -> Tense.NONE;
            };
            Voice voice = switch (conjugation.length() > 5 ? conjugation.charAt(5) : '-') {
                case 'a' -> Voice.ACTIVE;
                case 'p' -> Voice.PASSIVE;
                default -> Voice.NONE;
            };
            return new Analysis(lemma, WordClass.VERB, tense, voice, future, proclitics, enclitic);
        }
        if (kind == 'N') {
            char sub = parts[0].length() > 1 ? parts[0].charAt(1) : '-';
            WordClass c = sub == 'M' ? WordClass.VERBAL_NOUN : sub == 'A' ? WordClass.ADJECTIVE
                    : sub == 'P' ? WordClass.PROPER_NOUN : WordClass.NOUN;
            return new Analysis(lemma, c, Tense.NONE, Voice.NONE, false, proclitics, enclitic);
        }
        return new Analysis(lemma, WordClass.PARTICLE, Tense.NONE, Voice.NONE, false, proclitics, enclitic);
    }

    /** The clitics cut off agree with the reading: ال and ب/ك/ل go with nouns, س with a present verb. */
    private static boolean agrees(Analysis a, String prefix, String pronoun) {
        if (a.isVerb()) {
            if (prefix.equals("س")) return a.tense() == Tense.PRESENT;
            return prefix.isEmpty() || (prefix.equals("ل") && a.tense() == Tense.PRESENT);
        }
        if (prefix.equals("س")) return false;
        if (a.wordClass() == WordClass.PARTICLE) return prefix.isEmpty() && pronoun.isEmpty();
        return !(prefix.contains("ال") || prefix.equals("لل")) || pronoun.isEmpty();
    }

    @Override
    public Set<String> verbalNouns(String verbLemma) {
        Set<String> out = new TreeSet<>();
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(verbLemma);
        // "فجر" written bare may be فَجَرَ or فَجَّرَ: the dictionary's verbs of that spelling say which exist
        if (ArabicLetters.withoutDiacritics(verbLemma).equals(verbLemma)) {
            for (WordData d : lookupVariants(verbLemma, false)) {
                // the lemma's own reading (past, he): "أضرب" is also "I hit", whose noun is not إضراب
                String tag = d.getTag() == null ? "" : d.getTag().toString();
                if (tag.startsWith("V") && tag.contains(";M1H-p") && d.getStem() != null)
                    spellings.add(d.getStem().toString());
            }
        }
        for (String s : spellings) {
            // keyed with the shadda: فَجَرَ (dawned) and فَجَّرَ (blew up) have other verbal nouns
            out.addAll(listedVerbalNouns.getOrDefault(ArabicLetters.verbKey(s), Set.of()));
            out.addAll(VerbalNounPatterns.of(s));
        }
        return out;
    }
}
