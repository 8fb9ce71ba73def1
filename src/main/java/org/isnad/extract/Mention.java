package org.isnad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

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

    /**
     * The mentions, with the readings of that type taken from those at the indexes {@code where} picks ("الصور"
     * as no place, "بكارة" in a village's name as no group); a mention left with no reading is dropped. The
     * list itself when nothing changes.
     */
    static List<Mention> withoutReadings(List<Mention> ms, String type, IntPredicate where) {
        List<Mention> out = null;
        for (int k = 0; k < ms.size(); k++) {
            Mention m = ms.get(k);
            if (!m.is(type) || !where.test(k)) continue;
            if (out == null) out = new ArrayList<>(ms);
            List<Entry> rest = m.entries().stream().filter(e -> !e.is(type)).toList();
            out.set(k, rest.isEmpty() ? null : new Mention(rest, m.firstToken(), m.endToken(), m.start(), m.end(), m.definite()));
        }
        if (out == null) return ms;
        out.removeIf(m -> m == null);
        return out;
    }
}
