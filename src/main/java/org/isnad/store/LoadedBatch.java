package org.isnad.store;

import java.util.Set;
import org.apache.jena.graph.Node;

/**
 * What one batch of a load changed, for the {@link AfterLoad} steps.
 *
 * @param provenanceGraphs the provenance graphs ({@code …/article/K/provenance}) the batch wrote, one per
 *                         new or changed article; an article reloaded unchanged is not among them, as
 *                         nothing derived from it needs redoing
 * @param removedClaims    claim graphs dropped because their article came again changed (a claim that is
 *                         still in the new version is also among the batch's claims again)
 */
public record LoadedBatch(Set<Node> provenanceGraphs, Set<Node> removedClaims) {

    public LoadedBatch {
        provenanceGraphs = Set.copyOf(provenanceGraphs);
        removedClaims = Set.copyOf(removedClaims);
    }
}
