package org.isnad.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.morph.Morphology;

/**
 * Finds the longest known phrases in a run of tokens, left to right. Two dictionaries: names (places,
 * actors, outlets), matched without regard to the article "ال" on any word; and lexicon words, matched
 * exactly but for the first word. The first word of a phrase may carry the clitics و/ف, then ب/ل/ك, then ال.
 */
public final class PhraseMatcher {

    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        final List<Entry> entries = new ArrayList<>(1);
        /** The lexicon forms whose word leads here end it in ة (the normal form has ه), or in ه as written. */
        boolean tehMarbuta, heh;

        /**
         * A word written with a final ه cannot be a lexicon word every form writes with ة: "علم المرصد من
         * مصادره" (from its sources: مصادر + ه) is not "مصادرة" (confiscation). Names are not checked:
         * places are written both ways ("حماة", "حماه").
         */
        boolean refuses(Token word) { return word.writtenHeh() && tehMarbuta && !heh; }
    }

    private final Node names = new Node();
    private final Node words = new Node();
    private final LemmaMatcher lemmas;

    public PhraseMatcher(Morphology morphology) { this.lemmas = new LemmaMatcher(morphology); }

    /** A verb lemma of an entry ("استهدف"): every tense of the verb, and its verbal nouns as nouns. */
    public void addVerbLemma(Entry entry, String lemma) {
        firstWords.clear();   // the written starts of a word may change
        lemmas.addVerb(entry, lemma);
    }

    /** A noun lemma of an entry ("غارة"): every number, case and clitic of the noun. */
    public void addNounLemma(Entry entry, String lemma) {
        firstWords.clear();   // the written starts of a word may change
        lemmas.addNoun(entry, lemma);
    }

    /** Adds a surface form of an entry. Forms are analysed with the same chain as article text. */
    public void add(Entry entry, String form, boolean isName) {
        List<Token> terms = ArabicAnalysis.tokens(form);
        if (terms.isEmpty()) return;
        firstWords.clear();   // the start nodes of a word may change
        Node n = isName ? names : words;
        for (Token t : terms) {
            n = n.next.computeIfAbsent(isName ? withoutArticle(t.term()) : t.term(), k -> new Node());
            if (form.charAt(t.end() - 1) == 'ة') n.tehMarbuta = true;
            else if (t.term().endsWith("ه")) n.heh = true;
        }
        if (!n.entries.contains(entry)) n.entries.add(entry);
    }

    public List<Mention> match(List<Token> tokens) {
        List<Mention> out = new ArrayList<>();
        LemmaMatcher.Stems stems = lemmas.isEmpty() ? null : new LemmaMatcher.Stems(tokens);
        int i = 0;
        while (i < tokens.size()) {
            FirstWord first = firstWord(tokens.get(i).term());
            LongestMatch longest = byForm(first, tokens, i);
            // a lemma covers the forms no one listed; a form listed as written wins a tie
            LemmaMatcher.Match byLemma = stems == null ? null : lemmas.match(stems, i, first.written());
            int end = longest.end();
            List<Entry> best = longest.found() ? new ArrayList<>(longest.entries()) : null;
            boolean name = best != null && best.stream().anyMatch(e -> e.is("Actor"));
            // "الطائرات الروسية", "المسيرات التركية": the weapon that heads a name still names the event, by its
            // lemma or as written; not another act's word: "اشتباكات بين تحرير الشام وقوات النظام" tells no place
            // set free ("حرّر")
            if (name) addWeapons(best, headWord(first, tokens, i, end));
            if (name && byLemma != null && byLemma.end() < end) {
                addWeapons(best, byLemma.entries());
            } else if (byLemma != null && byLemma.end() > end) {
                end = byLemma.end();
                best = new ArrayList<>(byLemma.entries());
            } else if (byLemma != null && byLemma.end() == end
                    && best.stream().noneMatch(e -> e.is("Place") || e.is("Actor") || e.is("Outlet"))) {
                // a name as written beats a reading: "نوى" the town is not "نوى" (he intended)
                for (Entry e : byLemma.entries()) {
                    if (best.stream().noneMatch(b -> b.iri().equals(e.iri()))) best.add(e);
                }
            }
            // "استهداف الدفاعات الجوية الروسية لهجمات الطائرات": the defences' fire is aimed at what follows
            // with لـ; without it they are the target ("أعلن الجيش الإسرائيلي استهداف الدفاعات الجوية السورية")
            if (best != null && needsAim(best) && !aimed(tokens, end)) {
                best.removeIf(e -> e.flag("needsAim"));
                if (best.isEmpty()) {
                    best = byLemma == null ? null : new ArrayList<>(byLemma.entries());
                    end = byLemma == null ? end : byLemma.end();
                }
            }
            if (best != null) {
                out.add(new Mention(List.copyOf(best), i, end, tokens.get(i).start(), tokens.get(end - 1).end(), first.definite()));
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    /** (a loop, not a stream: this runs on every phrase matched, the hottest path of the extraction) */
    private static boolean needsAim(List<Entry> entries) {
        for (Entry e : entries) if (e.flag("needsAim")) return true;
        return false;
    }

    /** A word with the preposition لـ right after {@code end}, or after one word (an adjective: "الروسية"). */
    private static boolean aimed(List<Token> tokens, int end) {
        for (int j = end; j < Math.min(tokens.size(), end + 2); j++) {
            String t = tokens.get(j).term();
            if (t.length() > 3 && t.startsWith("ل") && !t.startsWith("لم") && !t.startsWith("لا")) return true;
        }
        return false;
    }

    /** The longest phrase listed as written (names, lexicon forms) that starts at token {@code i}. */
    private LongestMatch byForm(FirstWord first, List<Token> tokens, int i) {
        LongestMatch longest = new LongestMatch();
        for (Start start : first.starts()) {
            boolean lexicon = start.dictionary() != Dictionary.NAMES;
            Node n = start.node();
            if (lexicon && n.refuses(tokens.get(i))) continue;
            int j = i + 1;
            while (n != null) {
                longest.offer(j, start.dictionary().allowed(n.entries, start.preposition()));
                if (j >= tokens.size()) break;
                String t = tokens.get(j).term();
                n = n.next.get(lexicon ? t : withoutArticle(t));
                if (n != null && lexicon && n.refuses(tokens.get(j))) break;
                j++;
            }
        }
        return longest;
    }

    private static void addWeapons(List<Entry> best, List<Entry> found) {
        for (Entry e : found) if (e.is("Trigger") && e.intProp("weaponRank", 0) > 0 && !best.contains(e)) best.add(e);
    }

    /** The lexicon words listed as written that start at {@code i} and end before {@code end}: "المسيرات" in "المسيرات التركية". */
    private List<Entry> headWord(FirstWord first, List<Token> tokens, int i, int end) {
        List<Entry> out = new ArrayList<>();
        for (Start start : first.starts()) {
            if (start.dictionary() == Dictionary.NAMES) continue;
            Node n = start.node();
            for (int j = i + 1; n != null && j < end; j++) {
                out.addAll(start.dictionary().allowed(n.entries, start.preposition()));
                n = n.next.get(tokens.get(j).term());
            }
        }
        return out;
    }

    /** Where a phrase listed as written may start: the dictionaries a first word is looked up in, in order. */
    private enum Dictionary {
        /** Lexicon words as written. */
        WORDS,
        /** Lexicon words without the article ("الضربات" → ضربات): a verb never takes the article ("التابع" is not "تابع", he went on). */
        WORDS_WITHOUT_ARTICLE,
        /** Names, without the article on any word. */
        NAMES;

        /** The entries of a node that the first word's form allows. */
        List<Entry> allowed(List<Entry> entries, boolean preposition) {
            if (entries.isEmpty()) return entries;
            if (this == WORDS_WITHOUT_ARTICLE) return without(entries, e -> e.is("SpeechVerb") || e.is("ActionVerb"));
            // nor a preposition: "بنهب" is "by looting", the noun, not "he looted"
            if (preposition) return without(entries, e -> e.is("ActionVerb") && e.is("Trigger"));
            return entries;
        }

        private static List<Entry> without(List<Entry> entries, java.util.function.Predicate<Entry> dropped) {
            List<Entry> out = new ArrayList<>(entries.size());
            for (Entry e : entries) if (!dropped.test(e)) out.add(e);
            return out;
        }
    }

    /** A node a first word's form reaches, in one dictionary; preposition: the form lost a ب/ل/ك. */
    private record Start(Node node, Dictionary dictionary, boolean preposition) {}

    /** What matching needs of a first word, worked out once per word: where phrases may start, whether it is definite. */
    private record FirstWord(List<Start> starts, boolean definite, LemmaMatcher.WrittenStarts written) {}

    private static final int FIRST_WORD_CACHE_LIMIT = 100_000;
    // news text repeats its words, and each would otherwise cost a dozen forms cut and looked up
    private final java.util.concurrent.ConcurrentHashMap<String, FirstWord> firstWords = new java.util.concurrent.ConcurrentHashMap<>();

    private FirstWord firstWord(String term) {
        FirstWord known = firstWords.get(term);
        if (known != null) return known;
        FirstWord found = new FirstWord(List.copyOf(starts(term)), isDefinite(term), lemmas.writtenStarts(term));
        if (firstWords.size() >= FIRST_WORD_CACHE_LIMIT) firstWords.clear();
        firstWords.put(term, found);
        return found;
    }

    /** The nodes the word's forms reach, form by form (the first form wins ties), each form in the three dictionaries. */
    private List<Start> starts(String term) {
        Set<String> prepositional = prepositionalForms(term);
        Set<String> firstForms = firstWordForms(term);
        // a three-letter word with a proclitic ("وفي السياق", "بحي"): its two-letter rest only if a phrase starts so
        if (term.length() == 3 && "وفبلك".indexOf(term.charAt(0)) >= 0) {
            String rest = term.substring(1);
            if (names.next.containsKey(rest) || words.next.containsKey(rest)) {
                firstForms.add(rest);
                if ("بلك".indexOf(term.charAt(0)) >= 0) prepositional = Set.of(rest);
            }
        }
        List<Start> out = new ArrayList<>();
        for (String first : firstForms) {
            boolean preposition = prepositional.contains(first);
            String bare = withoutArticle(first);
            Node asWritten = words.next.get(first);
            if (asWritten != null) out.add(new Start(asWritten, Dictionary.WORDS, preposition));
            Node withoutArticle = bare.equals(first) ? null : words.next.get(bare);
            if (withoutArticle != null) out.add(new Start(withoutArticle, Dictionary.WORDS_WITHOUT_ARTICLE, preposition));
            Node name = names.next.get(bare);
            if (name != null) out.add(new Start(name, Dictionary.NAMES, preposition));
        }
        return out;
    }

    /** The word starts with the article, after any proclitic: و/ف, then ب/ل/ك + ال, or لل. */
    static boolean isDefinite(String t) {
        int k = t.isEmpty() || (t.charAt(0) != 'و' && t.charAt(0) != 'ف') ? 0 : 1;
        if (t.startsWith("ال", k) || t.startsWith("لل", k)) return true;
        return k < t.length() && "بلك".indexOf(t.charAt(k)) >= 0 && t.startsWith("ال", k + 1);
    }

    /** True when a lexicon phrase starts with this very word, clitic-looking letters and all ("وصل", "وقعت"). */
    public boolean startsLexiconPhrase(String term) {
        return words.next.containsKey(term);
    }

    /** True when a name (place, actor) starts with this very word, or with it after its article. */
    public boolean startsName(String term) {
        return names.next.containsKey(withoutArticle(term));
    }

    /** The word itself and the words it may be under its proclitics: وبالميادين → بالميادين, الميادين… */
    static Set<String> firstWordForms(String t) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(t);
        List<String> bases = new ArrayList<>(2);
        bases.add(t);
        // "وقع" keeps its و; a three-letter word ("وفي", "بحي") loses it only in match(), where a phrase starts so
        if (t.length() > 3 && (t.charAt(0) == 'و' || t.charAt(0) == 'ف')) bases.add(t.substring(1));
        for (String b : bases) {
            forms.add(b);
            if (b.length() > 3 && "بلك".indexOf(b.charAt(0)) >= 0) {
                forms.add(b.substring(1));
                if (b.startsWith("لل")) forms.add("ا" + b.substring(1));   // ل + ال contracts to لل
            }
        }
        // object and possessive pronouns: "حولتها" → حولت, "اعتقالهم" → اعتقال (not a bare ه: teh marbuta
        // is normalised to ه, and "ضربه" must stay "a strike")
        for (String f : List.copyOf(forms)) {
            for (String suffix : new String[] {"هما", "ها", "هم", "هن"}) {
                if (f.endsWith(suffix) && f.length() - suffix.length() >= 3) forms.add(f.substring(0, f.length() - suffix.length()));
            }
        }
        return forms;
    }

    /** The forms of a word that lose a preposition ب/ل/ك (after any و/ف): "وبنهب" → نهب. */
    static Set<String> prepositionalForms(String t) {
        Set<String> out = new LinkedHashSet<>();
        boolean conjunction = t.length() > 3 && (t.charAt(0) == 'و' || t.charAt(0) == 'ف');
        for (String b : conjunction ? List.of(t, t.substring(1)) : List.of(t)) {
            if (b.length() > 3 && "بلك".indexOf(b.charAt(0)) >= 0) out.add(b.substring(1));
        }
        return out;
    }

    /** A word without its clitics and article, for comparing the words of two sentences: "وبالأشجار" → أشجار. */
    static String stem(String term) {
        // one cut at the end, not a copy a clitic: the readers ask for stems of every word
        int k = 0, n = term.length();
        if (n - k > 3 && (term.charAt(k) == 'و' || term.charAt(k) == 'ف')) k++;
        if (n - k > 3 && "بلك".indexOf(term.charAt(k)) >= 0) k++;
        if (n - k > 3 && term.startsWith("ال", k)) k += 2;
        return k == 0 ? term : term.substring(k);
    }

    static String withoutArticle(String t) {
        return t.length() > 3 && t.startsWith("ال") ? t.substring(2) : t;
    }
}
