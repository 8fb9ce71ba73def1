package org.isnad.rdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

/** convert's N-Quads are the bytes Jena's own N-Quads writer gives, term by term, article after article. */
class NQuadsBytesTest {

    private static final String ID = "https://w3id.org/isnad/id/";

    /** Terms that take every way of writing one: escapes, non-ASCII, surrogates, languages, datatypes, blank nodes. */
    private static List<Node> terms(int article) {
        List<Node> out = new ArrayList<>(List.of(
                NodeFactory.createURI(ID + "claim/" + article),
                NodeFactory.createURI(ID + "place/قرية الصالحية"),
                NodeFactory.createURI("urn:x:a b<c>\"d\\e{f}|g^h`i"),
                NodeFactory.createURI("urn:x:\u0001\u007f\uD83D\uDE00"),
                NodeFactory.createLiteralLang("قُتل شاب \"برصاص\" مجهولين\nفي بلدة الشحيل\t\r\\ " + article, "ar"),
                NodeFactory.createLiteralLang("Syria TV", "en-GB"),
                NodeFactory.createLiteralString("SY24"),
                NodeFactory.createLiteralString("\u0000\u0008\u000c\u001f\u007f \uD83D\uDE00 \uD800 x \uDC00"),
                NodeFactory.createLiteralDT("2024-01-" + (10 + article % 20), XSDDatatype.XSDdate),
                NodeFactory.createLiteralDT(Integer.toString(article * 37), XSDDatatype.XSDinteger),
                NodeFactory.createLiteralDT("0.85", XSDDatatype.XSDdecimal),
                NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean),
                NodeFactory.createLiteralDT("x", XSDDatatype.XSDstring),
                NodeFactory.createLiteralDT("٣", NodeFactory.getType("urn:x:my type")),
                NodeFactory.createBlankNode("b" + article),
                NodeFactory.createBlankNode("weird label-ü")));
        // more IRIs than the cache holds, so that it is emptied on the way
        for (int k = 0; k < 3000; k++) out.add(NodeFactory.createURI(ID + "evidence/" + article + "/" + k));
        return out;
    }

    private static void quads(StreamRDF out, int article) {
        Node g = NodeFactory.createURI(ID + "article/" + article + "/provenance");
        Node p = NodeFactory.createURI("https://w3id.org/isnad/ns#evidence");
        List<Node> terms = terms(article);
        out.start();
        for (int k = 0; k < terms.size(); k++) {
            Node s = terms.get(k % 3);            // a subject repeated, as claims repeat theirs
            Node o = terms.get(k);
            out.quad(Quad.create(k % 5 == 0 ? NodeFactory.createURI(g.getURI()) : g, s, k % 7 == 0 ? NodeFactory.createURI(p.getURI()) : p, o));
            if (k % 11 == 0) out.quad(Quad.create(Quad.defaultGraphIRI, s, p, o));
            if (k % 13 == 0) out.quad(Quad.create(Quad.defaultGraphNodeGenerated, s, p, o));
            if (k % 17 == 0) out.triple(Triple.create(o.isLiteral() ? s : o, p, terms.get((k + 4) % terms.size())));
        }
        out.finish();
    }

    @Test
    void theBytesAreJenasForEveryKindOfTermArticleAfterArticle() {
        NQuadsBytes writer = new NQuadsBytes();
        long total = 0;
        for (int article = 0; article < 12; article++) {
            ByteArrayOutputStream jena = new ByteArrayOutputStream();
            quads(StreamRDFWriter.getWriterStream(jena, RDFFormat.NQUADS), article);
            quads(writer.stream(), article);
            byte[] ours = writer.bytes();
            assertArrayEquals(jena.toByteArray(), ours, "article " + article);
            total += ours.length;
        }
        assertEquals(true, total > 12 * 3000 * 100, "every article was written: " + total + " bytes");
    }
}
