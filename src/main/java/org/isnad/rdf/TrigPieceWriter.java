package org.isnad.rdf;

import java.io.OutputStream;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.writer.WriterStreamRDFBlocks;
import org.apache.jena.sparql.util.Context;

/**
 * Jena's streaming TriG writer for one article's piece of a longer output: it knows isnad's prefixes, and
 * abbreviates with them, without printing them again (the output's preamble has them once).
 */
final class TrigPieceWriter extends WriterStreamRDFBlocks {

    TrigPieceWriter(OutputStream out, PrefixMap prefixes) {
        super(out, Context.emptyContext());
        prefixes.forEach((prefix, iri) -> {
            pMap.add(prefix, iri);
            prefixSetup(prefix, iri);
            // as prefix() does: with rdf: declared, Jena writes rdf:type rather than "a"
            if (org.apache.jena.vocabulary.RDF.getURI().equals(iri)) countPrefixesForRDF++;
        });
    }
}
