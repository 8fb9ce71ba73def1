package org.isnad.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.isnad.vocab.Vocab;

/** Paths of the store test fixture and small helpers shared by the store tests. */
final class Fixture {
    private Fixture() {}

    static final Path DIR = Path.of("src/test/resources/store");
    static final Path CLAIMS = DIR.resolve("claims.trig");
    static final Path BAD = DIR.resolve("bad.trig");
    static final Path REFERENCE = DIR.resolve("reference");

    static final String ID = Vocab.ID;
    static final String A = "5b1c0e7a9d2f4386";
    static final String B = "e07d2b94c1a85f36";
    static final String A_STRIKE = ID + "claim/" + A + "-3f9a1c2b7d40";
    static final String A_STATEMENT = ID + "claim/" + A + "-8e2d5a6b1c93";
    static final String A_ROCKETS = ID + "claim/" + A + "-c47e09b3a215";
    static final String B_STRIKE = ID + "claim/" + B + "-1a6f4e8c2b07";
    static final String B_TANF = ID + "claim/" + B + "-9b3c7d1e5f28";

    /** Quads the fixture and the reference data make, counted by parsing them in memory, not via the store. */
    static long expectedQuads() {
        return expectedQuadsWithoutLinks() + SAME_EVENT_LINK_QUADS + SAME_EVENT_BLOCK_QUADS + eventSummaryQuads();
    }

    /** The event summary a load of the fixture writes, built here on the parsed files in memory. */
    static long eventSummaryQuads() {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.source(CLAIMS).parse(dsg);
        for (String f : List.of("isnad-min.ttl", "places.ttl", "actors.ttl"))
            RDFParser.source(REFERENCE.resolve(f)).parse(dsg.getGraph(Vocab.REFERENCE_GRAPH));
        EventSummary.rebuild(dsg);
        return dsg.getGraph(EventSummary.GRAPH).size();
    }

    /** Claims and reference data alone: what a remote store gets (isnad links only its own stores). */
    static long expectedQuadsWithoutLinks() {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.source(CLAIMS).parse(dsg);
        DatasetGraph ref = DatasetGraphFactory.create();
        for (String f : List.of("isnad-min.ttl", "places.ttl", "actors.ttl"))
            RDFParser.source(REFERENCE.resolve(f)).parse(ref.getDefaultGraph());
        return dsg.stream().count() + ref.getDefaultGraph().size();
    }

    /**
     * The load links the fixture's two reports of the 23 August strike in Deir ez-Zor (two articles, two
     * outlets) in the same-event graph, one quad each way.
     */
    static final long SAME_EVENT_LINK_QUADS = 2;

    /** The two linked claims are filed in the block index under one key each (violent, the district, the week). */
    static final long SAME_EVENT_BLOCK_QUADS = 2;

    /** Runs a SELECT in a read transaction; each row maps variable name to URI or lexical form. */
    static List<Map<String, String>> select(ClaimStore store, String queryText) {
        return select(store, QueryFactory.create(queryText));
    }

    static List<Map<String, String>> select(ClaimStore store, Query query) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            List<Map<String, String>> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.create().query(query)
                    .dataset(DatasetFactory.wrap(store.datasetGraph())).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    Map<String, String> row = new LinkedHashMap<>();
                    for (String v : rs.getResultVars()) {
                        if (!s.contains(v)) continue;
                        Node n = s.get(v).asNode();
                        row.put(v, n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
                    }
                    rows.add(row);
                }
            }
            return rows;
        });
    }

    static long count(ClaimStore store, String queryText) {
        return Long.parseLong(select(store, queryText).get(0).get("n"));
    }
}
