package org.isnad.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of an evidence span and the lexicon's mentions in them, as the passes read them (the span
 * analysed on its own, without morphology), worked out once an article. One sentence is the evidence of
 * several claims, and several passes read each claim's evidence again: in the seed article ("قصف جوي
 * ومدفعي …" told in a dozen claims) the same spans were analysed and matched some fifty times each, a fifth
 * of the extraction's time.
 */
final class EvidenceWords {

    private final PhraseMatcher matcher;
    // by text: each claim cuts its own Evidence of a span, and a span's words do not depend on where it stands
    private final Map<String, List<Token>> words = new HashMap<>();
    private final Map<String, List<Mention>> mentions = new HashMap<>();

    /** The article's sentences by where they start. */
    private final java.util.TreeMap<Integer, String> sentences = new java.util.TreeMap<>();

    EvidenceWords(PhraseMatcher matcher) { this.matcher = matcher; }

    /** The sentences' words as the morphology read them (with their readings), by where the sentence starts. */
    private final Map<Integer, List<Token>> analysed = new HashMap<>();
    private final Map<Integer, List<Mention>> analysedMentions = new HashMap<>();
    /** Where each sentence of the article starts, by its text (the first, when a text is told twice). */
    private final Map<String, Integer> sentenceStarts = new HashMap<>();

    /** The whole sentence {@code e} lies in, as evidence of its own (or {@code e} when it is not known). */
    Evidence sentenceSpanOf(Evidence e) {
        Map.Entry<Integer, String> s = sentences.floorEntry(e.start());
        return s != null && s.getKey() + s.getValue().length() >= e.end()
                ? new Evidence(s.getKey(), s.getKey() + s.getValue().length(), s.getValue()) : e;
    }

    /** The sentence right after the one {@code e} lies in, or null (the last, or {@code e} in no sentence read). */
    Evidence sentenceAfter(Evidence e) {
        Evidence s = sentenceSpanOf(e);
        Map.Entry<Integer, String> next = s == e ? null : sentences.higherEntry(s.start());
        return next == null ? null : new Evidence(next.getKey(), next.getKey() + next.getValue().length(), next.getValue());
    }

    /**
     * The lexicon's mentions in the whole sentence {@code e} lies in, matched on the words with their readings
     * (lemma entries find "وفرضت طوقاً"), which the article's reading analysed already: not analysed again. A span
     * outside the sentences read is analysed on its own.
     */
    List<Mention> analysedMentionsOf(Evidence e) {
        Evidence s = sentenceSpanOf(e);
        List<Token> tokens = analysed.get(s.start());
        if (s == e || tokens == null) return matcher.match(ArabicAnalysis.tokens(e.text(), 0, e.text().length()));
        return sentenceMentions(s.start(), tokens);
    }

    /**
     * The lexicon's mentions in a sentence's analysed words, as the sentence reader first matches them: matched
     * once, when {@code tokens} are the words this sentence was registered with ({@link #sentence}), so the
     * claims' passes that read the sentence again ({@link #analysedMentionsOf}) find them made.
     */
    List<Mention> sentenceMentions(int from, List<Token> tokens) {
        if (analysed.get(from) != tokens) return matcher.match(tokens);
        return analysedMentions.computeIfAbsent(from, k -> Collections.unmodifiableList(matcher.match(tokens)));
    }

    /**
     * A sentence of the article, {@code text[from, from + sentence.length())}, already analysed as
     * {@code tokens}: a claim's evidence is most often a whole sentence, whose words are then these without
     * their readings (the morphology adds readings and changes no term), with offsets into the sentence.
     */
    void sentence(String sentence, int from, List<Token> tokens) {
        sentences.put(from, sentence);
        analysed.put(from, tokens);
        sentenceStarts.putIfAbsent(sentence, from);
        if (words.containsKey(sentence)) return;
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) out.add(new Token(t.term(), t.start() - from, t.end() - from, List.of(), t.writtenHeh()));
        words.put(sentence, Collections.unmodifiableList(out));
    }

    /** The words of {@code text}, as {@link ArabicAnalysis#tokens(String)} gives them. */
    List<Token> words(String text) {
        return words.computeIfAbsent(text, t -> Collections.unmodifiableList(ArabicAnalysis.tokens(t)));
    }

    /**
     * The lexicon's mentions in the words of {@code text}, as the lexicon's matcher finds them. A whole sentence
     * of the article is not matched again: its mentions are the sentence's own, on the words the morphology
     * read (so lemma entries count here as they do where the sentence is first read), moved to start at 0.
     */
    List<Mention> mentions(String text) {
        return mentions.computeIfAbsent(text, t -> {
            Integer from = sentenceStarts.get(t);
            if (from == null) return Collections.unmodifiableList(matcher.match(words(t)));
            List<Mention> ms = sentenceMentions(from, analysed.get(from));
            List<Mention> out = new ArrayList<>(ms.size());
            for (Mention m : ms) out.add(new Mention(m.entries(), m.firstToken(), m.endToken(), m.start() - from, m.end() - from, m.definite()));
            return Collections.unmodifiableList(out);
        });
    }
}
