package org.isnad;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.isnad.cli.IsnadCommand;
import org.isnad.store.ClaimStore;
import org.isnad.store.IsnadServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The behaviour a user of the whole tool relies on, checked by running the real CLI in-process:
 * convert → validate → load → serve. Each test names the promise it checks; failures list every
 * offending claim or triple, not just the first.
 */
class EndToEndContractTest {

    // IRIs spelled out here rather than taken from Vocab: the data model in ontology/README.md is the contract
    static final String ISNAD = "https://w3id.org/isnad/ns#";
    static final String ID = "https://w3id.org/isnad/id/";
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String OA = "http://www.w3.org/ns/oa#";
    static final String SCHEMA = "https://schema.org/";
    static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    static final Node TYPE = uri(RDF + "type");
    static final Node EVENT_CLAIM = uri(ISNAD + "EventClaim");
    static final Node STATEMENT_CLAIM = uri(ISNAD + "StatementClaim");
    static final Node REPORT = uri(ISNAD + "Report");
    static final Node PROV_ENTITY = uri(PROV + "Entity");
    static final Node DERIVED_FROM = uri(PROV + "wasDerivedFrom");
    static final Node HEADLINE = uri(SCHEMA + "headline");
    static final Node URL = uri(SCHEMA + "url");
    static final Node OUTLET = uri(ISNAD + "outlet");
    static final Node LABEL = uri(RDFS + "label");
    static final Node REPORTED_BY = uri(ISNAD + "reportedBy");
    static final Node REPORT_KIND = uri(ISNAD + "reportKind");
    static final Node REPORTED_ON = uri(ISNAD + "reportedOn");
    static final Node EVIDENCE = uri(ISNAD + "evidence");
    static final Node START = uri(OA + "start");
    static final Node END = uri(OA + "end");
    static final Node EXACT = uri(OA + "exact");
    static final Node CONFIDENCE = uri(ISNAD + "confidence");
    static final Node ASSERTS = uri(ISNAD + "asserts");

    static final Path EXAMPLES = Path.of("examples");
    static final Path SEED = EXAMPLES.resolve("sy24-deir-ez-zor-strikes.txt");
    static final Pattern PROVENANCE_GRAPH = Pattern.compile(Pattern.quote(ID) + "article/([0-9a-f]{16})/provenance");
    static final Pattern CLAIM_GRAPH = Pattern.compile(Pattern.quote(ID) + "claim/([0-9a-f]{16})-[0-9a-f]{12}");

    @TempDir Path tmp;

    // ---------------------------------------------------------------------------------------------
    // 1. provenance on every triple

