package org.isnad.validate;

/**
 * The articles already closed in a stream, as 64-bit hashes in an open-addressing table: 16 bytes an
 * article at most, where the article itself is tens of kilobytes of input. Two keys with one hash only
 * make the stream look out of order, which costs time (the slow path) but never a wrong report.
 */
final class SeenKeys {
    private long[] slots = new long[1024];
    private int size;

    /** Adds the key's hash; false when it was there already. */
    boolean add(String key) {
        long h = ArticleKeys.hash(key, 0);
        if (h == 0) h = 1; // 0 marks an empty slot
        if (2 * (size + 1) > slots.length)
            grow();
        if (!insert(slots, h))
            return false;
        size++;
        return true;
    }

    private static boolean insert(long[] table, long h) {
        int mask = table.length - 1;
        for (int i = (int) h & mask; ; i = (i + 1) & mask) {
            if (table[i] == h) return false;
            if (table[i] == 0) {
                table[i] = h;
                return true;
            }
        }
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (long h : old)
            if (h != 0) insert(slots, h);
    }
}
