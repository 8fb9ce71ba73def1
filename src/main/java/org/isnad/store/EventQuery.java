package org.isnad.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Pages of events from the {@link EventSummary} (the store's default graph, which a query's patterns
 * outside {@code GRAPH} read, as the store has no union default graph): filtered by type, governorate, reporter, outlet,
 * modality (the texts the pages show) and a date range, sorted, {@code size} a page. Every filter is a
 * triple pattern with a constant object and the dates are inline integers ({@link EventSummary#ORDER}), so
 * TDB2 answers from its indexes; ORDER BY with LIMIT is a top-N sort on numbers. Call inside a read
 * transaction.
 */
final class EventQuery {
    private EventQuery() {}

    /** Filter name in the query string → the summary property it matches. */
    static final Map<String, Node> FILTERS = Map.of("type", EventSummary.TYPE, "gov", EventSummary.GOV,
            "reporter", EventSummary.REPORTER, "outlet", EventSummary.OUTLET, "modality", EventSummary.MODALITY);
    /** Sort key (the home page's column keys) → the summary property sorted by; "start" is the date. */
    static final Map<String, Node> SORTS = Map.of("type", EventSummary.TYPE, "typeAr", EventSummary.TYPE_AR,
            "place", EventSummary.PLACE, "placeAr", EventSummary.PLACE_AR, "gov", EventSummary.GOV, "reporter", EventSummary.REPORTER,
            "outlet", EventSummary.OUTLET, "modality", EventSummary.MODALITY);

    /** What to show: filter values by name, dates as YYYY-MM-DD ("" for none), the sort key and direction. */
    record Request(Map<String, String> filters, String from, String to, String sort, boolean descending) {
        static final Request ALL = new Request(Map.of(), "", "", "start", true);

        /** The query string's values; a date that is not YYYY-MM-DD or an unknown sort key is refused. */
        static Request parse(Function<String, String> param) {
            Map<String, String> f = new LinkedHashMap<>();
            for (String name : FILTERS.keySet()) {
                String v = param.apply(name);
                if (v != null && !v.isEmpty()) f.put(name, v);
            }
            String sort = orEmpty(param.apply("sort"));
            if (sort.isEmpty()) sort = "start";
            if (!sort.equals("start") && !SORTS.containsKey(sort))
                throw new IllegalArgumentException("sort: no column " + sort);
            String dir = orEmpty(param.apply("dir"));
            if (!dir.isEmpty() && !dir.equals("asc") && !dir.equals("desc"))
                throw new IllegalArgumentException("dir: asc or desc, not " + dir);
            boolean desc = dir.isEmpty() ? sort.equals("start") : dir.equals("desc");
            return new Request(f, date("from", param.apply("from")), date("to", param.apply("to")), sort, desc);
        }

        private static String date(String name, String v) {
            if (v == null || v.isEmpty()) return "";
            if (!v.matches("\\d{4}-\\d\\d-\\d\\d")) throw new IllegalArgumentException(name + ": not a date YYYY-MM-DD: " + v);
            return v;
        }

        private static String orEmpty(String s) {
            return s == null ? "" : s.trim();
        }
    }

    /** One page: the events in order, how many match, and how many there are without filters. */
    record Page(List<Node> events, long matching, long all) {}

    static final String PREFIXES = "PREFIX sum: <" + EventSummary.NS + ">\n";

    static Page page(DatasetGraph store, Request r, int page, int size) {
        int offset = Math.max(0, page - 1) * size;
        String select = r.sort().equals("start")
                ? "SELECT ?e WHERE {" + where(r) + "}\nORDER BY "
                  + (r.descending() ? "DESC(?order)" : "(?order < " + EventSummary.DATED_FROM + ") ?order") + " ?e"
                : "SELECT ?e (MIN(?k) AS ?key) WHERE {" + where(r) + " OPTIONAL { ?e "
                  + str(SORTS.get(r.sort())) + " ?k } }\nGROUP BY ?e ORDER BY (!BOUND(?key)) "
                  + (r.descending() ? "DESC(?key)" : "?key") + " ?e";
        List<Node> events = new ArrayList<>();
        for (QuerySolution s : select(store, select + " LIMIT " + size + " OFFSET " + offset))
            events.add(s.get("e").asNode());
        return new Page(events, count(store, r), count(store, Request.ALL));
    }

    static long count(DatasetGraph store, Request r) {
        List<QuerySolution> rows = select(store, "SELECT (COUNT(*) AS ?n) WHERE {" + where(r) + "}");
        return rows.isEmpty() ? 0 : rows.get(0).getLiteral("n").getLong();
    }

    /** The patterns of a request: a constant-object pattern per filter, then the dates. */
    static String where(Request r) {
        StringBuilder w = new StringBuilder("\n");
        r.filters().forEach((name, value) ->
                w.append("  ?e ").append(str(FILTERS.get(name))).append(' ').append(NodeFmtLib.strNT(EventSummary.text(value))).append(" .\n"));
        w.append("  ?e ").append(str(EventSummary.ORDER)).append(" ?order .\n");
        if (!r.from().isEmpty())
            w.append("  ?e ").append(str(EventSummary.END_DAY)).append(" ?endDay . FILTER(?endDay >= ").append(EventSummary.day(r.from())).append(")\n");
        if (!r.to().isEmpty())
            w.append("  FILTER(?order < ").append((EventSummary.day(r.to()) + 1) * EventSummary.DAY).append(" && ?order >= ")
             .append(EventSummary.DATED_FROM).append(")\n");
        return w.toString();
    }

    static List<QuerySolution> select(DatasetGraph store, String query) {
        List<QuerySolution> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(store)).query(PREFIXES + query).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) out.add(rs.next());
        }
        return out;
    }

    static String str(Node n) {
        return NodeFmtLib.strNT(n);
    }
}