    @Test
    void everyClaimGraphOfTheExamplesHasCompleteProvenance() throws IOException {
        Path nq = tmp.resolve("examples.nq");
        Run r = run("convert", "--format", "nq", "-o", nq.toString(), EXAMPLES.toString());
        r.assertExit(0);
        DatasetGraph dsg = parse(nq, Lang.NQUADS);

        assertTrue(dsg.getDefaultGraph().isEmpty(),
                () -> "the default graph must be empty; it holds " + dsg.getDefaultGraph().size() + " triples, e.g. "
                        + dsg.getDefaultGraph().find().next());

        Map<String, String> textByUrl = articleTextsByUrl(EXAMPLES);
        List<String> problems = new ArrayList<>();
        List<Node> claimGraphs = new ArrayList<>();
        for (Node g : sorted(Iter.toList(dsg.listGraphNodes()))) {
            String iri = g.isURI() ? g.getURI() : String.valueOf(g);
            if (PROVENANCE_GRAPH.matcher(iri).matches()) continue;
            if (CLAIM_GRAPH.matcher(iri).matches()) claimGraphs.add(g);
            else problems.add("graph <" + iri + "> is neither an article's provenance graph nor a claim graph");
        }
        assertFalse(claimGraphs.isEmpty(), "converting examples/ gave no claim graph at all");

        for (Node g : claimGraphs) {
            Matcher m = CLAIM_GRAPH.matcher(g.getURI());
            assertTrue(m.matches());
            String claim = "<" + g.getURI() + ">: ";
            Node provName = uri(ID + "article/" + m.group(1) + "/provenance");
            if (!dsg.containsGraph(provName)) {
                problems.add(claim + "its article's provenance graph <" + provName.getURI() + "> is missing");
                continue;
            }
            Graph p = dsg.getGraph(provName);
            Graph claimGraph = dsg.getGraph(g);
            if (!(p.contains(g, TYPE, EVENT_CLAIM) || p.contains(g, TYPE, STATEMENT_CLAIM)))
                problems.add(claim + "the provenance graph does not type it isnad:EventClaim or isnad:StatementClaim");

            // what it asserts is in the claim graph, not in the provenance graph
            for (Node x : objects(p, g, ASSERTS))
                if (!claimGraph.contains(x, Node.ANY, Node.ANY))
                    problems.add(claim + "asserts " + x + " but the claim graph says nothing about it");
            if (objects(p, g, ASSERTS).size() != 1)
                problems.add(claim + "isnad:asserts should name exactly one event or statement: " + objects(p, g, ASSERTS));

            List<Node> articles = objects(p, g, DERIVED_FROM);
            String text = null;
            if (articles.size() != 1) {
                problems.add(claim + "prov:wasDerivedFrom should name one article: " + articles);
            } else {
                Node a = articles.get(0);
                if (!a.equals(uri(ID + "article/" + m.group(1))))
                    problems.add(claim + "prov:wasDerivedFrom " + a + ", not the article its IRI is minted from");
                if (objects(p, a, HEADLINE).isEmpty())
                    problems.add(claim + "its article " + a + " has no schema:headline");
                List<Node> urls = objects(p, a, URL);
                text = urls.size() == 1 ? textByUrl.get(urls.get(0).isURI() ? urls.get(0).getURI()
                        : urls.get(0).getLiteralLexicalForm()) : null;
                if (text == null)
                    problems.add(claim + "its article's schema:url " + urls + " matches no input file's url:");
            }

            List<Node> outlets = objects(p, g, OUTLET);
            if (outlets.isEmpty()) problems.add(claim + "no isnad:outlet");
            for (Node o : outlets)
                if (objects(p, o, LABEL).isEmpty()) problems.add(claim + "outlet " + o + " has no rdfs:label");

            List<Node> reports = objects(p, g, REPORTED_BY);
            if (reports.isEmpty()) problems.add(claim + "no isnad:reportedBy");
            for (Node rep : reports) {
                if (!p.contains(rep, TYPE, REPORT)) problems.add(claim + "report " + rep + " is not an isnad:Report");
                if (objects(p, rep, LABEL).isEmpty()) problems.add(claim + "report " + rep + " has no rdfs:label");
                if (objects(p, rep, REPORT_KIND).isEmpty()) problems.add(claim + "report " + rep + " has no isnad:reportKind");
            }

            List<Node> dates = objects(p, g, REPORTED_ON);
            if (dates.size() != 1 || !dates.get(0).isLiteral()
                    || !XSDDatatype.XSDdate.getURI().equals(dates.get(0).getLiteralDatatypeURI()))
                problems.add(claim + "isnad:reportedOn should be one xsd:date (every example has a published date): " + dates);

            List<Node> evidence = objects(p, g, EVIDENCE);
            if (evidence.isEmpty()) problems.add(claim + "no isnad:evidence");
            for (Node e : evidence) {
                Integer start = integer(p, e, START), end = integer(p, e, END);
                List<Node> exact = objects(p, e, EXACT);
                if (start == null || end == null || exact.size() != 1 || !exact.get(0).isLiteral()) {
                    problems.add(claim + "evidence " + e + " lacks an integer oa:start, oa:end or one oa:exact");
                    continue;
                }
                if (text == null) continue;
                if (start < 0 || end > text.length() || start >= end) {
                    problems.add(claim + "evidence " + e + " [" + start + ", " + end + ") lies outside the article text (length "
                            + text.length() + ")");
                    continue;
                }
                String want = text.substring(start, end), got = exact.get(0).getLiteralLexicalForm();
                if (!want.equals(got))
                    problems.add(claim + "evidence " + e + " oa:exact differs from the article text [" + start + ", " + end
                            + ")\n      oa:exact: " + got + "\n      text:     " + want);
            }

            List<Node> conf = objects(p, g, CONFIDENCE);
            if (conf.size() != 1 || !conf.get(0).isLiteral() || !(conf.get(0).getLiteralValue() instanceof Number)) {
                problems.add(claim + "isnad:confidence should be one number: " + conf);
            } else {
                double c = ((Number) conf.get(0).getLiteralValue()).doubleValue();
                if (c < 0 || c > 1) problems.add(claim + "isnad:confidence " + c + " is outside [0,1]");
            }
        }
        assertNoProblems(claimGraphs.size() + " claim graphs from examples/", problems);
    }

