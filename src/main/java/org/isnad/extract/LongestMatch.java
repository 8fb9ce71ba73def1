package org.isnad.extract;

import java.util.ArrayList;
import java.util.List;

/** The longest match found so far from one token, and every entry that matches that far (ties add up). */
final class LongestMatch {

    private int end = -1;
    private List<Entry> entries;

    /** Entries that match up to the token before {@code end}. */
    void offer(int end, List<Entry> found) {
        if (found.isEmpty()) return;
        if (end > this.end) {
            this.end = end;
            entries = new ArrayList<>(found);
        } else if (end == this.end) {
            for (Entry e : found) if (!entries.contains(e)) entries.add(e);
        }
    }

    boolean found() { return entries != null; }

    int end() { return end; }

    List<Entry> entries() { return entries; }
}
