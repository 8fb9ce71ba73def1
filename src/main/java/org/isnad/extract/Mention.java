package org.isnad.extract;

import java.util.List;

/**
 * A run of tokens that matched one or more entries of the reference data.
 *
 * @param entries    every entry whose form is this run (usually one)
 * @param firstToken index of the first token in the sentence
 * @param endToken   index after the last token
 * @param start      character offset in the article text
 * @param end        character offset after the match
 * @param definite   the first word carries the article ال (after any proclitic)
 */
public record Mention(List<Entry> entries, int firstToken, int endToken, int start, int end, boolean definite) {

    public boolean is(String type) {
        for (Entry e : entries) if (e.is(type)) return true;
        return false;
    }

    /** The first entry of that type, or null. */
    public Entry entry(String type) {
        for (Entry e : entries) if (e.is(type)) return e;
        return null;
    }

    /**
     * True when the match starts with the article ("الهجوم", "وبالغارة"): a definite noun, which may refer
     * back to an event already told ("عقب الهجوم") where an indefinite one tells a new one ("إثر هجوم").
     */
    public boolean definite() { return definite; }

}