    // ---------------------------------------------------------------------------------------------
    // 2. every provenance triple matters to validation

    /** One kind of triple that may go without validation noticing, and why that is acceptable. */
    record Allowed(String role, Node predicate, Node object, String reason) {
        boolean covers(String r, Triple t) {
            return role.equals(r) && predicate.equals(t.getPredicate()) && (object == null || object.equals(t.getObject()));
        }
    }

    static final List<Allowed> ALLOWED = List.of(
            new Allowed("claim", TYPE, PROV_ENTITY, "implied: isnad:Claim is a subclass of prov:Entity"),
            new Allowed("claim", uri(ISNAD + "sameEventAs"), null,
                    "an optional link between two claims of one event; without it each claim is still fully attributed"),
            new Allowed("report", TYPE, PROV_ENTITY, "implied: isnad:Report is a subclass of prov:Entity"),
            new Allowed("report", uri(ISNAD + "cueText"), null, "the cue words are a reading aid, not provenance"));

    @Test
    void removingAnyProvenanceTripleOfAClaimFailsValidationNamingThatClaim() throws IOException {
        assertTrue(ALLOWED.size() <= 4, "the allow-list of removable triples must stay small: " + ALLOWED.size());

        Path trig = tmp.resolve("seed.trig");
        run("convert", "--format", "trig", "-o", trig.toString(), SEED.toString()).assertExit(0);
        Run ok = run("validate", trig.toString());
        assertEquals(0, ok.exit, () -> "the unmodified seed output must validate:\n" + ok);

        DatasetGraph dsg = parse(trig, Lang.TRIG);
        long quads = Iter.count(dsg.find());
        List<Node> chosen = claimsToCut(dsg);
        assertFalse(chosen.isEmpty(), "the seed gave no event claim");

        List<String> problems = new ArrayList<>();
        Set<Allowed> used = new LinkedHashSet<>();
        int tried = 0;
        for (Node claim : chosen) {
            Node provName = provenanceGraphOf(dsg, claim);
            Graph prov = dsg.getGraph(provName);
            Map<Triple, String> targets = cutTargets(prov, claim);
            assertTrue(targets.size() >= 15,
                    "expected a claim, its evidence and its report to make at least 15 triples: " + targets.keySet());
            for (Map.Entry<Triple, String> e : targets.entrySet()) {
                Triple t = e.getKey();
                Path cut = tmp.resolve("without-" + (tried++) + ".trig");
                DatasetGraph copy = DatasetGraphFactory.create();
                dsg.find().forEachRemaining(q -> {
                    if (!(q.getGraph().equals(provName) && q.asTriple().equals(t))) copy.add(q);
                });
                assertEquals(quads - 1, Iter.count(copy.find()), "exactly one quad was removed");
                try (OutputStream os = Files.newOutputStream(cut)) {
                    RDFDataMgr.write(os, copy, Lang.TRIG);
                }
                Run v = run("validate", cut.toString());
                String what = e.getValue() + " triple " + brief(t) + " (claim <" + claim.getURI() + ">)";
                Allowed allowed = ALLOWED.stream().filter(a -> a.covers(e.getValue(), t)).findFirst().orElse(null);
                if (allowed != null) {
                    used.add(allowed);
                    // an allow-list entry that covers a triple validation does need is wrong: it would hide a check
                    if (v.exit != 0)
                        problems.add("allow-listed (" + allowed.reason + ") but removing it fails validation, so it matters"
                                + " and must leave the allow-list: " + what + " (exit " + v.exit + ")");
                } else if (v.exit != 1) {
                    problems.add("removing " + what + " should fail validation (exit 1) but exit was " + v.exit
                            + (v.exit == 0 ? ": the claim is left without that provenance and nobody notices" : "\n" + v));
                } else if (!v.out.contains("<" + claim.getURI() + ">")) {
                    problems.add("removing " + what + " fails validation but the report does not name the claim:\n" + v.out);
                }
            }
        }
        assertNoProblems(tried + " provenance triples of " + chosen.size() + " event claims " + chosen, problems);
        assertFalse(used.isEmpty(), "no allow-list entry was exercised; the claims chosen have too little provenance");
    }

