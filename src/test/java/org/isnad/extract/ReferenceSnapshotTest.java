package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.isnad.BadInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12: the reference data is read from a snapshot when one matches its files, and never from a stale one. */
class ReferenceSnapshotTest {

    @TempDir Path cache;
    private String before;

    @BeforeEach void useCache() {
        before = System.getProperty("isnad.cache");
        System.setProperty("isnad.cache", cache.toString());
    }

    @AfterEach void restore() {
        if (before == null) System.clearProperty("isnad.cache");
        else System.setProperty("isnad.cache", before);
    }

    @Test
    void theSnapshotGivesTheGraphPrefixesAndDigestTheFilesGive() throws Exception {
        System.setProperty("isnad.cache", "off");
        Lexicon parsed = Lexicon.load(List.of(Path.of("ontology")));
        assertEquals(0, snapshots().size());
        System.setProperty("isnad.cache", cache.toString());
        Lexicon first = Lexicon.load(List.of(Path.of("ontology")));     // parses, and writes the snapshot
        assertEquals(1, snapshots().size());
        Lexicon kept = Lexicon.load(List.of(Path.of("ontology")));      // reads it
        for (Lexicon l : List.of(first, kept)) {
            assertEquals(parsed.digest(), l.digest());
            assertEquals(parsed.graph().size(), l.graph().size());
            assertTrue(parsed.graph().isIsomorphicWith(l.graph()));
            assertEquals(parsed.graph().getPrefixMapping().getNsPrefixMap(), l.graph().getPrefixMapping().getNsPrefixMap());
            // the lexicon indexes the graph in its iteration order: the snapshot keeps the parser's order
            assertEquals(triples(parsed.graph()), triples(l.graph()));
        }
    }

    @Test
    void aSnapshotIsReadInsteadOfTheFiles(@TempDir Path dir) throws Exception {
        Path a = write(dir, "a.ttl", "<http://example.org/a> <http://www.w3.org/2000/01/rdf-schema#label> \"حلب\"@ar .\n");
        Lexicon.load(List.of(dir));
        Path snapshot = ReferenceSnapshot.fileFor(cache, List.of(a));
        assertTrue(Files.isRegularFile(snapshot));
        ReferenceSnapshot.Content content = ReferenceSnapshot.read(snapshot);
        assertNotNull(content);
        // a snapshot that says something else than the file proves which one was read
        Triple other = Triple.create(org.apache.jena.graph.NodeFactory.createURI("http://example.org/b"),
                content.triples().get(0).getPredicate(), content.triples().get(0).getObject());
        assertTrue(ReferenceSnapshot.write(snapshot, new ReferenceSnapshot.Content(content.prefixes(), List.of(other), "d")));
        Lexicon fromSnapshot = Lexicon.load(List.of(dir));
        assertEquals("d", fromSnapshot.digest());
        assertTrue(fromSnapshot.graph().contains(other));
    }

    @Test
    void aChangedFileIsParsedAgainNotTakenFromTheStaleSnapshot(@TempDir Path dir) throws Exception {
        Path a = write(dir, "a.ttl", "<http://example.org/a> <http://www.w3.org/2000/01/rdf-schema#label> \"حلب\"@ar .\n");
        Lexicon old = Lexicon.load(List.of(dir));
        Path oldSnapshot = ReferenceSnapshot.fileFor(cache, List.of(a));
        write(dir, "a.ttl", "<http://example.org/a> <http://www.w3.org/2000/01/rdf-schema#label> \"إدلب\"@ar .\n");
        Lexicon changed = Lexicon.load(List.of(dir));
        assertNotEquals(old.digest(), changed.digest());
        assertEquals("إدلب", changed.graph().find().next().getObject().getLiteralLexicalForm());
        assertNotEquals(oldSnapshot, ReferenceSnapshot.fileFor(cache, List.of(a)));
        assertEquals(2, snapshots().size());
        // a file added to the directory changes the set as well
        write(dir, "b.ttl", "<http://example.org/b> <http://www.w3.org/2000/01/rdf-schema#label> \"درعا\"@ar .\n");
        assertEquals(2, Lexicon.load(List.of(dir)).graph().size());
    }

    @Test
    void aDamagedSnapshotIsIgnoredAndWrittenAgain(@TempDir Path dir) throws Exception {
        Path a = write(dir, "a.ttl", "<http://example.org/a> <http://example.org/p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"
                + "[] <http://example.org/p> \"x\" .\n");
        String digest = Lexicon.load(List.of(dir)).digest();
        Path snapshot = ReferenceSnapshot.fileFor(cache, List.of(a));
        byte[] whole = Files.readAllBytes(snapshot);
        Files.write(snapshot, java.util.Arrays.copyOf(whole, whole.length - 5));
        assertNull(ReferenceSnapshot.read(snapshot));
        Lexicon again = Lexicon.load(List.of(dir));
        assertEquals(digest, again.digest());
        assertEquals(2, again.graph().size());
        assertNotNull(ReferenceSnapshot.read(snapshot));
    }

    @Test
    void aBrokenFileIsStillNamedWhenSnapshotsAreOn(@TempDir Path dir) throws Exception {
        write(dir, "a.ttl", "<http://example.org/a> <http://example.org/p> \n");
        BadInputException e = assertThrows(BadInputException.class, () -> Lexicon.load(List.of(dir)));
        assertTrue(e.getMessage().contains("a.ttl") && e.getMessage().contains("not valid Turtle"), e.getMessage());
        assertEquals(0, snapshots().size());
    }

    @Test
    void anUnwritableCacheOnlyMeansParsing(@TempDir Path dir) throws Exception {
        write(dir, "a.ttl", "<http://example.org/a> <http://example.org/p> \"x\" .\n");
        Path file = Files.writeString(cache.resolve("not-a-dir"), "");
        System.setProperty("isnad.cache", file.toString());
        assertEquals(1, Lexicon.load(List.of(dir)).graph().size());
    }

    private List<Path> snapshots() throws Exception {
        try (Stream<Path> s = Files.list(cache)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".bin")).toList();
        }
    }

    /** The graph's triples in its iteration order (blank nodes as one label: each parse names them anew). */
    private static List<String> triples(Graph g) {
        List<String> all = new ArrayList<>();
        g.find().forEachRemaining(t -> all.add(str(t.getSubject()) + " " + t.getPredicate() + " " + str(t.getObject())));
        return all;
    }

    private static String str(org.apache.jena.graph.Node n) {
        return n.isBlank() ? "_:b" : n.toString();
    }

    private static Path write(Path dir, String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
