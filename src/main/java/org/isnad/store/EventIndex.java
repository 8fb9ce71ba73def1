package org.isnad.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.isnad.vocab.Vocab;

/**
 * Every event the store holds, one row each, newest first: what the event list, the place pages, the
 * home page's JSON and search show. One SPARQL query over the claim graphs and the provenance graphs
 * that assert them; call inside a read transaction.
 */
final class EventIndex {
    private EventIndex() {}

    /** One event: its types, dates (ISO, or "" when unresolved), places, and who reported it where and how. */
    record Row(Node event, Set<Node> types, String start, String end, Set<Node> places,
               Set<Node> reporters, Set<Node> outlets, Set<Node> modalities) {
        String dateText() {
            if (start.isEmpty() && end.isEmpty()) return "";
            return start.equals(end) || end.isEmpty() ? start : start + " – " + end;
        }
    }

    static final String QUERY = """
            PREFIX isnad: <https://w3id.org/isnad/ns#>
            PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
            SELECT ?e ?type ?start ?end ?place ?report ?outlet ?modality WHERE {
              GRAPH ?pg { ?claim a isnad:EventClaim ; isnad:asserts ?e .
                OPTIONAL { ?claim isnad:reportedBy ?report }
                OPTIONAL { ?claim isnad:outlet ?outlet }
                OPTIONAL { ?claim isnad:modality ?modality } }
              GRAPH ?claim { ?e a ?type .
                OPTIONAL { ?e sem:hasEarliestBeginTimeStamp ?start }
                OPTIONAL { ?e sem:hasLatestEndTimeStamp ?end }
                OPTIONAL { ?e sem:hasPlace ?place } }
            }""";

    /** All events, newest first (by earliest start, then IRI); events without a date last. */
    static List<Row> all(DatasetGraph store) {
        Map<Node, Row> rows = new LinkedHashMap<>();
        try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(store)).query(QUERY).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                Node e = s.get("e").asNode();
                Row r = rows.computeIfAbsent(e, k -> new Row(k, new LinkedHashSet<>(), lex(s.get("start")), lex(s.get("end")),
                        new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>()));
                add(r.types(), s.get("type"));
                add(r.places(), s.get("place"));
                add(r.reporters(), s.get("report"));
                add(r.outlets(), s.get("outlet"));
                add(r.modalities(), s.get("modality"));
            }
        }
        List<Row> out = new ArrayList<>(rows.values());
        out.sort(Comparator.comparing((Row r) -> r.start().isEmpty()).thenComparing(Row::start, Comparator.reverseOrder())
                .thenComparing(r -> r.event().getURI()));
        return out;
    }

    /**
     * The rows of {@code events}, in that order, read through their claims in the {@link EventSummary}: a
     * few index lookups an event, for the page of events a request shows.
     */
    static List<Row> of(DatasetGraph store, List<Node> events) {
        List<Row> out = new ArrayList<>();
        for (Node e : events) {
            Row r = new Row(e, new LinkedHashSet<>(), "", "", new LinkedHashSet<>(), new LinkedHashSet<>(),
                    new LinkedHashSet<>(), new LinkedHashSet<>());
            String start = "", end = "";
            for (Node c : values(store, EventSummary.GRAPH, e, EventSummary.CLAIM)) {
                r.types().addAll(values(store, c, e, Vocab.rdfType));
                r.places().addAll(values(store, c, e, Vocab.semHasPlace));
                if (start.isEmpty()) start = firstLex(values(store, c, e, Vocab.semEarliestBegin));
                if (end.isEmpty()) end = firstLex(values(store, c, e, Vocab.semLatestEnd));
                store.find(Node.ANY, c, Vocab.asserts, e).forEachRemaining(q -> {
                    r.reporters().addAll(values(store, q.getGraph(), c, Vocab.reportedBy));
                    r.outlets().addAll(values(store, q.getGraph(), c, Vocab.outlet));
                    r.modalities().addAll(values(store, q.getGraph(), c, Vocab.modality));
                });
            }
            out.add(new Row(e, r.types(), start, end, r.places(), r.reporters(), r.outlets(), r.modalities()));
        }
        return out;
    }

    private static List<Node> values(DatasetGraph store, Node g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        store.find(g, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }

    private static String firstLex(List<Node> nodes) {
        for (Node n : nodes) if (n.isLiteral()) return n.getLiteralLexicalForm();
        return "";
    }

    private static void add(Set<Node> set, RDFNode n) {
        if (n != null) set.add(n.asNode());
    }

    private static String lex(RDFNode n) {
        return n != null && n.isLiteral() ? n.asLiteral().getLexicalForm() : "";
    }
}
