package org.isnad.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Fuseki's query processor with a cap on the size of a result: a query without LIMIT, or with a LIMIT
 * above the cap, runs as if it said {@code LIMIT cap}. For SELECT that caps rows; for CONSTRUCT and
 * DESCRIBE it caps the solutions the template is built from. A capped response carries the header
 * {@value #HEADER} naming the cap, so a client can tell a truncated answer from a complete one.
 *
 * <p>Why rewrite the query rather than count rows on the way out: Fuseki streams results, so the status
 * and headers are sent before the last row is known; a LIMIT also lets ARQ stop work early.
 *
 * <p>A query that would read from elsewhere is refused with 400 before it runs ({@link LocalOnly}).
 */
final class LimitedQuery extends SPARQL_QueryDataset {
    static final String HEADER = "Isnad-Result-Limit";

    private final long max;

    /** {@code max} &le; 0: no cap. */
    LimitedQuery(long max) {
        this.max = max;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        DatasetGraph store = action.getDataset();
        Predicate<Node> isStoreGraph = g -> Txn.calculateRead(store, () -> store.containsGraph(g));
        List<String> why = new ArrayList<>(LocalOnly.refusals(query, isStoreGraph));
        for (String param : List.of("default-graph-uri", "named-graph-uri"))
            why.addAll(LocalOnly.refusals(param, action.getRequestParameterValues(param), isStoreGraph));
        if (!why.isEmpty()) ServletOps.errorBadRequest(String.join("\n", why));
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> p = super.decideDataset(action, query, queryStringLog);
        Query q = p.getRight();
        if (max <= 0 || q.isAskType()) return p;
        if (q.hasLimit() && q.getLimit() <= max) return p;
        Query capped = q.cloneQuery();
        capped.setLimit(max);
        action.setResponseHeader(HEADER, Long.toString(max));
        return Pair.create(p.getLeft(), capped);
    }
}
