package org.isnad.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/**
 * What keeps the server from making requests of its own on a client's behalf: a request that would read
 * from elsewhere (another server, or a file on this machine) is refused before it runs, with the reason.
 * SERVICE anywhere in a query or in an update's WHERE (also inside FILTER EXISTS and subqueries), LOAD,
 * and FROM / FROM NAMED (or the protocol's default-graph-uri / named-graph-uri) of anything but a graph of
 * the store. Why refuse rather than let Jena fail at run time: the client gets a 400 that says why instead
 * of a 500, and nothing is half done.
 */
final class LocalOnly {
    private LocalOnly() {}

    static final String WHY = "this server reads only its own store and makes no request elsewhere";

    /** The reasons {@code query} is refused; empty when it may run. */
    static List<String> refusals(Query query, Predicate<Node> isStoreGraph) {
        List<String> why = new ArrayList<>(services(Algebra.compile(query)));
        for (String g : query.getGraphURIs()) refuseGraph("FROM", g, isStoreGraph, why);
        for (String g : query.getNamedGraphURIs()) refuseGraph("FROM NAMED", g, isStoreGraph, why);
        return why;
    }

    /** The reasons a dataset named by the protocol parameter {@code param} is refused. */
    static List<String> refusals(String param, String[] graphs, Predicate<Node> isStoreGraph) {
        List<String> why = new ArrayList<>();
        if (graphs != null)
            for (String g : graphs) refuseGraph(param, g, isStoreGraph, why);
        return why;
    }

    /** The reasons {@code request} is refused; empty when it may run. */
    static List<String> refusals(UpdateRequest request) {
        List<String> why = new ArrayList<>();
        for (Update u : request.getOperations()) {
            if (u instanceof UpdateLoad load)
                why.add("LOAD <" + load.getSource() + ">: " + WHY + "; send the data itself (INSERT DATA, or PUT to /data)");
            else if (u instanceof UpdateModify m && m.getWherePattern() != null)
                why.addAll(services(m.getWherePattern()));
        }
        return why;
    }

    private static List<String> services(Element where) {
        return services(Algebra.compile(where));
    }

    private static List<String> services(Op op) {
        Set<String> found = new LinkedHashSet<>();
        collectServices(op, found);
        return found.stream().map(s -> "SERVICE " + s + ": " + WHY).toList();
    }

    private static void collectServices(Op op, Set<String> found) {
        Walker.walk(op, new OpVisitorBase() {
            @Override public void visit(OpService s) {
                Node n = s.getService();
                found.add(n.isURI() ? "<" + n.getURI() + ">" : n.toString());
            }
        }, new ExprVisitorBase() {
            // EXISTS / NOT EXISTS carry a pattern of their own
            @Override public void visit(ExprFunctionOp f) {
                if (f.getGraphPattern() != null) collectServices(f.getGraphPattern(), found);
            }
        });
    }

    private static void refuseGraph(String clause, String iri, Predicate<Node> isStoreGraph, List<String> why) {
        Node g = org.apache.jena.graph.NodeFactory.createURI(iri);
        if (Quad.isUnionGraph(g) || Quad.isDefaultGraph(g) || isStoreGraph.test(g)) return;
        why.add(clause + " <" + iri + ">: not a graph of this store; " + WHY);
    }
}
