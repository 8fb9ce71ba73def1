package org.isnad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntPredicate;

/**
 * A run of tokens that matched one or more entries of the reference data. A value, equal to another of the
 * same parts (as a record would be).
 *
 * <p>Not a record, for speed: the readers ask each mention of a sentence for its types again and again
 * (the seed article's mentions, some 9,000 times), so the types of all its entries are kept in one array
 * with their hash codes, and its own hash code, which sets of mentions ask for, is worked out once.
 */
public final class Mention {

    private final List<Entry> entries;
    private final int firstToken, endToken, start, end;
    private final boolean definite;
    private final String[] typeNames;
    private final int[] typeHashes;
    private final int hash;

    /**
     * @param entries    every entry whose form is this run (usually one)
     * @param firstToken index of the first token in the sentence
     * @param endToken   index after the last token
     * @param start      character offset in the article text
     * @param end        character offset after the match
     * @param definite   the first word carries the article ال (after any proclitic)
     */
    public Mention(List<Entry> entries, int firstToken, int endToken, int start, int end, boolean definite) {
        this.entries = entries;
        this.firstToken = firstToken;
        this.endToken = endToken;
        this.start = start;
        this.end = end;
        this.definite = definite;
        if (entries.size() == 1) {
            this.typeNames = entries.get(0).typeNames();
            this.typeHashes = entries.get(0).typeHashes();
        } else {
            int n = 0;
            for (Entry e : entries) n += e.typeNames().length;
            this.typeNames = new String[n];
            this.typeHashes = new int[n];
            n = 0;
            for (Entry e : entries) {
                System.arraycopy(e.typeNames(), 0, typeNames, n, e.typeNames().length);
                System.arraycopy(e.typeHashes(), 0, typeHashes, n, e.typeHashes().length);
                n += e.typeNames().length;
            }
        }
        // as the record's hash was: sets of mentions keep the order they had
        this.hash = ((((Objects.hashCode(entries) * 31 + firstToken) * 31 + endToken) * 31 + start) * 31 + end) * 31
                + Boolean.hashCode(definite);
    }

    public List<Entry> entries() { return entries; }

    public int firstToken() { return firstToken; }

    public int endToken() { return endToken; }

    public int start() { return start; }

    public int end() { return end; }

    /** Some entry of the mention has that type. */
    public boolean is(String type) {
        int h = type.hashCode();
        for (int i = 0; i < typeHashes.length; i++) {
            if (typeHashes[i] == h && typeNames[i].equals(type)) return true;
        }
        return false;
    }

    /** The first entry of that type, or null. */
    public Entry entry(String type) {
        if (!is(type)) return null;
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

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Mention m && hash == m.hash && firstToken == m.firstToken && endToken == m.endToken
                && start == m.start && end == m.end && definite == m.definite && Objects.equals(entries, m.entries);
    }

    @Override
    public int hashCode() { return hash; }

    @Override
    public String toString() {
        return "Mention[entries=" + entries + ", firstToken=" + firstToken + ", endToken=" + endToken + ", start=" + start
                + ", end=" + end + ", definite=" + definite + "]";
    }

    /** The first mention that starts at {@code token}, or null. */
    static Mention startingAt(List<Mention> ms, int token) {
        for (Mention m : ms) if (m.firstToken() == token) return m;
        return null;
    }
}
