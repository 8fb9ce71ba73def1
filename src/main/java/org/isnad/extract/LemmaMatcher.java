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
 *   <li>a present, future or imperative verb is the same entry, but neither a trigger nor eventive:
 *       "تستهدف" and "ستستهدف" tell a habit, a plan or a headline, not by themselves an event (an entry
 *       told while it lasts, a protest, stays a trigger: "يتظاهرون" names it, the clause says if it is on);</li>
 *   <li>a verbal noun is the entry as a noun: no longer an action or speech verb ("استهداف" names the
 *       attack; the verb "استهدفت" tells that someone carried it out).</li>
 * </ul>
 * Further words of a phrase ("ألقى القبض على") match by lemma, or by their form with or without clitics.
 * A noun lemma also matches a word as written, for the words the dictionary lacks ("مفخخة").
 *
 * <p>"…" in a phrase lets the subject stand between a verb and its object, as it does in Arabic word
 * order: "أطلق … النار" finds "أطلق مسلحون النار", "ألقى … القبض" finds "ألقت دورية للشرطة القبض". The
 * match is then the words before "…" only; the words after it must follow within {@value #GAP} words, and
 * are left for the other dictionaries (the subject is an actor of its own). An entry may set a shorter gap
 * ({@code isnad:tailGap}): "أسقط … طائرة" within 6 words reads "بإسقاط النظام ووقف قصف الطائرات" as an
 * interception.
 */
final class LemmaMatcher {

    private static final Set<String> VERB_TYPES = Set.of("ActionVerb", "SpeechVerb");
    static final String ELLIPSIS = "…";
    static final int GAP = 6;

    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        final List<Entry> entries = new ArrayList<>(1);
        /** Phrases that go on after a gap ("أطلق … النار"): the words to find, and the entries they complete. */
        final List<Tail> tails = new ArrayList<>(0);
        /** The nouns that lead here end in ة (normalised to ه), or in a ه of their own ("اتجاه"). */
        boolean tehMarbuta, heh;
    }

    /**
     * The node a word as written reaches, unless it ends in ه and every noun there in ة: "من مصادره" (its
     * sources) is no "مصادرة" (confiscation, the verbal noun of صادر); the normal form folds the two.
     */
    private static Node asWritten(Node n, Token t) {
        return n != null && t.writtenHeh() && n.tehMarbuta && !n.heh ? null : n;
    }

    /** Marks how the first word of a noun ends, as written ({@code tehMarbuta}: in ة). */
    private static void ending(Node root, String first, boolean tehMarbuta) {
        Node n = root.next.get(first);
        if (n == null || !first.endsWith("ه")) return;
        if (tehMarbuta) n.tehMarbuta = true;
        else n.heh = true;
    }

    private record Tail(List<String> words, Entry entry, int gap) {}

    /** A match: the token after it, and the entries it found, each as its reading makes it. */
    record Match(int end, List<Entry> entries) {}

    /**
     * Where a word's written forms lead among the noun phrases: as written, its stem ({@link PhraseMatcher#stem})
     * when that differs, and the word after its "and" ({@link #afterAnd}) when that differs from both. They
     * depend on the word alone, so the phrase matcher works them out once per word (not the three cuts and
     * lookups at every occurrence).
     */
    static final class WrittenStarts {
        private final Node asWritten, stem, afterAnd;

        private WrittenStarts(Node asWritten, Node stem, Node afterAnd) {
            this.asWritten = asWritten;
            this.stem = stem;
            this.afterAnd = afterAnd;
        }
    }

    WrittenStarts writtenStarts(String term) {
        String stem = PhraseMatcher.stem(term);
        String afterAnd = afterAnd(term);
        return new WrittenStarts(nouns.next.get(term), stem.equals(term) ? null : nouns.next.get(stem),
                afterAnd != null && !afterAnd.equals(stem) ? nouns.next.get(afterAnd) : null);
    }

    private final Morphology morphology;
    private final Node verbs = new Node();
    private final Node nouns = new Node();
    private final Map<Entry, Entry> notPast = new HashMap<>();
    private final Map<Entry, Entry> present = new HashMap<>();
    private final Map<Entry, Entry> negated = new HashMap<>();
    /** "لم تستهدف": the jussive after لم is a past act, denied. */
    private static final Set<String> NEGATIONS = Set.of("لم", "ولم", "فلم");
    /** "مؤكداً عدم وقوع أي هجوم", "عدم حدوث اشتباكات": the event noun after "the non-occurrence of", denied. */
    private static final Set<String> NON = Set.copyOf(ArabicAnalysis.terms("عدم وعدم بعدم"));
    private static final Set<String> OCCURRENCE = Set.copyOf(ArabicAnalysis.terms("وقوع حدوث تسجيل"));
    private static final String ANY = ArabicAnalysis.terms("أي").get(0);

    LemmaMatcher(Morphology morphology) { this.morphology = morphology; }

    /**
     * A verb lemma: the verb in every tense, and its verbal nouns as nouns, unless the entry says
     * {@code isnad:verbalNouns false} ("تجمّع" the verb is a protest; "تجمع" the noun is any gathering).
     */
    void addVerb(Entry entry, String lemmaPhrase) {
        String[] parts = lemmaPhrase.split(ELLIPSIS, 2);
        List<String> words = ArabicAnalysis.terms(parts[0]);
        List<String> tail = parts.length > 1 ? ArabicAnalysis.terms(parts[1]) : List.of();
        if (words.isEmpty()) return;
        add(verbs, words, tail, entry);
        // "لا تزال القوات توجه ضربات", "مواقع يتمركز فيها عناصر": a verb not in the past names no event of its own
        Set<String> notPastTypes = new HashSet<>(entry.types());
        notPastTypes.remove("Trigger");
        notPast.putIfAbsent(entry, withFlag(entry, notPastTypes, "eventive", "false"));
        // "آلاف الطلاب يتظاهرون": a protest is told while it lasts, so its present verb still names it (not as
        // an act: the clause says whether it is on); "سيتظاهرون" is yet to come
        if (entry.flag("toldWhileItLasts")) {
            Set<String> lastingTypes = new HashSet<>(notPastTypes);
            lastingTypes.add("Trigger");
            present.putIfAbsent(entry, withFlag(entry, lastingTypes, "eventive", "false"));
        }
        deniable(entry);      // "لم تستهدف الطائرات …": the act, denied
        if ("false".equals(entry.prop("verbalNouns"))) return;
        Entry asNoun = asNoun(entry);
        deniable(asNoun);     // "عدم وقوع أي استهداف"
        String first = parts[0].strip().split("\\s+")[0];
        for (String noun : morphology.verbalNouns(first)) {
            List<String> nounWords = new ArrayList<>(words);
            nounWords.set(0, noun);
            add(nouns, nounWords, tail, asNoun);
            // a verbal noun ends in ه when its verb does ("اتجه" → اتجاه); else its ه is a folded ة ("مداهمة")
            ending(nouns, noun, !words.get(0).endsWith("ه"));
        }
    }

    /** A noun lemma ("غارة", "كمين", "متظاهر"): every number, case and clitic of the noun. */
    void addNoun(Entry entry, String lemmaPhrase) {
        String[] parts = lemmaPhrase.split(ELLIPSIS, 2);
        List<String> words = ArabicAnalysis.terms(parts[0]);
        List<String> tail = parts.length > 1 ? ArabicAnalysis.terms(parts[1]) : List.of();
        if (words.isEmpty()) return;
        Entry asNoun = asNoun(entry);
        deniable(asNoun);     // "عدم وقوع أي هجوم"
        add(nouns, words, tail, asNoun);
        ending(nouns, words.get(0), parts[0].strip().split("\\s+")[0].endsWith("ة"));
    }

    /** The entry as a noun: "طلق ناري" names a shooting, but tells no act by itself as "أطلق النار" does. */
    private static Entry asNoun(Entry entry) {
        if (entry.types().stream().noneMatch(VERB_TYPES::contains)) return entry;
        Set<String> nounTypes = new HashSet<>(entry.types());
        nounTypes.removeAll(VERB_TYPES);
        return withFlag(entry, nounTypes, "eventive", null);
    }

    private static void add(Node root, List<String> words, List<String> tail, Entry entry) {
        Node n = root;
        for (String w : words) n = n.next.computeIfAbsent(w, k -> new Node());
        if (!tail.isEmpty()) {
            String gap = entry.prop("tailGap");
            n.tails.add(new Tail(List.copyOf(tail), entry, gap == null ? GAP : Integer.parseInt(gap)));
        }
        else if (!n.entries.contains(entry)) n.entries.add(entry);
    }

    private static Entry withFlag(Entry e, Set<String> types, String key, String value) {
        Map<String, String> props = new HashMap<>(e.props());
        if (value == null) props.remove(key);
        else if (props.containsKey(key)) props.put(key, value);
        return new Entry(e.iri(), Set.copyOf(types), Map.copyOf(props));
    }

    boolean isEmpty() { return verbs.next.isEmpty() && nouns.next.isEmpty(); }

    /**
     * The longest lemma phrase that starts at token {@code i}, or null. The first word is read by each of its
     * verb and noun lemmas, then as written, then without its clitics ({@code written}, the word's
     * {@link #writtenStarts}, which its first-word cache keeps); the matches add up in that order.
     */
    Match match(Stems stems, int i, WrittenStarts written) {
        List<Token> tokens = stems.tokens;
        LongestMatch best = new LongestMatch();
        Token t = tokens.get(i);
        int adjectiveSlot = -1;     // worked out at the first verb reading: most words have none
        for (Analysis a : t.analyses()) {
            if (a.isVerb()) {
                if (adjectiveSlot < 0) adjectiveSlot = adjectiveSlot(tokens, i) ? 1 : 0;
                if (adjectiveSlot == 0) {
                    follow(best, verbs.next.get(a.lemma()), a, stems, i);
                    continue;
                }
            }
            if (a.isNominal()) follow(best, nouns.next.get(a.lemma()), a, stems, i);
        }
        follow(best, asWritten(written.asWritten, t), null, stems, i);
        follow(best, asWritten(written.stem, t), null, stems, i);
        // "وبلدات كفرتخاريم", "وبلدة …": the stem cuts the noun's own "ب" with the "and" ("لدات"), and the
        // dictionary reads "بلدات" as the plural of "بلد"; the word after its "and" is the noun as written
        follow(best, asWritten(written.afterAnd, t), null, stems, i);
        return best.found() ? new Match(best.end(), best.entries()) : null;
    }

    /** The word without a leading "و"/"ف" when the rest starts with "ب", "ل" or "ك" (which the stem cuts too), else null. */
    private static String afterAnd(String term) {
        if (term.length() < 5 || term.charAt(0) != 'و' && term.charAt(0) != 'ف' || "بلك".indexOf(term.charAt(1)) < 0) return null;
        return term.substring(1);
    }

    /** "قرار صادر عن": after an indefinite noun a word that may be an adjective is one, not a verb ("صادَرَ"). */
    private static boolean adjectiveSlot(List<Token> tokens, int i) {
        if (i == 0 || !describes(tokens.get(i - 1))) return false;
        for (Analysis a : tokens.get(i).analyses()) if (a.isNominal()) return true;
        return false;
    }

    /** Offers every phrase from {@code n} on (the node the first word, read as {@code a}, reached) to {@code best}. */
    private void follow(LongestMatch best, Node n, Analysis a, Stems stems, int i) {
        List<Token> tokens = stems.tokens;
        int j = i + 1;
        while (n != null) {
            List<Entry> here = entriesAt(n, stems, j);
            // "عنصراً يُدعى …" (is named) is no "يدّعي" (claims): a verb of saying speaks in the active voice
            if (a != null && a.isVerb() && a.voice() == Analysis.Voice.PASSIVE && !here.isEmpty())
                here = without(here, "activeVoice");
            // "عن تقدم في المفاوضات" (progress) is no "تقدمت القوات في قرية" (advanced): the word may be the noun
            if (a != null && a.isVerb() && !here.isEmpty() && nominal(tokens.get(i)))
                here = without(here, "verbNotNoun");
            if (!here.isEmpty()) {
                boolean denied = a != null && a.isVerb() && i > 0 && NEGATIONS.contains(tokens.get(i - 1).term());
                if (!denied && (a == null || a.isNominal()) && occurrenceDenied(tokens, i)) denied = true;
                // loops, not streams: this runs for every reading of every word
                List<Entry> found = here;
                if (denied || a != null && a.isVerb() && (a.tense() != Analysis.Tense.PAST || a.future())) {
                    found = new ArrayList<>(here.size());
                    for (Entry e : here) found.add(denied ? denied(e) : notPast(e, a));
                }
                best.offer(j, found);
            }
            if (j >= tokens.size()) break;
            n = next(n, stems, j);
            j++;
        }
    }

    /** The entries without those that carry the flag. */
    private static List<Entry> without(List<Entry> entries, String flag) {
        List<Entry> out = new ArrayList<>(entries.size());
        for (Entry e : entries) if (!e.flag(flag)) out.add(e);
        return out;
    }

    private static boolean nominal(Token t) {
        for (Analysis x : t.analyses()) if (x.isNominal()) return true;
        return false;
    }

    /** "عدم وقوع أي هجوم": "non" and a word of occurring, with or without "any", right before the noun. */
    private static boolean occurrenceDenied(List<Token> tokens, int i) {
        int k = i - 1;
        if (k >= 0 && tokens.get(k).term().equals(ANY)) k--;
        if (k < 1 || !OCCURRENCE.contains(tokens.get(k).term())) return false;
        return NON.contains(tokens.get(k - 1).term());
    }

    /** The entry, told as denied, when a negation can deny it (built while the lexicon is read: read-only after). */
    private Entry denied(Entry e) { return negated.getOrDefault(e, e); }

    /** Remembers the denied form of a trigger or act, verb or noun, that a negation can deny. */
    private void deniable(Entry entry) {
        if ((entry.is("Trigger") || entry.is("ActionVerb")) && !"false".equals(entry.prop("negationDenies")))
            negated.putIfAbsent(entry, asDenied(entry));
    }

    private static Entry asDenied(Entry entry) {
        Set<String> deniedTypes = new HashSet<>(entry.types());
        deniedTypes.add("ModalityCue");
        Map<String, String> props = new HashMap<>(entry.props());
        props.put("modality", org.isnad.vocab.Vocab.ISNAD + "Denied");
        return new Entry(entry.iri(), Set.copyOf(deniedTypes), Map.copyOf(props));
    }

    /** The entry as a verb not in the past tells it: named while it lasts in the present, else no trigger. */
    private Entry notPast(Entry e, Analysis a) {
        Entry lasting = a.tense() == Analysis.Tense.PRESENT && !a.future() ? present.get(e) : null;
        return lasting != null ? lasting : notPast.getOrDefault(e, e);
    }

    /** An indefinite noun that is no verb: what follows it may describe it. */
    private static boolean describes(Token t) {
        if (t.analyses().isEmpty() || t.term().startsWith("ال")) return false;
        // a preposition before it leaves it indefinite: "لبيان صادر عن", "بتصريح صادر عن"
        for (Analysis a : t.analyses()) if (a.isVerb() || a.definite() || !a.isNominal()) return false;
        return true;
    }

    /** The entries a node gives when the match ends before token {@code j}: its own, and those whose tail follows. */
    private static List<Entry> entriesAt(Node n, Stems stems, int j) {
        if (n.tails.isEmpty()) return n.entries;
        // the whole phrase says more than its verb alone ("صادر … أسلحة" is no looting): it comes first
        List<Entry> out = new ArrayList<>(n.entries.size() + 1);
        for (Tail tail : n.tails) {
            if (!out.contains(tail.entry()) && follows(tail.words(), stems, j, tail.gap())) out.add(tail.entry());
        }
        for (Entry e : n.entries) if (!out.contains(e)) out.add(e);
        return out;
    }

    /** The words stand in order, the first within {@code gap} words of {@code from}. */
    private static boolean follows(List<String> words, Stems stems, int from, int gap) {
        List<Token> tokens = stems.tokens;
        for (int start = from; start < Math.min(tokens.size(), from + gap + 1); start++) {
            int k = 0;
            while (k < words.size() && start + k < tokens.size() && matches(stems, start + k, words.get(k))) k++;
            if (k == words.size()) return true;
        }
        return false;
    }

    private static boolean matches(Stems stems, int k, String word) {
        Token t = stems.tokens.get(k);
        if (t.term().equals(word) || stems.stem(k).equals(word)) return true;
        for (Analysis a : t.analyses()) if (a.lemma().equals(word)) return true;
        return false;
    }

    /** The branch a following word takes: its form, its form without clitics, or one of its lemmas. */
    private static Node next(Node n, Stems stems, int j) {
        Token t = stems.tokens.get(j);
        Node x = n.next.get(t.term());
        if (x == null) x = n.next.get(stems.stem(j));
        for (int k = 0; x == null && k < t.analyses().size(); k++) x = n.next.get(t.analyses().get(k).lemma());
        return x;
    }

    /**
     * The tokens a matcher reads and their stems ({@link PhraseMatcher#stem}), each cut once: a word after a
     * phrase's first one is looked up by its stem from every reading of that first word ("استهدفت" has
     * several), and a phrase with a gap ("أطلق … النار") tries each word of the gap; cutting (and hashing)
     * the stem every time cost a good part of the lemma lookups.
     */
    static final class Stems {
        final List<Token> tokens;
        private final String[] stems;

        Stems(List<Token> tokens) {
            this.tokens = tokens;
            this.stems = new String[tokens.size()];
        }

        String stem(int k) {
            String s = stems[k];
            if (s == null) stems[k] = s = PhraseMatcher.stem(tokens.get(k).term());
            return s;
        }
    }
}
