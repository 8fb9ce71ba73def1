package org.isnad.store;

import static org.junit.jupiter.api.Assertions.*;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.isnad.vocab.Vocab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages a researcher browses day to day, over HTTP on loopback: the event list, an event's casualty
 * claims, a place's events, the ontology, search. The store holds the seed, a heldout article with
 * casualties, and {@value #SYNTHETIC} synthetic events in 2019 (so the list has more than one page).
 */
class ResearcherPagesTest {
    static final int SYNTHETIC = 60;

    @TempDir static Path tmp;
    static ClaimStore store;
    static IsnadServer server;

    @BeforeAll
    static void start() throws Exception {
        store = SeedStore.create(tmp, List.of(SeedStore.CASUALTIES));
        store.loadStream("synthetic", s -> {
            for (int i = 1; i <= SYNTHETIC; i++) {
                Node claim = NodeFactory.createURI(Vocab.ID + "claim/synthetic-" + i);
                Node event = NodeFactory.createURI(Vocab.ID + "event/synthetic-" + i);
                Node prov = NodeFactory.createURI(Vocab.ID + "article/synthetic/provenance");
                s.quad(Quad.create(prov, claim, Vocab.rdfType, Vocab.EventClaim));
                s.quad(Quad.create(prov, claim, Vocab.asserts, event));
                s.quad(Quad.create(claim, event, Vocab.rdfType, NodeFactory.createURI(Vocab.ISNAD + "Shelling")));
                String day = "2019-01-%02d".formatted(1 + i % 28);
                s.quad(Quad.create(claim, event, Vocab.semEarliestBegin, NodeFactory.createLiteralDT(day, XSDDatatype.XSDdate)));
                s.quad(Quad.create(claim, event, Vocab.semLatestEnd, NodeFactory.createLiteralDT(day, XSDDatatype.XSDdate)));
                s.quad(Quad.create(claim, event, Vocab.semHasPlace, NodeFactory.createURI(Vocab.ID + "place/al-mayadin")));
            }
        });
        server = new IsnadServer(store, 0).start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    static HttpResponse<String> html(String path) throws Exception {
        return SeedStore.get(server.rootUrl() + path, "text/html");
    }

    static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    // ---- 1. the event list ----

    @Test
    void theEventListShowsFiftyEventsAPageNewestFirst() throws Exception {
        HttpResponse<String> first = html("/id/event/");
        assertEquals(200, first.statusCode(), first.body());
        assertTrue(first.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        String b = first.body();
        assertEquals(EventListPage.PAGE_SIZE, count(b, "<tr class=\"event\">"), "fifty rows on the first page");
        // the seed (2022) and the heldout article come before the synthetic 2019 events
        int seed = b.indexOf("2022-08-23"), synthetic = b.indexOf("2019-01-");
        assertTrue(seed > 0 && synthetic > seed, "newest first");
        assertTrue(b.contains("href=\"/id/event/733b2e7fb80cbccb-e8cfeb8ac9d6\""), "a link to the seed's strike");
        assertTrue(b.contains("Deir ez-Zor") && b.contains("<span lang=\"ar\" dir=\"rtl\">دير الزور</span>"), "its place");
        assertTrue(b.contains("US Central Command (CENTCOM) statement"), "its reporter");
        assertTrue(b.contains("rel=\"next\" href=\"?page=2\""), "a link to the next page");

        String second = html("/id/event/?page=2").body();
        int total = count(b, "<tr class=\"event\">") + count(second, "<tr class=\"event\">");
        assertTrue(total > SYNTHETIC, "both pages together hold every event: " + total);
        assertTrue(second.contains("rel=\"prev\" href=\"?page=1\""));
        assertFalse(second.contains("2022-08-23"), "the newest are on page 1 only");
        assertEquals(0, count(html("/id/event/?page=99").body(), "<tr class=\"event\">"), "past the end: no rows");
    }

    // ---- 2. casualty claims on the event page ----

    @Test
    void anEventPageShowsWhoClaimsHowManyWereKilledAndWounded() throws Exception {
        var rows = Fixture.select(store, """
                PREFIX isnad: <https://w3id.org/isnad/ns#>
                SELECT ?e ?k ?w ?c WHERE { GRAPH ?g { ?cc isnad:ofEvent ?e ; isnad:killed ?k OPTIONAL { ?cc isnad:wounded ?w } }
                                           GRAPH ?p { ?c isnad:asserts ?cc } }""");
        assertFalse(rows.isEmpty(), "the heldout article has a casualty claim");
        var row = rows.get(0);
        String b = html(server.pageUrl(row.get("e")).substring(server.rootUrl().length())).body();
        assertTrue(b.contains("<section id=\"casualties\">"), b);
        assertTrue(b.contains("<td class=\"num killed\">" + row.get("k") + "</td>"), "killed " + row.get("k"));
        assertTrue(b.contains("<td class=\"num wounded\">" + (row.get("w") == null ? "—" : row.get("w")) + "</td>"),
                "wounded " + row.get("w"));
        assertTrue(b.contains("href=\"/id/" + row.get("c").substring(Vocab.ID.length()) + "\""), "a link to the casualty claim");
        assertTrue(b.contains("SY24"), "the outlet that reported the toll");
        // the seed's strike has no toll: no empty section
        assertFalse(html("/id/event/733b2e7fb80cbccb-e8cfeb8ac9d6").body().contains("id=\"casualties\""));
    }

    // ---- 3. a place's events, with those of the places within it ----

    @Test
    void aPlacePageListsTheEventsInItAndInThePlacesWithinIt() throws Exception {
        String gov = html("/id/place/deir-ez-zor-governorate").body();
        assertTrue(gov.contains("<section id=\"events-here\">"), gov);
        // the seed's strike is in the city (within the governorate), the synthetic shelling in al-Mayadin (admin1 link)
        assertTrue(gov.contains("href=\"/id/event/733b2e7fb80cbccb-e8cfeb8ac9d6\""), "the strike in the city");
        assertTrue(gov.contains("href=\"/id/event/synthetic-1\""), "an event in al-Mayadin");
        assertTrue(gov.contains("2022-08-23") && gov.contains("Air/drone strike"), "with its date and type");
        assertFalse(gov.contains("16c2709735b963d8"), "not the Qamishli drone strike of Hasakah governorate");

        String city = html("/id/place/al-mayadin").body();
        assertTrue(count(city, "<tr class=\"event\">") >= SYNTHETIC, "the town's own events");
        assertFalse(city.contains("733b2e7fb80cbccb-e8cfeb8ac9d6"), "not the strike in the city of Deir ez-Zor, beside it");
    }

    // ---- 4. the ontology at /ns ----

    @Test
    void theOntologyIsServedAsTurtleOrAsAPage() throws Exception {
        HttpResponse<String> ttl = SeedStore.get(server.rootUrl() + "/ns", "text/turtle");
        assertEquals(200, ttl.statusCode());
        assertTrue(ttl.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertEquals(java.nio.file.Files.readString(Path.of("ontology/isnad.ttl")), ttl.body(), "the ontology file itself");
        assertTrue(SeedStore.get(server.rootUrl() + "/ns", null).headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"),
                "a client that says nothing gets Turtle");

        HttpResponse<String> page = SeedStore.get(server.rootUrl() + "/ns", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String b = page.body();
        assertTrue(b.contains("<section class=\"term\" id=\"CasualtyCount\">"), "an anchor per term");
        assertTrue(b.contains("<section class=\"term\" id=\"ofEvent\">"));
        assertTrue(b.contains("<span lang=\"ar\" dir=\"rtl\">قتلى</span>"), "Arabic labels");
        assertTrue(b.contains("<a href=\"#CasualtyCount\">isnad:CasualtyCount</a>"), "domains link to their class");

        var jsonld = SeedStore.get(server.rootUrl() + "/ns?format=jsonld", null);
        assertEquals(200, jsonld.statusCode());
        assertTrue(jsonld.body().contains("CasualtyCount"));
    }

    // ---- 5. the home page, its script and its data ----

    @Test
    void theHomePageIsIsnadsOwnWithItsScriptAsAFileAndTheEventsAsJson() throws Exception {
        HttpResponse<String> home = html("/");
        assertEquals(200, home.statusCode());
        String b = home.body();
        assertTrue(b.contains("<script src=\"/app/home.js\" defer></script>"), "the script is a file of the server");
        assertEquals(1, count(b, "<script"), "and there is no inline script");
        for (String f : List.of("f-type", "f-from", "f-to", "f-gov", "f-reporter", "f-outlet", "f-modality"))
            assertTrue(b.contains("id=\"" + f + "\""), f);
        assertTrue(b.contains("<svg id=\"map\"") && b.contains("<svg id=\"timeline\""));
        assertTrue(home.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self';"));

        HttpResponse<String> js = SeedStore.get(server.rootUrl() + "/app/home.js", null);
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertTrue(js.body().contains("/api/events"));
        assertEquals(200, SeedStore.get(server.rootUrl() + "/app/home.css", null).statusCode());
        HttpResponse<String> outlines = SeedStore.get(server.rootUrl() + "/app/countries.json", null);
        assertEquals(200, outlines.statusCode());
        assertTrue(outlines.body().contains("\"name\":\"Syria\"") && outlines.body().contains("Natural Earth"), "credited outlines");
        int escape = SeedStore.get(server.rootUrl() + "/app/..%2Fhome.js", null).statusCode();
        assertTrue(escape == 400 || escape == 404, "no way out of /app/: " + escape);
        assertEquals(404, SeedStore.get(server.rootUrl() + "/app/seed.trig", null).statusCode());

        HttpResponse<String> api = SeedStore.get(server.rootUrl() + "/api/events", "application/json");
        assertEquals(200, api.statusCode());
        var json = org.apache.jena.atlas.json.JSON.parse(api.body());
        assertEquals(EventListPage.PAGE_SIZE, json.get("events").getAsArray().size(), "a page of events");
        assertTrue(json.get("all").getAsNumber().value().intValue() > SYNTHETIC, "every event counted: " + json.get("all"));
        var events = api("?type=" + enc("Air/drone strike") + "&gov=" + enc("Deir ez-Zor Governorate")).get("events").getAsArray();
        var strike = events.stream().map(v -> v.getAsObject())
                .filter(o -> o.get("href").getAsString().value().equals("/id/event/733b2e7fb80cbccb-e8cfeb8ac9d6")).findFirst().orElseThrow();
        assertEquals("2022-08-23", strike.get("start").getAsString().value());
        assertEquals("غارة جوية/بطائرة مسيرة", strike.get("typeAr").getAsString().value());
        assertTrue(strike.get("governorates").toString().contains("Deir ez-Zor Governorate"), strike.toString());
        assertTrue(strike.get("reporters").toString().contains("CENTCOM"), strike.toString());
        assertTrue(strike.get("places").toString().contains("\"lat\""), "places carry coordinates for the map");
        assertEquals(14, api("/overview").get("governorates").getAsArray().size(), "the fourteen governorate centroids");

        HttpResponse<String> fuseki = SeedStore.get(server.rootUrl() + "/fuseki/", "text/html");
        assertEquals(302, fuseki.statusCode(), "/fuseki/ leads to the Fuseki UI");
        String location = fuseki.headers().firstValue("Location").orElse("");
        assertTrue(location.endsWith("/index.html"), location);
        assertTrue(html("/index.html").body().contains("Fuseki"));
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    static org.apache.jena.atlas.json.JsonObject api(String rest) throws Exception {
        HttpResponse<String> r = SeedStore.get(server.rootUrl() + "/api/events" + rest, "application/json");
        assertEquals(200, r.statusCode(), rest + ": " + r.body());
        return org.apache.jena.atlas.json.JSON.parse(r.body());
    }

    static List<String> iris(org.apache.jena.atlas.json.JsonObject page) {
        return page.get("events").getAsArray().stream().map(v -> v.getAsObject().get("iri").getAsString().value()).toList();
    }

    /** The events the join over every claim graph gives (EventIndex.all), kept when {@code keep} holds. */
    static java.util.Set<String> expected(java.util.function.BiPredicate<NodeText, EventIndex.Row> keep) {
        return org.apache.jena.system.Txn.calculateRead(store.datasetGraph(), () -> {
            NodeText t = new NodeText(store.datasetGraph(), new IriMapping(null));
            java.util.Set<String> out = new java.util.TreeSet<>();
            for (EventIndex.Row r : EventIndex.all(store.datasetGraph())) if (keep.test(t, r)) out.add(r.event().getURI());
            return out;
        });
    }

    static void assertFilter(String query, java.util.function.BiPredicate<NodeText, EventIndex.Row> keep) throws Exception {
        var page = api(query + "&size=500");
        java.util.Set<String> want = expected(keep);
        assertFalse(want.isEmpty(), query + " matches something");
        assertEquals(want, new java.util.TreeSet<>(iris(page)), query);
        assertEquals(want.size(), page.get("matching").getAsNumber().value().intValue(), query);
    }

    @Test
    void theEventsApiFiltersSortsAndPagesOnTheServer() throws Exception {
        // pages of 7, newest first (undated last): together every event of the full join, once
        List<String> all = org.apache.jena.system.Txn.calculateRead(store.datasetGraph(),
                () -> EventIndex.all(store.datasetGraph()).stream().map(r -> r.event().getURI()).toList());
        var first = api("?size=7");
        int pages = first.get("pages").getAsNumber().value().intValue();
        assertEquals((all.size() + 6) / 7, pages);
        List<String> paged = new java.util.ArrayList<>(), starts = new java.util.ArrayList<>();
        for (int p = 1; p <= pages; p++) {
            var page = api("?size=7&page=" + p);
            paged.addAll(iris(page));
            page.get("events").getAsArray().forEach(v -> starts.add(v.getAsObject().get("start").getAsString().value()));
        }
        assertEquals(all.size(), paged.size(), "no event twice");
        assertEquals(new java.util.TreeSet<>(all), new java.util.TreeSet<>(paged));
        List<String> newestFirst = new java.util.ArrayList<>(starts);
        newestFirst.sort(java.util.Comparator.comparing(String::isEmpty).thenComparing(java.util.Comparator.reverseOrder()));
        assertEquals(newestFirst, starts, "newest first, undated last");

        assertFilter("?gov=" + enc("al-Hasakah Governorate"), (t, r) -> r.places().stream()
                .anyMatch(p -> EventJson.governorates(t, p).stream().anyMatch(g -> t.text(g).equals("al-Hasakah Governorate"))));
        assertFilter("?modality=Foiled", (t, r) -> r.modalities().stream().anyMatch(m -> t.text(m).equals("Foiled")));
        // a date range keeps the events whose span overlaps it; undated ones never
        assertFilter("?from=2022-08-20&to=2022-08-31", (t, r) -> !r.start().isEmpty()
                && (r.end().isEmpty() ? r.start() : r.end()).compareTo("2022-08-20") >= 0 && r.start().compareTo("2022-08-31") <= 0);
        String shelling = org.apache.jena.system.Txn.calculateRead(store.datasetGraph(), () ->
                new NodeText(store.datasetGraph(), new IriMapping(null)).text(NodeFactory.createURI(Vocab.ISNAD + "Shelling")));
        assertFilter("?type=" + enc(shelling) + "&gov=" + enc("Deir ez-Zor Governorate") + "&from=2019-01-10&to=2019-01-20",
                (t, r) -> r.event().getURI().contains("synthetic") && r.start().compareTo("2019-01-10") >= 0
                        && r.start().compareTo("2019-01-20") <= 0);

        // another column sorts the whole list, not the page: types in order across the first page
        List<String> types = api("?sort=type&dir=asc").get("events").getAsArray().stream()
                .map(v -> v.getAsObject().get("type").getAsString().value()).toList();
        assertEquals(types.stream().sorted().toList(), types);

        assertTrue(api("/facets").get("modality").toString().contains("Foiled"));
        long dated = expected((t, r) -> !r.start().isEmpty()).size();
        long inMonths = api("/overview").get("months").getAsObject().entrySet().stream()
                .mapToLong(e -> e.getValue().getAsNumber().value().longValue()).sum();
        assertEquals(dated, inMonths, "the timeline counts every dated event");
        for (String bad : List.of("?from=yesterday", "?size=0", "?size=501", "?sort=colour", "?dir=up"))
            assertEquals(400, SeedStore.get(server.rootUrl() + "/api/events" + bad, "application/json").statusCode(), bad);
        assertEquals(404, SeedStore.get(server.rootUrl() + "/api/events/nothing", "application/json").statusCode());
    }

    // ---- 6. search by Arabic or English name ----

    static String search(String q) throws Exception {
        return html("/search?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8)).body();
    }

    @Test
    void searchFindsPlacesActorsAndEventsWhateverTheSpellingOfTheName() throws Exception {
        for (String q : List.of("دير الزور", "ديرالزور", "Deir ez-Zor", "deir ezzor", "دير الزّور")) {
            String b = search(q);
            assertTrue(b.contains("<li class=\"hit\"><a href=\"/id/place/deir-ez-zor\">Deir ez-Zor</a>"), q + ": the city\n" + b);
            assertTrue(b.contains("href=\"/id/place/deir-ez-zor-governorate\""), q + ": the governorate");
            assertTrue(b.contains("href=\"/id/event/733b2e7fb80cbccb-e8cfeb8ac9d6\""), q + ": the strike there");
            assertTrue(b.contains("href=\"/id/event/synthetic-1\""), q + ": and an event in al-Mayadin, within the governorate");
        }
        String centcom = search("CENTCOM");
        assertTrue(centcom.contains("<section id=\"actors\">"), centcom);
        assertTrue(search("القيادة المركزية").contains("<section id=\"actors\">"), "an actor by its Arabic name");
        String biden = search("Biden");
        assertTrue(biden.contains("href=\"/id/actor/joe-biden\""), biden);
        assertTrue(biden.contains("href=\"/id/event/733b2e7fb80cbccb-e8cfeb8ac9d6\""), "the strike he directed");
        assertTrue(search("zzzqqq").contains("id=\"nothing\""));
        assertFalse(search("<script>x</script>").contains("<script>x"), "the query is escaped");
        assertEquals("ديرالزور", NameSearch.normalise("دِير الزُّور"));
        assertEquals("deirezzor", NameSearch.normalise("Deir ez-Zor"));
    }
}
