package org.isnad.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.isnad.store.link.BlockIndex;
import org.isnad.store.link.EventFamilies;
import org.isnad.store.link.LinkableClaim;
import org.isnad.store.link.PlaceScope;
import org.isnad.vocab.Vocab;

/**
 * Links event claims of different articles that fit one event: compatible types (equal, or a bare
 * "Attack" and a violent type), overlapping dates precise to a week or better, and one place within the
 * other, at district level or finer. The links are isnad's own reading, not any outlet's, so they go in a
 * graph of their own: a claim is never merged, and each keeps its provenance. Within one article the
 * extractor links claims itself.
 *
 * <p>Claims dated only to a month, a year or a period, or placed no finer than a governorate, stay
 * unlinked: such a claim could be any of many incidents, and linking it pairs it with every report of
 * its kind in a whole governorate or month, which is noise, and grows with the square of the store
 * (1,500 articles made 1.8 M links that way). See {@link LinkableClaim}.
 *
 * <p>How it scales: each linkable claim is filed in the store under block keys (event family, district,
 * ISO week; {@link BlockIndex}). After each batch of a load, only the batch's claims are filed and
 * compared with the claims under their keys, so the work grows with the batch and the size of its
 * blocks, never with the store; the claims the batch removed lose their links and keys first.
 */
public final class SameEventLinker {

    /** The graph the cross-article links live in. */
    public static final String LINKS_GRAPH = Vocab.ID + "graph/same-event-links";

    private static final Node LINKS = NodeFactory.createURI(LINKS_GRAPH);

    /** Claims linked per write transaction by {@link #linkAll}, to keep each transaction small. */
    private static final int CLAIMS_PER_TRANSACTION = 20_000;

    private SameEventLinker() {}

    /** The links as a load step: the batch's claims against the store, never every link again. */
    public static final AfterLoad STEP = SameEventLinker::linkBatch;

    /** Call inside the write transaction that loaded the batch. */
    public static void linkBatch(DatasetGraph dsg, LoadedBatch batch) {
        BlockIndex index = new BlockIndex(dsg);
        for (Node c : batch.removedClaims()) unlink(dsg, index, c);
        link(dsg, index, eventClaims(dsg, batch.provenanceGraphs()));
    }

    /**
     * Drops every link and block key and computes them again for every claim of the store, a chunk of
     * claims per write transaction, each chunk linked against the chunks before it as a load's batches
     * are: for a store loaded with {@code --no-link}. Manages its own transactions; returns the links made
     * (each pair once).
     */
    public static long linkAll(DatasetGraph dsg) {
        List<Node> claims = Txn.calculateWrite(dsg, () -> {
            dsg.removeGraph(LINKS);
            new BlockIndex(dsg).clear();
            List<Node> all = new ArrayList<>();
            dsg.find(Node.ANY, Node.ANY, Vocab.rdfType, Vocab.EventClaim).forEachRemaining(q -> all.add(q.getSubject()));
            return all;
        });
        for (int from = 0; from < claims.size(); from += CLAIMS_PER_TRANSACTION) {
            List<Node> chunk = claims.subList(from, Math.min(claims.size(), from + CLAIMS_PER_TRANSACTION));
            Txn.executeWrite(dsg, () -> link(dsg, new BlockIndex(dsg), chunk));
        }
        return Txn.calculateRead(dsg, () -> Iter.count(dsg.find(LINKS, Node.ANY, Vocab.sameEventAs, Node.ANY)) / 2);
    }

    private static List<Node> eventClaims(DatasetGraph dsg, Collection<Node> provenanceGraphs) {
        List<Node> claims = new ArrayList<>();
        for (Node prov : provenanceGraphs)
            dsg.find(prov, Node.ANY, Vocab.rdfType, Vocab.EventClaim).forEachRemaining(q -> claims.add(q.getSubject()));
        return claims;
    }

    /** Files {@code claims} under their keys, then links each with the claims filed under the same keys. */
    private static void link(DatasetGraph dsg, BlockIndex index, List<Node> claims) {
        EventFamilies families = EventFamilies.of(dsg);
        PlaceScope places = new PlaceScope(dsg);
        // every claim read once per batch, however many blocks it shares with the batch's claims
        Map<Node, Optional<LinkableClaim>> read = new HashMap<>();
        Map<LinkableClaim, Set<String>> filed = new LinkedHashMap<>();
        for (Node c : claims) {
            unlink(dsg, index, c);   // a claim filed or linked before (e.g. by an older isnad) starts afresh
            Optional<LinkableClaim> lc = LinkableClaim.read(dsg, c, places);
            read.put(c, lc);
            lc.ifPresent(l -> {
                Set<String> keys = l.blockKeys(families);
                index.file(c, keys);
                filed.put(l, keys);
            });
        }
        for (var entry : filed.entrySet()) {
            LinkableClaim mine = entry.getKey();
            Set<Node> seen = new HashSet<>();
            for (String key : entry.getValue())
                for (Node other : index.claimsUnder(key)) {
                    if (!seen.add(other)) continue;
                    Optional<LinkableClaim> theirs = read.computeIfAbsent(other, n -> LinkableClaim.read(dsg, n, places));
                    if (theirs.isPresent() && mine.sameEventAs(theirs.get(), families)) {
                        dsg.add(LINKS, mine.claim(), Vocab.sameEventAs, other);
                        dsg.add(LINKS, other, Vocab.sameEventAs, mine.claim());
                    }
                }
        }
    }

    /** Removes {@code claim}'s links, both ways, and its block keys. */
    private static void unlink(DatasetGraph dsg, BlockIndex index, Node claim) {
        List<Node> linked = new ArrayList<>();
        dsg.find(LINKS, claim, Vocab.sameEventAs, Node.ANY).forEachRemaining(q -> linked.add(q.getObject()));
        for (Node o : linked) dsg.delete(LINKS, o, Vocab.sameEventAs, claim);
        if (!linked.isEmpty()) dsg.deleteAny(LINKS, claim, Vocab.sameEventAs, Node.ANY);
        index.forget(claim);
    }
}
