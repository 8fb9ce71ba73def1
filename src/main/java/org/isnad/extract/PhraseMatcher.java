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
    }

    private final Node names = new Node();
    private final Node words = new Node();
    private final LemmaMatcher lemmas;

    public PhraseMatcher(Morphology morphology) { this.lemmas = new LemmaMatcher(morphology); }

    /** A verb lemma of an entry ("استهدف"): every tense of the verb, and its verbal nouns as nouns. */
    public void addVerbLemma(Entry entry, String lemma) { lemmas.addVerb(entry, lemma); }

    /** A noun lemma of an entry ("غارة"): every number, case and clitic of the noun. */
    public void addNounLemma(Entry entry, String lemma) { lemmas.addNoun(entry, lemma); }

    /** Adds a surface form of an entry. Forms are analysed with the same chain as article text. */
    public void add(Entry entry, String form, boolean isName) {
        List<String> terms = ArabicAnalysis.terms(form);
        if (terms.isEmpty()) return;
        Node n = isName ? names : words;
        for (String t : terms) n = n.next.computeIfAbsent(isName ? withoutArticle(t) : t, k -> new Node());
        if (!n.entries.contains(entry)) n.entries.add(entry);
    }

    public List<Mention> match(List<Token> tokens) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            LongestMatch longest = byForm(tokens, i);
            // a lemma covers the forms no one listed; a form listed as written wins a tie
            LemmaMatcher.Match byLemma = lemmas.isEmpty() ? null : lemmas.match(tokens, i);
            int end = longest.end();
            List<Entry> best = longest.found() ? new ArrayList<>(longest.entries()) : null;
            if (byLemma != null && best != null && byLemma.end() < end && best.stream().anyMatch(e -> e.is("Actor"))) {
                // "الطائرات الروسية", "المسيرات التركية": the weapon that heads a name still names the event
                for (Entry e : byLemma.entries()) if (e.is("Trigger") && !best.contains(e)) best.add(e);
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
            if (best != null) {
                String t = tokens.get(i).term();
                boolean definite = DEFINITE.matcher(t).lookingAt();
                out.add(new Mention(List.copyOf(best), i, end, tokens.get(i).start(), tokens.get(end - 1).end(), definite));
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    /** The longest phrase listed as written (names, lexicon forms) that starts at token {@code i}. */
    private LongestMatch byForm(List<Token> tokens, int i) {
        LongestMatch longest = new LongestMatch();
        String term = tokens.get(i).term();
        Set<String> prepositional = prepositionalForms(term);
        Set<String> firstForms = firstForms(term);
        // a three-letter word with a proclitic ("وفي السياق", "بحي"): its two-letter rest only if a phrase starts so
        if (term.length() == 3 && "وفبلك".indexOf(term.charAt(0)) >= 0) {
            String rest = term.substring(1);
            if (names.next.containsKey(rest) || words.next.containsKey(rest)) {
                firstForms = new LinkedHashSet<>(firstForms);
                firstForms.add(rest);
                if ("بلك".indexOf(term.charAt(0)) >= 0) prepositional = Set.of(rest);
            }
        }
        for (String first : firstForms) {
            for (int dict = 0; dict < 3; dict++) {
                // 0: lexicon words as written; 1: lexicon words without the article ("الضربات" → ضربات); 2: names
                boolean isName = dict == 2;
                String key = dict == 0 ? first : withoutArticle(first);
                if (dict == 1 && key.equals(first)) continue;
                Node n = (isName ? names : words).next.get(key);
                int j = i + 1;
                while (n != null) {
                    // a verb never takes the article: "التابع" is not "تابع" (he went on)
                    // nor a preposition: "بنهب" is "by looting", the noun, not "he looted"
                    boolean preposition = prepositional.contains(first);
                    List<Entry> found = dict == 1 ? n.entries.stream().filter(e -> !e.is("SpeechVerb") && !e.is("ActionVerb")).toList()
                            : preposition ? n.entries.stream().filter(e -> !(e.is("ActionVerb") && e.is("Trigger"))).toList()
                            : n.entries;
                    longest.offer(j, found);
                    if (j >= tokens.size()) break;
                    String t = tokens.get(j).term();
                    n = n.next.get(isName ? withoutArticle(t) : t);
                    j++;
                }
            }
        }
        return longest;
    }

    /** True when a lexicon phrase starts with this very word, clitic-looking letters and all ("وصل", "وقعت"). */
    public boolean startsLexiconPhrase(String term) {
        return words.next.containsKey(term);
    }

    private static final java.util.regex.Pattern DEFINITE = java.util.regex.Pattern.compile("[وف]?([بلك]?ال|لل)");
    private static final int FORMS_CACHE_LIMIT = 100_000;
    private final java.util.concurrent.ConcurrentHashMap<String, Set<String>> formsCache = new java.util.concurrent.ConcurrentHashMap<>();

    /** {@link #firstWordForms}, remembered: news text repeats its words, and the forms are asked of every word. */
    private Set<String> firstForms(String term) {
        Set<String> known = formsCache.get(term);
        if (known != null) return known;
        Set<String> forms = java.util.Collections.unmodifiableSet(firstWordForms(term));   // in order: the first form wins ties
        if (formsCache.size() >= FORMS_CACHE_LIMIT) formsCache.clear();
        formsCache.put(term, forms);
        return forms;
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
        String t = term;
        if (t.length() > 3 && (t.charAt(0) == 'و' || t.charAt(0) == 'ف')) t = t.substring(1);
        if (t.length() > 3 && "بلك".indexOf(t.charAt(0)) >= 0) t = t.substring(1);
        return withoutArticle(t);
    }

    static String withoutArticle(String t) {
        return t.length() > 3 && t.startsWith("ال") ? t.substring(2) : t;
    }
}