    /**
     * One event claim per report kind in the data, so every shape of report is cut once; within a kind the
     * claim with a single evidence span (so cutting its one isnad:evidence link must be caught), then the
     * one with most provenance triples, then by IRI.
     */
    static List<Node> claimsToCut(DatasetGraph dsg) {
        Map<Node, Node> byKind = new java.util.TreeMap<>(Comparator.comparing(Node::toString));
        List<Node> claims = sorted(Iter.toList(
                Iter.map(dsg.find(Node.ANY, Node.ANY, TYPE, EVENT_CLAIM), Quad::getSubject)));
        Comparator<Node> better = Comparator
                .comparing((Node c) -> objects(dsg.getGraph(provenanceGraphOf(dsg, c)), c, EVIDENCE).size() == 1 ? 0 : 1)
                .thenComparing(c -> -cutTargets(dsg.getGraph(provenanceGraphOf(dsg, c)), c).size())
                .thenComparing((Node c) -> c.toString());
        for (Node c : claims) {
            Graph prov = dsg.getGraph(provenanceGraphOf(dsg, c));
            for (Node r : objects(prov, c, REPORTED_BY))
                for (Node kind : objects(prov, r, REPORT_KIND))
                    byKind.merge(kind, c, (a, b) -> better.compare(a, b) <= 0 ? a : b);
        }
        return new ArrayList<>(new LinkedHashSet<>(byKind.values()));
    }

    static Node provenanceGraphOf(DatasetGraph dsg, Node claim) {
        return dsg.find(Node.ANY, claim, TYPE, EVENT_CLAIM).next().getGraph();
    }

    /** The claim's own provenance triples, and those of its evidence selectors and its reports, by role. */
    static Map<Triple, String> cutTargets(Graph prov, Node claim) {
        Map<Triple, String> targets = new java.util.LinkedHashMap<>();
        prov.find(claim, Node.ANY, Node.ANY).forEach(t -> targets.put(t, "claim"));
        for (Node e : objects(prov, claim, EVIDENCE)) prov.find(e, Node.ANY, Node.ANY).forEach(t -> targets.put(t, "evidence"));
        for (Node r : objects(prov, claim, REPORTED_BY)) prov.find(r, Node.ANY, Node.ANY).forEach(t -> targets.put(t, "report"));
        return targets;
    }

    // ---------------------------------------------------------------------------------------------
    // 3. determinism

    @Test
    void convertingTwiceOrInAnotherOrderGivesTheSameQuads() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            files = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(files.size() >= 2, "need at least two examples to change their order");
        Path a = tmp.resolve("a.nq"), b = tmp.resolve("b.nq"), c = tmp.resolve("c.nq");
        run(convertArgs(a, files)).assertExit(0);
        run(convertArgs(b, files)).assertExit(0);
        List<Path> reversed = new ArrayList<>(files);
        java.util.Collections.reverse(reversed);
        run(convertArgs(c, reversed)).assertExit(0);

