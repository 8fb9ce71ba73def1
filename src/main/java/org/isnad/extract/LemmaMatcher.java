package org.isnad.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.morph.Analysis;
import org.isnad.morph.Morphology;

/**
 * Lexicon entries keyed by lemma, so one entry covers every inflection of its word: the verb lemma
 * "استهدف" finds "استهدفت", "استُهدفوا", "يستهدف", "سيستهدف", and, through its verbal noun, "استهداف",
 * "وباستهدافها". The reading of the first word decides what the match means:
 * <ul>
 *   <li>a past verb is the entry as written (an act that took place, if the entry says so);</li>
 *   <li>a present, future or imperative verb is the same entry, but not eventive: "تستهدف" and
 *       "ستستهدف" tell a habit, a plan or a headline, not by themselves a past act;</li>
 *   <li>a verbal noun is the entry as a noun: no longer an action or speech verb ("استهداف" names the
 *       attack; the verb "استهدفت" tells that someone carried it out).</li>
 * </ul>
 * Further words of a phrase ("ألقى القبض على") match by lemma, or by their form with or without clitics.
 */
final class LemmaMatcher {

    private static final Set<String> VERB_TYPES = Set.of("ActionVerb", "SpeechVerb");

    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        final List<Entry> entries = new ArrayList<>(1);
    }

    /** A match: the token after it, and the entries it found, each as its reading makes it. */
    record Match(int end, List<Entry> entries) {}

    private final Morphology morphology;
    private final Node verbs = new Node();
    private final Node nouns = new Node();
    private final Map<Entry, Entry> notPast = new HashMap<>();

    LemmaMatcher(Morphology morphology) { this.morphology = morphology; }

    /** A verb lemma: the verb in every tense, and its verbal nouns as nouns. */
    void addVerb(Entry entry, String lemmaPhrase) {
        List<String> words = ArabicAnalysis.terms(lemmaPhrase);
        if (words.isEmpty()) return;
        add(verbs, words, entry);
        notPast.putIfAbsent(entry, withFlag(entry, entry.types(), "eventive", "false"));
        Set<String> nounTypes = new HashSet<>(entry.types());
        nounTypes.removeAll(VERB_TYPES);
        Entry asNoun = withFlag(entry, nounTypes, "eventive", null);
        String first = lemmaPhrase.strip().split("\\s+")[0];
        for (String noun : morphology.verbalNouns(first)) {
            List<String> nounWords = new ArrayList<>(words);
            nounWords.set(0, noun);
            add(nouns, nounWords, asNoun);
        }
    }

    /** A noun lemma ("غارة", "كمين", "متظاهر"): every number, case and clitic of the noun. */
    void addNoun(Entry entry, String lemmaPhrase) {
        List<String> words = ArabicAnalysis.terms(lemmaPhrase);
        if (!words.isEmpty()) add(nouns, words, entry);
    }

    private static void add(Node root, List<String> words, Entry entry) {
        Node n = root;
        for (String w : words) n = n.next.computeIfAbsent(w, k -> new Node());
        if (!n.entries.contains(entry)) n.entries.add(entry);
    }

    private static Entry withFlag(Entry e, Set<String> types, String key, String value) {
        Map<String, String> props = new HashMap<>(e.props());
        if (value == null) props.remove(key);
        else if (props.containsKey(key)) props.put(key, value);
        return new Entry(e.iri(), Set.copyOf(types), Map.copyOf(props));
    }

    boolean isEmpty() { return verbs.next.isEmpty() && nouns.next.isEmpty(); }

    /** The longest lemma phrase that starts at token {@code i}, or null. */
    Match match(List<Token> tokens, int i) {
        int bestEnd = -1;
        List<Entry> best = null;
        for (Analysis a : tokens.get(i).analyses()) {
            Node n = (a.isVerb() ? verbs : a.isNominal() ? nouns : null);
            n = n == null ? null : n.next.get(a.lemma());
            int j = i + 1;
            while (n != null) {
                if (!n.entries.isEmpty()) {
                    List<Entry> found = a.isVerb() && (a.tense() != Analysis.Tense.PAST || a.future())
                            ? n.entries.stream().map(e -> notPast.getOrDefault(e, e)).toList() : n.entries;
                    if (j > bestEnd) {
                        bestEnd = j;
                        best = new ArrayList<>(found);
                    } else if (j == bestEnd) {
                        for (Entry e : found) if (!best.contains(e)) best.add(e);
                    }
                }
                if (j >= tokens.size()) break;
                n = next(n, tokens.get(j));
                j++;
            }
        }
        return best == null ? null : new Match(bestEnd, best);
    }

    /** The branch a following word takes: its form, its form without clitics, or one of its lemmas. */
    private static Node next(Node n, Token t) {
        Node x = n.next.get(t.term());
        if (x == null) x = n.next.get(PhraseMatcher.stem(t.term()));
        for (int k = 0; x == null && k < t.analyses().size(); k++) x = n.next.get(t.analyses().get(k).lemma());
        return x;
    }
}
