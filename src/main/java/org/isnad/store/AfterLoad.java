package org.isnad.store;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * A step the store runs after each batch of a load, once the batch's quads are in: keeping what isnad
 * derives from the claims (the cross-article same-event links, an event summary for the pages) in step
 * with them. Steps see only the batch, so their work grows with what was loaded, not with the store.
 * Called inside a write transaction on {@code dsg}.
 */
public interface AfterLoad {

    void apply(DatasetGraph dsg, LoadedBatch batch);
}
