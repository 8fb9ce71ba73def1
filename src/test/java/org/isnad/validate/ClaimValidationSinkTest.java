package org.isnad.validate;

import static org.isnad.validate.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.isnad.vocab.Vocab;
import org.junit.jupiter.api.Test;

class ClaimValidationSinkTest {
    private static final String K2 = "9e8d7c6b5a493827";

    /** The fixture article under another key, as a second article of the same run. */
    private static DatasetGraph secondArticle() {
        DatasetGraph out = DatasetGraphFactory.create();
        valid().find().forEachRemaining(q -> out.add(rekey(q.getGraph()), rekey(q.getSubject()),
                q.getPredicate(), rekey(q.getObject())));
        return out;
    }

    private static Node rekey(Node n) {
        return n.isURI() && n.getURI().contains(K) ? NodeFactory.createURI(n.getURI().replace(K, K2)) : n;
    }

    /** Two articles, each broken in its own way, plus a stray default-graph triple. */
    private static DatasetGraph brokenRun() {
        DatasetGraph d = valid();
        set(d, PROVENANCE, EVENT_CLAIM, Vocab.confidence, decimal("1.5"));
        d.deleteAny(STATEMENT_CLAIM, STATEMENT, Vocab.rdfValue, Node.ANY);
        DatasetGraph second = secondArticle();
        second.deleteAny(rekey(EVENT_CLAIM), rekey(EVENT), Vocab.semHasActor, Node.ANY);
        second.deleteAny(rekey(EVENT_CLAIM), rekey(EVENT), Vocab.target, Node.ANY);
        second.deleteAny(rekey(EVENT_CLAIM), rekey(EVENT), Vocab.semHasPlace, Node.ANY);
        second.deleteAny(rekey(PROVENANCE), rekey(STATEMENT_CLAIM), Vocab.reportedBy, Node.ANY);
        second.find().forEachRemaining(d::add);
        d.getDefaultGraph().add(EVENT, Vocab.rdfsLabel, NodeFactory.createLiteralString("stray"));
        return d;
    }

    /** Quads in the order convert writes them: article by article. */
    private static List<Quad> inArticleOrder(DatasetGraph d) {
        List<Quad> quads = new ArrayList<>();
        d.find().forEachRemaining(quads::add);
        quads.sort(Comparator.comparing((Quad q) -> q.isDefaultGraph() ? "" : String.valueOf(ArticleKeys.of(q.getGraph())))
                .thenComparing(q -> q.getGraph().toString()));
        return quads;
    }

    private static List<String> comparable(ValidationResult r) {
        return r.violations().stream()
                .map(v -> v.claimIri() + " | " + v.focusNode() + " | " + v.path() + " | " + v.sourceShape() + " | " + v.message())
                .sorted().toList();
    }

    @Test
    void theSinkFindsWhatTheFileValidatorFinds() {
        DatasetGraph run = brokenRun();
        ValidationResult whole = validator().validate(run);
        assertTrue(whole.violations().size() >= 5, whole.violations().toString());

        ClaimValidationSink sink = new ClaimValidationSink(validator(), StreamRDFLib.sinkNull());
        sink.start();
        inArticleOrder(run).forEach(sink::quad);
        sink.finish();
        ValidationResult streamed = sink.result();

        assertEquals(comparable(whole), comparable(streamed));
        assertEquals(whole.claimsChecked(), streamed.claimsChecked());
        assertEquals(4, streamed.claimsChecked());
    }

    @Test
    void everyQuadReachesDownstreamUnchangedAndInOrder() {
        List<Quad> received = new ArrayList<>();
        int[] finished = {0};
        StreamRDF downstream = new org.apache.jena.riot.system.StreamRDFBase() {  // records what the next stage sees
            @Override public void quad(Quad quad) { received.add(quad); }
            @Override public void finish() { finished[0]++; }
        };
        List<Quad> sent = inArticleOrder(brokenRun());
        ClaimValidationSink sink = new ClaimValidationSink(validator(), downstream);
        sink.start();
        sent.forEach(sink::quad);
        sink.finish();
        assertEquals(sent, received);
        assertEquals(1, finished[0]);
    }

    @Test
    void aValidRunConformsWhenStreamed() {
        DatasetGraph d = valid();
        secondArticle().find().forEachRemaining(d::add);
        ClaimValidationSink sink = new ClaimValidationSink(validator(), StreamRDFLib.sinkNull());
        sink.start();
        inArticleOrder(d).forEach(sink::quad);
        sink.finish();
        assertTrue(sink.result().conforms(), sink.result().violations().toString());
        assertEquals(4, sink.result().claimsChecked());
    }

    @Test
    void articleKeysAreReadFromBothKindsOfGraphName() {
        assertEquals(K, ArticleKeys.of(PROVENANCE));
        assertEquals(K, ArticleKeys.of(EVENT_CLAIM));
        assertNull(ArticleKeys.of(Vocab.REFERENCE_GRAPH));
    }
}
