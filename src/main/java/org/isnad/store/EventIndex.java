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

    private static void add(Set<Node> set, RDFNode n) {
        if (n != null) set.add(n.asNode());
    }

    private static String lex(RDFNode n) {
        return n != null && n.isLiteral() ? n.asLiteral().getLexicalForm() : "";
    }
}
