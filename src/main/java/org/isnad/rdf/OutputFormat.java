package org.isnad.rdf;

/** What {@code isnad convert} writes. */
public enum OutputFormat {
    /** TriG, streamed: one block per graph. The default. */
    trig,
    /** N-Quads, streamed: one quad per line, the form to sort and diff. */
    nq,
    /** JSON-LD of the whole dataset (named graphs kept); built in memory, not streamed. */
    jsonld,
    /** Turtle of the union of all graphs: loses which graph a triple sat in, for tools that read no quads. */
    ttl,
    /** The claims JSON: one object per claim, for scripts. */
    json,
    /** The events table: one CSV row per event claim (UTF-8 with a BOM), for spreadsheets, pandas and R. */
    csv
}
