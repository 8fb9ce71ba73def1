package org.isnad.store;

import java.util.Locale;
import org.apache.jena.dboe.base.block.FileMode;
import org.apache.jena.dboe.sys.SystemIndex;

/**
 * How this JVM reads and writes TDB2's index files: memory-mapped (TDB2's default) or direct (each index
 * keeps a bounded cache of blocks in the heap and reads and writes the files through file channels).
 *
 * <p>Why it matters to a load: every page of a mapped file the load touches counts in the process's
 * resident set until the file is unmapped, so a mapped load's resident set grows with the store
 * (docs/scale.md). Direct mode keeps the store out of the resident set, which then holds the heap only.
 *
 * <p>The mode is one setting for the whole JVM (TDB2's {@link SystemIndex}) and is fixed by the first
 * store opened: choose it before opening any. A store's files are the same in either mode, so a store
 * loaded in one is read in the other ({@code isnad serve} always maps).
 */
public enum StoreFileMode {
    MAPPED(FileMode.mapped), DIRECT(FileMode.direct);

    private final FileMode tdbMode;

    StoreFileMode(FileMode tdbMode) { this.tdbMode = tdbMode; }

    /** The mode named {@code name} (mapped or direct, any case); null if there is none of that name. */
    public static StoreFileMode named(String name) {
        for (StoreFileMode m : values())
            if (m.name().equals(name.toUpperCase(Locale.ROOT))) return m;
        return null;
    }

    /**
     * Makes this the JVM's mode; true if it is now in force. False when a store was already opened in the
     * other mode (TDB2 then keeps the first), so a caller can say so rather than measure the wrong thing.
     */
    public boolean apply() {
        // asking TDB2 for the mode first would fix it at the default: set, then ask
        SystemIndex.setFileMode(tdbMode);
        return SystemIndex.fileMode() == tdbMode;
    }

    /** The JVM's mode now. */
    public static StoreFileMode current() {
        return SystemIndex.fileMode() == FileMode.direct ? DIRECT : MAPPED;
    }
}
