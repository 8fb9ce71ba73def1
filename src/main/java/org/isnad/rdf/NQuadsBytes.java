package org.isnad.rdf;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.atlas.lib.CharSpace;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterNT;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/**
 * N-Quads, byte for byte as Jena's streaming writer puts them ({@code RDFFormat.NQUADS}: each term as its
 * N-Triples formatter writes it in UTF-8, "s p o g .\n"), written faster for convert. An article's quads
 * repeat a few terms over and over (its graph in every quad, a claim's subject, the predicates and classes,
 * the dates), and Jena checks every character of an IRI each time it writes it, then encodes it to UTF-8 a
 * character at a time: here each IRI and short literal is formatted and encoded once and its bytes kept, up
 * to {@value #CACHE_LIMIT} terms (then forgotten, so memory stays flat); the quads' graph and subject, mostly
 * the same node as the quad before's, are not even looked up; an article's bytes are handed over as one array.
 *
 * <p>One per worker thread (it keeps its cache and buffer): {@link #stream} takes one article's quads.
 */
public final class NQuadsBytes {

    static final int CACHE_LIMIT = 8192;
    /** Longer literals (evidence, labels) are mostly told once: formatted each time, not kept. */
    private static final int SHORT_LITERAL = 40;
    private static final byte[] SPACE = {' '};
    private static final byte[] END = {' ', '.', '\n'};

    private final NodeFormatter formatter = new NodeFormatterNT(CharSpace.UTF8);
    private final StringAWriter text = new StringAWriter();
    private final Map<Node, byte[]> known = new HashMap<>();
    // the predicates are the vocabulary's own nodes: found by identity, without hashing their IRIs
    private final Map<Node, byte[]> predicates = new IdentityHashMap<>();
    private Node lastGraph, lastSubject;
    private byte[] lastGraphBytes, lastSubjectBytes;
    private byte[] buffer = new byte[1 << 16];
    private int size;

    /** A stream for one article's quads; {@link #bytes} then gives them. */
    public StreamRDF stream() {
        size = 0;
        lastGraph = lastSubject = null;
        lastGraphBytes = lastSubjectBytes = null;
        return new StreamRDF() {
            @Override public void start() {}

            @Override public void triple(Triple t) {
                term(t.getSubject());
                append(SPACE);
                term(t.getPredicate());
                append(SPACE);
                term(t.getObject());
                append(END);
            }

            @Override public void quad(Quad q) {
                Node s = q.getSubject();
                if (s != lastSubject) {
                    lastSubject = s;
                    lastSubjectBytes = bytes(s);
                }
                append(lastSubjectBytes);
                append(SPACE);
                append(predicate(q.getPredicate()));
                append(SPACE);
                term(q.getObject());
                Node g = q.getGraph();
                // as Jena: no graph term for the default graph
                if (g != lastGraph) {
                    lastGraph = g;
                    lastGraphBytes = g != null && g != Quad.tripleInQuad && !Quad.isDefaultGraph(g) ? bytes(g) : null;
                }
                if (lastGraphBytes != null) {
                    append(SPACE);
                    append(lastGraphBytes);
                }
                append(END);
            }

            @Override public void base(String base) {}

            @Override public void prefix(String prefix, String iri) {}

            @Override public void version(String version) {}

            @Override public void finish() {}
        };
    }

    /** The bytes of the quads the last {@link #stream} was given. */
    public byte[] bytes() { return Arrays.copyOf(buffer, size); }

    private void term(Node n) { append(bytes(n)); }

    private byte[] predicate(Node p) { return cached(predicates, p, this::bytes); }

    /** The term's bytes: kept for IRIs and short literals, equal terms being written alike. */
    private byte[] bytes(Node n) {
        if (!n.isURI() && !(n.isLiteral() && n.getLiteralLexicalForm().length() <= SHORT_LITERAL)) return formatted(n);
        return cached(known, n, this::formatted);
    }

    /** The term's bytes from a cache that is emptied when full, so memory stays bounded. */
    private static byte[] cached(Map<Node, byte[]> cache, Node n, java.util.function.Function<Node, byte[]> make) {
        byte[] b = cache.get(n);
        if (b == null) {
            if (cache.size() >= CACHE_LIMIT) cache.clear();
            b = make.apply(n);
            cache.put(n, b);
        }
        return b;
    }

    /** The term as Jena's N-Triples formatter writes it, in UTF-8. */
    private byte[] formatted(Node n) {
        text.chars.setLength(0);
        formatter.format(text, n);
        return text.chars.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void append(byte[] b) {
        if (size + b.length > buffer.length) buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + b.length));
        System.arraycopy(b, 0, buffer, size, b.length);
        size += b.length;
    }

    /** Jena's writer interface over a StringBuilder, for the formatter. */
    private static final class StringAWriter implements AWriter {
        final StringBuilder chars = new StringBuilder(256);

        @Override public void write(char ch) { chars.append(ch); }
        @Override public void write(char[] cbuf) { chars.append(cbuf); }
        @Override public void write(String s) { chars.append(s); }
        @Override public void print(char ch) { chars.append(ch); }
        @Override public void print(char[] cbuf) { chars.append(cbuf); }
        @Override public void print(String s) { chars.append(s); }
        @Override public void printf(String fmt, Object... args) { chars.append(String.format(fmt, args)); }
        @Override public void println(String s) { chars.append(s).append('\n'); }
        @Override public void println() { chars.append('\n'); }
        @Override public void flush() {}
        @Override public void close() {}
    }
}