        List<String> la = sortedLines(a), lb = sortedLines(b), lc = sortedLines(c);
        assertFalse(la.isEmpty());
        assertEquals(String.join("\n", la), String.join("\n", lb), "two runs over the same input differ");
        assertArrayEquals(String.join("\n", la).getBytes(StandardCharsets.UTF_8),
                String.join("\n", lb).getBytes(StandardCharsets.UTF_8), "two runs are not byte-identical once sorted");
        assertEquals(diff(la, lc), "", "the order of the inputs changed the output");
    }

    // ---------------------------------------------------------------------------------------------
    // 4. no invented dates

    @Test
    void withoutAPublicationDateRelativeDatesStayUnresolved() throws IOException {
        String seed = Files.readString(SEED, StandardCharsets.UTF_8);
        String noDate = seed.lines().filter(l -> !l.startsWith("published:")).collect(Collectors.joining("\n", "", "\n"));
        assertNotEquals(seed.strip(), noDate.strip(), "the seed should have had a published: line");
        Path in = tmp.resolve("seed-undated.txt");
        Files.writeString(in, noDate, StandardCharsets.UTF_8);

        Map<String, JsonObject> undated = events(convertJson(tmp.resolve("undated.json"), in.toString()));
        Map<String, JsonObject> dated = events(convertJson(tmp.resolve("dated.json"), "--published", "2022-08-24", in.toString()));
        assertFalse(undated.isEmpty(), "the seed gave no event claim");
        assertEquals(dated.keySet(), undated.keySet(), "the same events should be found with and without a date");

        List<String> problems = new ArrayList<>();
        int withDateWords = 0;
        for (String id : undated.keySet()) {
            JsonObject u = undated.get(id).get("date").getAsObject(), d = dated.get(id).get("date").getAsObject();
            if (!u.get("start").isNull() || !u.get("end").isNull())
                problems.add(id + ": no publication date, yet dated " + u.get("start") + " .. " + u.get("end")
                        + " from \"" + u.get("text") + "\"");
            if (!"unresolved".equals(str(u.get("precision"))))
                problems.add(id + ": precision " + u.get("precision") + ", expected \"unresolved\"");
            if (!d.get("text").isNull()) {
                withDateWords++;
                if (!d.get("text").equals(u.get("text")))
                    problems.add(id + ": the date words " + d.get("text") + " were lost without a publication date: " + u.get("text"));
                if (d.get("start").isNull() || d.get("end").isNull())
                    problems.add(id + ": with --published 2022-08-24 \"" + str(d.get("text")) + "\" still has no date: " + d);
            }
        }
        assertTrue(withDateWords > 0, "no event of the seed has date words; the test would prove nothing");
        assertNoProblems(undated.size() + " events of the undated seed", problems);
        // the seed's main strike was "أمس الثلاثاء", the day before 24 August 2022
        assertTrue(dated.values().stream().anyMatch(e -> "2022-08-23".equals(str(e.get("date").getAsObject().get("start")))),
                "with --published 2022-08-24 no event resolved to 2022-08-23 (\"أمس الثلاثاء\")");
    }

    // ---------------------------------------------------------------------------------------------
    // 5. the seed's claims over HTTP

    @Test
    void fusekiAnswersWithTheSeedsStrikesAndRefusesUpdates() throws Exception {
        long strikes = convertJson(tmp.resolve("seed.json"), SEED.toString()).stream()
                .filter(v -> (ISNAD + "AirDroneStrike").equals(str(v.getAsObject().get("eventClass")))).count();
        assertTrue(strikes > 0, "the seed should report air strikes");

        Path trig = tmp.resolve("seed.trig"), storeDir = tmp.resolve("store");
        run("convert", "-o", trig.toString(), SEED.toString()).assertExit(0);
        run("load", "--store", storeDir.toString(), trig.toString()).assertExit(0);

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ClaimStore store = ClaimStore.openExisting(storeDir);
        IsnadServer server = null;
        try {
            server = new IsnadServer(store, 0).start();
            String base = "http://127.0.0.1:" + server.port() + "/isnad";
            String q = "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?e a <" + ISNAD + "AirDroneStrike> } }";
            assertEquals(strikes, countOverHttp(http, base + "/sparql", q),
                    "air strikes over HTTP vs. air-strike claims in the converted JSON");

            long before = store.quadCount();
            String countAll = "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }";
            long beforeHttp = countOverHttp(http, base + "/sparql", countAll);
            String insert = "INSERT DATA { GRAPH <" + ID + "claim/intruder> { <" + ID + "x> <" + ISNAD + "p> \"injected\" } }";
            List<HttpRequest> updates = List.of(
                    HttpRequest.newBuilder(URI.create(base + "/sparql")).header("Content-Type", "application/sparql-update")
                            .POST(HttpRequest.BodyPublishers.ofString(insert)).build(),
                    HttpRequest.newBuilder(URI.create(base + "/sparql")).header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode(insert, StandardCharsets.UTF_8))).build(),
                    HttpRequest.newBuilder(URI.create(base + "/update")).header("Content-Type", "application/sparql-update")
                            .POST(HttpRequest.BodyPublishers.ofString(insert)).build());
            for (HttpRequest u : updates) {
                // a fresh client each time: a refusal may close the connection before the body is read
                HttpResponse<String> resp = HttpClient.newHttpClient().send(u, HttpResponse.BodyHandlers.ofString());
                assertTrue(resp.statusCode() >= 400 && resp.statusCode() < 500,
                        "SPARQL Update " + u.uri() + " (" + u.headers().firstValue("Content-Type").orElse("") + ") answered "
                                + resp.statusCode() + ", expected a 4xx refusal");
            }
            assertEquals(before, store.quadCount(), "an update over HTTP changed the store");
            assertEquals(beforeHttp, countOverHttp(http, base + "/sparql", countAll), "an update over HTTP changed the data served");
        } finally {
            try {
                if (server != null) server.stop();
            } finally {
                store.close();
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // 6. bad input

    @Test
    void badInputsExitThreeNameTheFileAndDoNotStopTheGoodOnes() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path empty = Files.write(in.resolve("empty.txt"), new byte[0]);
        Path binary = Files.write(in.resolve("binary.txt"),
                new byte[] {'u', 'r', 'l', ':', ' ', 'x', '\n', '-', '-', '-', '\n', 0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0x14, 0, 0x08, 0});
        String arabic = "outlet: SY24\n---\nأعلنت القيادة المركزية الأمريكية تنفيذ غارات جوية على مواقع في دير الزور.\n";
        Charset cp1256 = Charset.forName("windows-1256");
        byte[] legacy = arabic.getBytes(cp1256);
        // precondition: these bytes really are not UTF-8 (a strict decoder rejects them)
        assertThrows(java.nio.charset.CharacterCodingException.class,
                () -> StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(legacy)));
        Path windows = Files.write(in.resolve("windows-1256.txt"), legacy);
        List<Path> bad = List.of(empty, binary, windows);

        Path outDir = Files.createDirectories(tmp.resolve("out"));
        for (Path b : bad) {
            Path out = outDir.resolve("alone.trig");
            Run r = run("convert", "-o", out.toString(), b.toString());
            assertEquals(3, r.exit, () -> "convert of the bad file " + b.getFileName() + ":\n" + r);
            assertTrue(r.err.contains(b.toString()), () -> "stderr does not name " + b + ":\n" + r.err);
            assertEquals(List.of(), listing(outDir), "a failed convert of " + b.getFileName() + " left files behind");
        }

        // all bad at once: still exit 3, each named, nothing left behind
        Path allBadOut = outDir.resolve("all-bad.trig");
        List<String> args = new ArrayList<>(List.of("convert", "-o", allBadOut.toString()));
        bad.forEach(b -> args.add(b.toString()));
        Run allBad = run(args.toArray(String[]::new));
        assertEquals(3, allBad.exit, () -> allBad.toString());
        for (Path b : bad) assertTrue(allBad.err.contains(b.toString()), () -> "stderr does not name " + b + ":\n" + allBad.err);
        assertEquals(List.of(), listing(outDir), "with every input bad, -o must leave no file (nor a .part) behind");

        // the same bad files with a good article: the good one is converted, and the exit code still says 3
        Path alone = tmp.resolve("seed-alone.trig");
        run("convert", "-o", alone.toString(), SEED.toString()).assertExit(0);
        Path mixedOut = outDir.resolve("mixed.trig");
        List<String> mixedArgs = new ArrayList<>(List.of("convert", "-o", mixedOut.toString(), empty.toString(), SEED.toString()));
        mixedArgs.add(binary.toString());
        mixedArgs.add(windows.toString());
        Run mixed = run(mixedArgs.toArray(String[]::new));
        assertEquals(3, mixed.exit, () -> "a bad input among good ones must still give exit 3:\n" + mixed);
        for (Path b : bad) assertTrue(mixed.err.contains(b.toString()), () -> "stderr does not name " + b + ":\n" + mixed.err);
        assertTrue(Files.isRegularFile(mixedOut), "the good article's output was not written");
        assertEquals(List.of("mixed.trig"), listing(outDir), "only the output file should be in its directory");
        Set<String> want = claimGraphs(parse(alone, Lang.TRIG)), got = claimGraphs(parse(mixedOut, Lang.TRIG));
        assertFalse(want.isEmpty());
        assertEquals(want, got, "the good article's claims, converted next to bad files, differ from converting it alone");
    }

    // ---------------------------------------------------------------------------------------------
    // 7. idempotent load

    @Test
    void loadingTheSameFileTwiceAddsNothing() throws Exception {
        Path trig = tmp.resolve("seed.trig"), storeDir = tmp.resolve("store");
        run("convert", "-o", trig.toString(), SEED.toString()).assertExit(0);
        Run first = run("load", "--store", storeDir.toString(), trig.toString());
        first.assertExit(0);
        long total1 = number(first.out, "Total quads:");
        assertTrue(number(first.out, "Quads added:") > 0, first.out);

        Run second = run("load", "--store", storeDir.toString(), trig.toString());
        second.assertExit(0);
        assertEquals(0, number(second.out, "Quads added:"), () -> "the second load added quads:\n" + second.out);
        assertEquals(total1, number(second.out, "Total quads:"), () -> "the second load changed the quad count:\n" + second.out);
        try (ClaimStore s = ClaimStore.openExisting(storeDir)) {
            assertEquals(total1, s.quadCount(), "the store holds a different number of quads than load reported");
        }
    }

    // =============================================================================================
    // helpers

    /** One in-process run of the CLI. */
    record Run(String[] args, int exit, String out, String err) {
        void assertExit(int want) {
            assertEquals(want, exit, () -> "exit code of isnad " + String.join(" ", args) + "\n" + this);
        }

        @Override public String toString() {
            return "$ isnad " + String.join(" ", args) + "\nexit " + exit + "\n--- stdout\n" + truncate(out) + "--- stderr\n" + truncate(err);
        }

        private static String truncate(String s) {
            return s.length() > 4000 ? s.substring(0, 4000) + "…\n" : s;
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = IsnadCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(args, exit, out.toString(), err.toString());
    }

    static String[] convertArgs(Path out, List<Path> inputs) {
        List<String> a = new ArrayList<>(List.of("convert", "--format", "nq", "-o", out.toString()));
        inputs.forEach(p -> a.add(p.toString()));
        return a.toArray(String[]::new);
    }

    static JsonArray convertJson(Path out, String... more) throws IOException {
        List<String> a = new ArrayList<>(List.of("convert", "--format", "json", "-o", out.toString()));
        a.addAll(List.of(more));
        run(a.toArray(String[]::new)).assertExit(0);
        return JSON.parseAny(Files.readString(out, StandardCharsets.UTF_8)).getAsArray();
    }

    /** Event claims of a claims JSON by id. */
    static Map<String, JsonObject> events(JsonArray claims) {
        Map<String, JsonObject> m = new java.util.TreeMap<>();
        for (JsonValue v : claims) {
            JsonObject o = v.getAsObject();
            if ("event".equals(str(o.get("kind")))) m.put(str(o.get("id")), o);
        }
        return m;
    }

    static String str(JsonValue v) {
        return v == null || v.isNull() ? null : v.getAsString().value();
    }

    static long countOverHttp(HttpClient http, String endpoint, String query) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build();
        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, resp.statusCode(), () -> "query " + query + " answered " + resp.statusCode() + ": " + resp.body());
        JsonObject binding = JSON.parse(resp.body()).get("results").getAsObject().get("bindings").getAsArray().get(0).getAsObject();
        return Long.parseLong(binding.get("n").getAsObject().get("value").getAsString().value());
    }

    /** url → article text (what follows the header's --- line), for every .txt in dir. */
    static Map<String, String> articleTextsByUrl(Path dir) throws IOException {
        Map<String, String> m = new HashMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String content = Files.readString(f, StandardCharsets.UTF_8);
                int sep = content.indexOf("\n---\n");
                assertTrue(sep > 0, f + " has no header block");
                String url = content.substring(0, sep).lines().filter(l -> l.startsWith("url:"))
                        .map(l -> l.substring(4).strip()).findFirst().orElseThrow(() -> new AssertionError(f + " has no url:"));
                m.put(url, content.substring(sep + 5));
            }
        }
        return m;
    }

    static DatasetGraph parse(Path file, Lang lang) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.source(file).lang(lang).parse(dsg);
        return dsg;
    }

    static Set<String> claimGraphs(DatasetGraph dsg) {
        Set<String> s = new TreeSet<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (g.isURI() && CLAIM_GRAPH.matcher(g.getURI()).matches()) s.add(g.getURI());
        });
        return s;
    }

    static List<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }

    static Integer integer(Graph g, Node s, Node p) {
        List<Node> o = objects(g, s, p);
        if (o.size() != 1 || !o.get(0).isLiteral() || !(o.get(0).getLiteralValue() instanceof Number n)) return null;
        if (n instanceof BigDecimal bd && bd.scale() > 0) return null;
        return n.intValue();
    }

    static List<Node> sorted(List<Node> nodes) {
        List<Node> l = new ArrayList<>(nodes);
        l.sort(Comparator.comparing(Node::toString));
        return l;
    }

    static List<String> sortedLines(Path f) throws IOException {
        return Files.readAllLines(f, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).sorted().toList();
    }

    /** Lines only in a and only in b, or "" when the sets are equal. */
    static String diff(List<String> a, List<String> b) {
        Set<String> onlyA = new LinkedHashSet<>(a), onlyB = new LinkedHashSet<>(b);
        onlyA.removeAll(b);
        onlyB.removeAll(a);
        if (onlyA.isEmpty() && onlyB.isEmpty()) return "";
        return "only in the first:\n  " + onlyA.stream().limit(10).collect(Collectors.joining("\n  "))
                + "\nonly in the second:\n  " + onlyB.stream().limit(10).collect(Collectors.joining("\n  "));
    }

    static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static long number(String out, String label) {
        return out.lines().filter(l -> l.startsWith(label)).map(l -> Long.parseLong(l.substring(label.length()).strip()))
                .findFirst().orElseThrow(() -> new AssertionError("no '" + label + "' line in:\n" + out));
    }

    static String brief(Triple t) {
        return t.getSubject() + " " + t.getPredicate() + " " + t.getObject();
    }

    static void assertNoProblems(String what, List<String> problems) {
        if (problems.isEmpty()) return;
        fail(problems.size() + " problem(s) in " + what + ":\n  - "
                + problems.stream().limit(40).collect(Collectors.joining("\n  - "))
                + (problems.size() > 40 ? "\n  … and " + (problems.size() - 40) + " more" : ""));
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
