package org.isnad.rdf;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Literals of one datatype (dates, counts, offsets, confidences), each made once: Jena validates the
 * lexical form of every typed literal it makes (an XML Schema parse), which took a fifth of the mapping's
 * time, and an article's dates and offsets recur across its claims and across articles. Shared by every
 * thread; at most {@value #LIMIT} kept, then forgotten, so memory stays flat.
 */
final class TypedLiterals {

    static final int LIMIT = 20_000;

    private final RDFDatatype type;
    private final Map<String, Node> known = new ConcurrentHashMap<>();

    TypedLiterals(RDFDatatype type) { this.type = type; }

    /** The literal with this lexical form, as {@code NodeFactory.createLiteralDT} makes it. */
    Node of(String lexical) {
        Node n = known.get(lexical);
        if (n == null) {
            if (known.size() >= LIMIT) known.clear();
            n = NodeFactory.createLiteralDT(lexical, type);
            known.put(lexical, n);
        }
        return n;
    }
}
