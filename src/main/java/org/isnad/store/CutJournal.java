package org.isnad.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Adler32;
import org.apache.jena.dboe.transaction.txn.ComponentId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A journal entry cut short by a kill. TDB2 writes each journal entry's header and its data in two writes, so a
 * load killed (SIGKILL) between them leaves a header whose data never came, and TDB2 then refuses to open the
 * store at all ("Failed to read the journal entry data: wanted 16 bytes, got -1"). Such an entry belongs to a
 * transaction that never committed (a transaction's COMMIT entry is its last), so cutting the journal back to
 * the end of its last whole COMMIT entry loses nothing that was committed, and TDB2's own recovery then
 * replays what was.
 *
 * <p>Only a journal no live process holds is touched: TDB2's lock file names the process using the store.
 * The entry layout is TDB2's (Jena's {@code Journal}): data length (4 bytes; -1 for none), Adler-32 of the entry
 * with this field zero (4), entry type (4; COMMIT is 3), component id ({@link ComponentId#SIZE}), then the data.
 */
final class CutJournal {

    private static final Logger LOG = LoggerFactory.getLogger(CutJournal.class);
    static final String FILE = "journal.jrnl";
    private static final String LOCK = "tdb.lock";
    private static final int HEADER = 12 + ComponentId.SIZE;   // length, checksum, type, component
    private static final int CRC_AT = 4;
    private static final int COMMIT = 3;
    private static final List<Integer> TYPES = List.of(1, 2, 3, 4);   // REDO, UNDO, COMMIT, ABORT

    private CutJournal() {}

    /** Cuts each journal of the store back to its last whole COMMIT when it ends in a broken entry; bytes dropped. */
    static long trim(Path storeDir) throws IOException {
        if (!Files.isDirectory(storeDir)) return 0;
        long dropped = 0;
        try (Stream<Path> s = Files.list(storeDir)) {
            for (Path data : s.filter(p -> p.getFileName().toString().startsWith("Data-")).sorted().toList()) {
                Path journal = data.resolve(FILE);
                if (Files.isRegularFile(journal) && Files.size(journal) > 0 && !heldByALiveProcess(data))
                    dropped += trimJournal(journal);
            }
        }
        return dropped;
    }

    /** The end of the last whole COMMIT entry when an entry after it is broken, else the journal's size. */
    static long keep(FileChannel ch) throws IOException {
        long size = ch.size(), at = 0, lastCommitEnd = 0;
        ByteBuffer header = ByteBuffer.allocate(HEADER);
        while (at < size) {
            if (size - at < HEADER) return lastCommitEnd;
            header.clear();
            ch.read(header, at);
            int len = header.getInt(0), crc = header.getInt(CRC_AT), type = header.getInt(8);
            long end = at + HEADER + Math.max(len, 0);
            if (len < -1 || end > size || !TYPES.contains(type) || crc != checksum(ch, header, at, len))
                return lastCommitEnd;
            if (type == COMMIT) lastCommitEnd = end;
            at = end;
        }
        return size;
    }

    private static long trimJournal(Path journal) throws IOException {
        try (FileChannel ch = FileChannel.open(journal, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = ch.size(), keep = keep(ch);
            if (keep == size) return 0;
            ch.truncate(keep);
            ch.force(true);
            LOG.warn("{}: the journal ended in an entry cut short (a write killed mid-commit); its {} uncommitted "
                    + "byte(s) were dropped, nothing committed was lost", journal, size - keep);
            return size - keep;
        }
    }

    /** Adler-32 of the header with its checksum field zero, then of the data, as TDB2 computes it. */
    private static int checksum(FileChannel ch, ByteBuffer header, long at, int len) throws IOException {
        Adler32 adler = new Adler32();
        byte[] h = header.array().clone();
        ByteBuffer.wrap(h).putInt(CRC_AT, 0);
        adler.update(h);
        ByteBuffer chunk = ByteBuffer.allocate(64 * 1024);
        long from = at + HEADER, to = from + Math.max(len, 0);
        while (from < to) {
            chunk.clear();
            chunk.limit((int) Math.min(chunk.capacity(), to - from));
            int n = ch.read(chunk, from);
            if (n <= 0) break;
            chunk.flip();
            adler.update(chunk);
            from += n;
        }
        return (int) adler.getValue();
    }

    /** TDB2's lock file names a process that is still running (this one included: the store may be open here). */
    private static boolean heldByALiveProcess(Path data) {
        Path lock = data.resolve(LOCK);
        if (!Files.isRegularFile(lock)) return false;
        try {
            String pid = Files.readString(lock).strip();
            if (pid.isEmpty()) return false;
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | NumberFormatException e) {
            return true;   // cannot tell: leave the journal to TDB2
        }
    }
}
