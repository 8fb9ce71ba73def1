package org.isnad.store;

import static org.isnad.store.Fixture.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every query in queries/ parses, documents itself, and returns the expected rows over the fixture. */
class QueriesTest {

    static final Path QUERIES = Path.of("queries");
    /** The queries this test checks row by row; a new query file must be added here. */
    static final Set<String> CHECKED = Set.of("events-by-type-and-place.rq", "timeline-deir-ez-zor.rq",
            "claims-by-reporter.rq", "single-party-events.rq", "provenance-chain.rq",
            "statements-by-speaker.rq", "centcom-august-2022.rq");

    @TempDir static Path tmp;
    static ClaimStore store;

    @BeforeAll
    static void load() throws Exception {
        store = ClaimStore.open(tmp.resolve("store"), REFERENCE);
        store.load(List.of(CLAIMS));
    }

    @AfterAll
    static void close() { store.close(); }

    static List<Map<String, String>> run(String file) throws Exception {
        return select(store, QueryRunner.parse(QUERIES.resolve(file)));
    }

    static List<String> column(List<Map<String, String>> rows, String var) {
        return rows.stream().map(r -> r.get(var)).toList();
    }

    @Test
    void everyQueryFileParsesHasAHeaderAndIsChecked() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(QUERIES)) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertTrue(files.size() >= 6, "at least six queries: " + files);
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            assertTrue(text.startsWith("#"), f + " starts with a comment header");
            for (String word : List.of("Question:", "Run:", "isnad query"))
                assertTrue(text.contains(word), f + " header says " + word);
            Query q = QueryFactory.create(text);
            assertTrue(q.isSelectType() || q.isAskType() || q.isConstructType() || q.isDescribeType());
            assertTrue(CHECKED.contains(f.getFileName().toString()), f + " has no row check in this test");
        }
        assertEquals(CHECKED, files.stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
    }

    @Test
    void eventsByTypeAndPlace() throws Exception {
        List<Map<String, String>> rows = run("events-by-type-and-place.rq");
        Set<String> got = rows.stream().map(r -> r.get("typeLabel") + " | " + r.get("placeLabel") + " | " + r.get("events"))
                .collect(Collectors.toSet());
        assertEquals(Set.of(
                "Air/drone strike | Deir ez-Zor | 1",
                "Air/drone strike | al-Mayadin | 1",
                "Shelling/artillery/missile attack | al-Omar oil field | 1",
                "Attack | al-Tanf | 1"), got);
        assertEquals(4, rows.size());
    }

    @Test
    void timelineOfDeirEzZorFollowsWithinTransitivelyAndPutsUndatedLast() throws Exception {
        List<Map<String, String>> rows = run("timeline-deir-ez-zor.rq");
        // al-Tanf (within Homs) is left out; al-Omar is two isnad:within steps below Deir ez-Zor
        assertEquals(List.of(A_STRIKE, B_STRIKE, A_ROCKETS), column(rows, "claim"));
        assertEquals("2022-08-23", rows.get(0).get("begin"));
        assertEquals(Vocab("Day"), rows.get(0).get("precision"));
        assertEquals("CENTCOM statement", rows.get(0).get("reportLabel"));
        assertEquals(ID + "actor/centcom", rows.get(0).get("attributedTo"));
        assertEquals("Furat Post", rows.get(1).get("outletLabel"));
        assertEquals("al-Omar oil field", rows.get(2).get("placeLabel"));
        assertNull(rows.get(2).get("begin"));
        assertEquals(Vocab("Unresolved"), rows.get(2).get("precision"));
        assertNull(rows.get(2).get("attributedTo"), "anonymous sources are attributed to no one");
    }

    @Test
    void claimsByReporter() throws Exception {
        List<Map<String, String>> rows = run("claims-by-reporter.rq");
        assertEquals(5, rows.size(), "one row per claim");
        // anonymous sources (no attributed actor) sort first, then CENTCOM's three claims from two articles
        assertEquals(A_ROCKETS, rows.get(0).get("claim"));
        assertEquals("AnonymousSources", rows.get(0).get("reportKind"));
        assertEquals(List.of("CENTCOM", "CENTCOM", "CENTCOM", "Furat Post"),
                column(rows, "attributedToLabel").subList(1, 5));
        assertEquals(Set.of(A_STRIKE, A_STATEMENT, B_TANF), Set.copyOf(column(rows, "claim").subList(1, 4)));
        Map<String, String> statement = rows.stream().filter(r -> A_STATEMENT.equals(r.get("claim"))).findFirst().orElseThrow();
        assertEquals("StatementClaim", statement.get("claimKind"));
        assertEquals("OfficialStatement", statement.get("reportKind"));
        assertEquals("وأضاف البيان أن الضربات تهدف إلى حماية القوات الأمريكية.", statement.get("evidence"));
    }

    @Test
    void singlePartyEventsExcludeAStrikeTwoPartiesReport() throws Exception {
        List<Map<String, String>> rows = run("single-party-events.rq");
        // the Deir ez-Zor strike is reported by CENTCOM and by Furat Post (linked with sameEventAs): not single-party
        assertEquals(List.of(B_TANF, A_ROCKETS), column(rows, "claim"));
        assertEquals("CENTCOM", rows.get(0).get("partyLabel"));
        assertEquals("SY24's sources in the region", rows.get(1).get("partyLabel"));
        assertEquals(ID + "source/" + A + "-sy24-sources", rows.get(1).get("party"));
    }

    @Test
    void twoRelaysOfOneActorAreOnePartyAndPlacelessEventsCountOnce() throws Exception {
        // a third article relays CENTCOM on the al-Tanf attack and links its claim to the Furat Post one:
        // both claims are still CENTCOM's alone
        Path extra = tmp.resolve("relay.trig");
        String c = ID + "claim/1111222233334444-aaaabbbbcccc";
        Files.writeString(extra, """
                PREFIX isnad: <https://w3id.org/isnad/ns#>
                PREFIX prov:  <http://www.w3.org/ns/prov#>
                BASE <https://w3id.org/isnad/id/>
                <claim/1111222233334444-aaaabbbbcccc> { <event/1111222233334444-aaaabbbbcccc> a isnad:Attack . }
                <article/1111222233334444/provenance> {
                  <claim/1111222233334444-aaaabbbbcccc> a isnad:EventClaim ;
                      isnad:asserts <event/1111222233334444-aaaabbbbcccc> ;
                      isnad:reportedBy <source/1111222233334444-centcom-statement> ;
                      isnad:sameEventAs <claim/%s-9b3c7d1e5f28> .
                  <source/1111222233334444-centcom-statement> a isnad:Report ;
                      isnad:reportKind isnad:OfficialStatement ; prov:wasAttributedTo <actor/centcom> .
                }
                """.formatted(B));
        Path dir = tmp.resolve("store-relay");
        try (ClaimStore s = ClaimStore.open(dir, REFERENCE)) {
            s.load(List.of(CLAIMS, extra));
            List<String> claims = column(select(s, QueryRunner.parse(QUERIES.resolve("single-party-events.rq"))), "claim");
            assertTrue(claims.contains(B_TANF) && claims.contains(c), claims.toString());
            assertFalse(claims.contains(A_STRIKE) || claims.contains(B_STRIKE));
            assertEquals(3, claims.size(), "one row per claim, also for an event with no place: " + claims);

            // an event without a place is counted once under no place, not matched against every label
            List<Map<String, String>> byType = select(s, QueryRunner.parse(QUERIES.resolve("events-by-type-and-place.rq")));
            assertEquals(5, byType.size());
            assertTrue(byType.stream().anyMatch(r -> "Attack".equals(r.get("typeLabel")) && r.get("place") == null
                    && "1".equals(r.get("events"))), byType.toString());
        }
    }

    @Test
    void provenanceChain() throws Exception {
        List<Map<String, String>> rows = run("provenance-chain.rq");
        assertEquals(4, rows.size(), "one row per event claim");
        assertEquals(List.of("2022-08-24", "2022-08-24", "2022-09-02", "2022-09-02"), column(rows, "published"));
        Map<String, String> strike = rows.stream().filter(r -> A_STRIKE.equals(r.get("claim"))).findFirst().orElseThrow();
        assertEquals("Air/drone strike", strike.get("typeLabel"));
        assertEquals("Asserted", strike.get("modality"));
        assertEquals("CENTCOM statement", strike.get("reportLabel"));
        assertEquals("CENTCOM", strike.get("attributedToLabel"));
        assertEquals("https://www.sy-24.com/92987/", strike.get("url"));
        assertEquals(ID + "article/" + A, strike.get("article"));
        assertEquals("SY24", strike.get("outletLabel"));
        assertEquals("ضربات أمريكية على مواقع الميليشيات في دير الزور", strike.get("headline"));
        Map<String, String> tanf = rows.stream().filter(r -> B_TANF.equals(r.get("claim"))).findFirst().orElseThrow();
        assertEquals("Furat Post", tanf.get("outletLabel"), "the carrier, not the speaker");
        assertEquals("CENTCOM", tanf.get("attributedToLabel"));
    }

    @Test
    void statementsBySpeaker() throws Exception {
        List<Map<String, String>> rows = run("statements-by-speaker.rq");
        assertEquals(1, rows.size());
        Map<String, String> r = rows.get(0);
        assertEquals("CENTCOM", r.get("speakerLabel"));
        assertEquals("الضربات تهدف إلى حماية القوات الأمريكية", r.get("text"));
        assertEquals("2022-08-24", r.get("reportedOn"));
        assertEquals(ID + "event/" + A + "-3f9a1c2b7d40", r.get("about"));
        assertTrue(r.get("evidence").startsWith("وأضاف البيان"));
    }

    @Test
    void centcomInAugust2022LeavesOutWhatWasReportedInSeptember() throws Exception {
        List<Map<String, String>> rows = run("centcom-august-2022.rq");
        // the al-Tanf attack happened in August but Furat Post reported CENTCOM's word on 2022-09-02
        assertEquals(List.of(A_STRIKE, A_STATEMENT), column(rows, "claim"));
        assertEquals(List.of("SY24", "SY24"), column(rows, "relayedBy"));
        assertEquals("Air/drone strike", rows.get(0).get("what"));
        assertEquals("2022-08-23", rows.get(0).get("eventBegin"));
        assertEquals("الضربات تهدف إلى حماية القوات الأمريكية", rows.get(1).get("what"));
    }

    private static String Vocab(String local) { return org.isnad.vocab.Vocab.ISNAD + local; }
}
