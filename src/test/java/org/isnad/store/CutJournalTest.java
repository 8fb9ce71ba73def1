package org.isnad.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.transaction.txn.ComponentId;
import org.apache.jena.dboe.transaction.txn.journal.Journal;
import org.apache.jena.dboe.transaction.txn.journal.JournalEntryType;
import org.isnad.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A load killed between the two writes of a journal entry must not leave a store TDB2 refuses to open. */
class CutJournalTest {

    @TempDir Path tmp;

    @Test
    void aStoreWhoseJournalEndsInACutEntryOpensWithEverythingCommitted() throws Exception {
        Path dir = tmp.resolve("store");
        long quads;
        try (ClaimStore store = ClaimStore.open(dir, Fixture.REFERENCE)) {
            store.load(List.of(Fixture.CLAIMS));
            quads = store.quadCount();
        }
        Path journal = dir.resolve("Data-0001").resolve(CutJournal.FILE);
        Files.write(journal, cutEntry(), StandardOpenOption.APPEND);
        lockedByADeadProcess(dir);

        try (ClaimStore store = ClaimStore.openExisting(dir)) {
            assertEquals(quads, store.quadCount(), "everything committed is still there");
        }
        assertEquals(0, Files.size(journal), "the uncommitted entry is gone");
    }

    @Test
    void theJournalIsCutBackToItsLastWholeCommit() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("journal"));
        long committed;
        Journal journal = Journal.create(Location.create(dir.toString()));
        try {
            journal.write(JournalEntryType.REDO, COMPONENT, ByteBuffer.wrap(new byte[] {1, 2, 3, 4}));
            journal.write(JournalEntryType.COMMIT, COMPONENT, null);
            committed = journal.size();
            // a transaction that never committed: one whole entry, then one the kill cut after its header
            journal.write(JournalEntryType.REDO, COMPONENT, ByteBuffer.wrap(new byte[] {5, 6, 7, 8}));
            long cutAt = journal.size();
            journal.write(JournalEntryType.REDO, COMPONENT, ByteBuffer.wrap(new byte[16]));
            journal.sync();
            journal.truncate(cutAt + 12 + ComponentId.SIZE);
        } finally {
            journal.close();
        }
        try (FileChannel ch = FileChannel.open(dir.resolve(CutJournal.FILE), StandardOpenOption.READ)) {
            assertEquals(committed, CutJournal.keep(ch));
        }
    }

    @Test
    void aWholeJournalIsLeftAsItIs() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("whole"));
        Journal journal = Journal.create(Location.create(dir.toString()));
        long size;
        try {
            journal.write(JournalEntryType.REDO, COMPONENT, ByteBuffer.wrap(new byte[] {1, 2, 3, 4}));
            journal.write(JournalEntryType.COMMIT, COMPONENT, null);
            journal.write(JournalEntryType.REDO, COMPONENT, ByteBuffer.wrap(new byte[300_000]));
            journal.sync();
            size = journal.size();
        } finally {
            journal.close();
        }
        try (FileChannel ch = FileChannel.open(dir.resolve(CutJournal.FILE), StandardOpenOption.READ)) {
            assertEquals(size, CutJournal.keep(ch), "whole entries, committed or not, are TDB2's to replay or skip");
        }
    }

    @Test
    void aJournalALiveProcessHoldsIsNotTouched() throws Exception {
        Path dir = tmp.resolve("held");
        try (ClaimStore store = ClaimStore.open(dir, Fixture.REFERENCE)) {
            store.load(List.of(Fixture.CLAIMS));
        }
        Path journal = dir.resolve("Data-0001").resolve(CutJournal.FILE);
        Files.write(journal, cutEntry(), StandardOpenOption.APPEND);
        Process holder = new ProcessBuilder("sleep", "30").start();
        try {
            Files.writeString(dir.resolve("Data-0001").resolve("tdb.lock"), Long.toString(holder.pid()));
            assertEquals(0, CutJournal.trim(dir));
            assertThrows(BadInputException.class, () -> ClaimStore.openExisting(dir).close());
            assertEquals(cutEntry().length, Files.size(journal), "a journal in use is left to its process");
        } finally {
            holder.destroyForcibly().waitFor();
        }
    }

    private static final ComponentId COMPONENT = ComponentId.allocLocal();

    /** The header of an entry whose 16 bytes of data were never written: the process died between the writes. */
    private static byte[] cutEntry() throws Exception {
        Path dir = Files.createTempDirectory("cut-journal");
        Journal journal = Journal.create(Location.create(dir.toString()));
        try {
            journal.write(JournalEntryType.REDO, COMPONENT, ByteBuffer.wrap(new byte[16]));
            journal.sync();
        } finally {
            journal.close();
        }
        byte[] whole = Files.readAllBytes(dir.resolve(CutJournal.FILE));
        return java.util.Arrays.copyOf(whole, 12 + ComponentId.SIZE);
    }

    /** A kill leaves TDB2's lock file naming a process that is gone. */
    private static void lockedByADeadProcess(Path dir) throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.writeString(dir.resolve("Data-0001").resolve("tdb.lock"), Long.toString(gone.pid()));
    }
}
