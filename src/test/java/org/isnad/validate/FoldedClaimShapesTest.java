package org.isnad.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.isnad.extract.ArabicClaimExtractor;
import org.isnad.extract.Claim;
import org.isnad.extract.Lexicon;
import org.isnad.ingest.Article;
import org.isnad.ingest.ArticleOverrides;
import org.isnad.ingest.TextArticleSource;
import org.isnad.rdf.ClaimMapper;
import org.isnad.rdf.ClaimsJson;
import org.isnad.rdf.ConvertedArticle;
import org.isnad.vocab.Vocab;
import org.junit.jupiter.api.Test;

/**
 * A claim that a quoted source's placeless retelling was folded into ("نقل مراسل … عن مصدر عسكري أن مسلحين فجروا
 * عبوة … شرق بلدة خبب" … "وقال المصدر إن التفجير أسفر عن …") names that source's report by isnad:alsoReportedBy:
 * the RDF passes the shapes, which check the report it names, and the claims JSON lists it (written here).
 */
class FoldedClaimShapesTest {

    private static final String TEXT = "outlet: Sputnik Arabic\npublished: 2024-05-12\ntitle: خبر\n---\n"
            + "نقل مراسل سبوتنيك عن مصدر عسكري أن مسلحين فجروا عبوة ناسفة بسيارة عسكرية شرق بلدة خبب في ريف درعا صباح اليوم.\n"
            + "وقال المصدر إن التفجير أسفر عن إصابة أربعة عسكريين.\n";

    private final Lexicon lexicon = lexicon();

    private static Lexicon lexicon() {
        try {
            return Lexicon.load(List.of(Path.of("ontology")));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private ConvertedArticle converted() throws Exception {
        return converted(TEXT);
    }

    private ConvertedArticle converted(String text) throws Exception {
        Article a = new TextArticleSource(lexicon.boilerplateLines()).parse("folded.txt", text, ArticleOverrides.NONE);
        List<Claim> claims = new ArabicClaimExtractor(lexicon).extract(a);
        return new ConvertedArticle(a, claims);
    }

    private DatasetGraph rdf(ConvertedArticle c) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        new ClaimMapper(lexicon, "test").map(c, StreamRDFLib.dataset(dsg));
        return dsg;
    }

    @Test
    void theFoldedClaimsRdfPassesTheShapes() throws Exception {
        DatasetGraph dsg = rdf(converted());
        List<Quad> also = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, Vocab.alsoReportedBy, Node.ANY).forEachRemaining(also::add);
        assertEquals(1, also.size(), "the source's report is named on the placed claim");
        ValidationResult r = Fixtures.validator().validate(dsg);
        assertEquals(List.of(), r.violations());
    }

    @Test
    void theShapesCheckTheReportItNames() throws Exception {
        DatasetGraph dsg = rdf(converted());
        List<Quad> also = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, Vocab.alsoReportedBy, Node.ANY).forEachRemaining(also::add);
        assertFalse(also.isEmpty());
        Quad q = also.get(0);
        dsg.delete(q);
        dsg.add(q.getGraph(), q.getSubject(), q.getPredicate(), NodeFactory.createURI(Vocab.ID + "source/nothing-known"));
        assertFalse(Fixtures.validator().validate(dsg).conforms(), "an alsoReportedBy object that is no report fails");
    }

    @Test
    void theClaimsJsonListsItAndAlwaysHasTheArray() throws Exception {
        StringWriter out = new StringWriter();
        try (ClaimsJson json = new ClaimsJson(out, lexicon)) {
            json.write(converted());
        }
        assertTrue(out.toString().contains("\"alsoReportedBy\": [\n      {"), out.toString());
        StringWriter alone = new StringWriter();
        try (ClaimsJson json = new ClaimsJson(alone, lexicon)) {
            json.write(converted(TEXT.substring(0, TEXT.indexOf("\nوقال"))));
        }
        assertTrue(alone.toString().contains("\"alsoReportedBy\": [\n    ]"), "no other reporter: an empty array " + alone);
    }
}
