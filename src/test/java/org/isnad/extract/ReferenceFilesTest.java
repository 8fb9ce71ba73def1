package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.isnad.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12: the reference data read side by side must give the lexicon a serial read gives, digest included. */
class ReferenceFilesTest {

    @Test
    void parallelReadIsTheSerialRead() throws Exception {
        Lexicon lexicon = Lexicon.load(List.of(Path.of("ontology")));
        Graph serial = GraphFactory.createDefaultGraph();
        for (Path f : ReferenceFiles.list(List.of(Path.of("ontology")))) RDFDataMgr.read(serial, f.toString());
        assertEquals(serial.size(), lexicon.graph().size());
        assertTrue(serial.isIsomorphicWith(lexicon.graph()));
        assertEquals(serial.getPrefixMapping().getNsPrefixMap(), lexicon.graph().getPrefixMapping().getNsPrefixMap());
        assertEquals(serialDigest(serial), lexicon.digest());
    }

    @Test
    void aTripleInTwoFilesCountsOnceInTheDigest(@TempDir Path dir) throws Exception {
        String t = "<http://example.org/a> <http://www.w3.org/2000/01/rdf-schema#label> \"حلب\"@ar .\n";
        Files.writeString(dir.resolve("a.ttl"), t, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.ttl"), t + "[] <http://example.org/p> \"x\" .\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("c.ttl"), "[] <http://example.org/p> \"x\" .\n", StandardCharsets.UTF_8);
        Lexicon lexicon = Lexicon.load(List.of(dir));
        Graph serial = GraphFactory.createDefaultGraph();
        for (String f : List.of("a.ttl", "b.ttl", "c.ttl")) RDFDataMgr.read(serial, dir.resolve(f).toString());
        assertEquals(3, lexicon.graph().size());
        assertEquals(serialDigest(serial), lexicon.digest());
    }

    @Test
    void aBrokenFileIsNamed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.ttl"), "<http://example.org/a> <http://example.org/p> \"x\" .\n");
        Files.writeString(dir.resolve("b.ttl"), "<http://example.org/a> <http://example.org/p> \n");
        BadInputException e = assertThrows(BadInputException.class, () -> Lexicon.load(List.of(dir)));
        assertTrue(e.getMessage().contains("b.ttl") && e.getMessage().contains("not valid Turtle"), e.getMessage());
    }

    /** The digest as the serial loader took it, over the graph. */
    private static String serialDigest(Graph g) throws Exception {
        List<String> lines = new ArrayList<>();
        g.find().forEachRemaining(t -> lines.add(str(t.getSubject()) + " " + str(t.getPredicate()) + " " + str(t.getObject())));
        Collections.sort(lines);
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        for (String l : lines) md.update((l + "\n").getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(md.digest());
    }

    private static String str(Node n) {
        return n.isBlank() ? "_:b" : n.toString();
    }
}
