package org.isnad.store;

import org.isnad.BadInputException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;

/**
 * Runs one SPARQL query against the store in a read transaction and writes the result.
 *
 * <p>The dataset is queried as TDB2 keeps it, without unionDefaultGraph: claims, provenance and reference
 * data are in named graphs, so queries reach them with {@code GRAPH}; the event summary is in the default
 * graph. SELECT and ASK results are written
 * in the chosen {@link Format}; CONSTRUCT and DESCRIBE results are always written as Turtle.
 */
public final class QueryRunner {
    private QueryRunner() {}

    /** Result formats for SELECT and ASK. Lower case because users type them. */
    public enum Format { table, csv, tsv, json }

    /** Reads and parses a query file (SPARQL 1.1 with ARQ extensions). */
    public static Query parse(Path queryFile) throws BadInputException {
        if (!Files.isRegularFile(queryFile))
            throw new BadInputException(queryFile, "no such query file");
        String text;
        try {
            text = Files.readString(queryFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(queryFile, "cannot read: " + e.getMessage(), e);
        }
        try {
            return QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            throw new BadInputException(queryFile, "not a SPARQL query: " + e.getMessage(), e);
        }
    }

    /**
     * Runs {@code query} and writes the result to {@code out}.
     *
     * @return the number of result rows (SELECT), 1 or 0 (ASK), or the number of triples (CONSTRUCT, DESCRIBE)
     */
    public static long run(ClaimStore store, Query query, Format format, OutputStream out) {
        return run(store, query, format, out, 0);
    }

    /**
     * As {@link #run(ClaimStore, Query, Format, OutputStream)}, stopped after {@code timeoutMillis} (0: never)
     * with Jena's {@link org.apache.jena.query.QueryCancelledException}.
     */
    public static long run(ClaimStore store, Query query, Format format, OutputStream out, long timeoutMillis) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            var builder = QueryExecution.create().query(query).dataset(DatasetFactory.wrap(store.datasetGraph()));
            if (timeoutMillis > 0) builder.timeout(timeoutMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
            try (QueryExecution qe = builder.build()) {
                if (query.isSelectType()) {
                    ResultSet rs = qe.execSelect();
                    switch (format) {
                        case csv -> ResultSetFormatter.outputAsCSV(out, rs);
                        case tsv -> ResultSetFormatter.outputAsTSV(out, rs);
                        case json -> ResultSetFormatter.outputAsJSON(out, rs);
                        case table -> ResultSetFormatter.out(out, rs, query.getPrologue());
                    }
                    return (long) rs.getRowNumber();
                }
                if (query.isAskType()) {
                    boolean b = qe.execAsk();
                    switch (format) {
                        case csv -> ResultSetFormatter.outputAsCSV(out, b);
                        case tsv -> ResultSetFormatter.outputAsTSV(out, b);
                        case json -> ResultSetFormatter.outputAsJSON(out, b);
                        case table -> ResultSetFormatter.out(out, b);
                    }
                    return b ? 1L : 0L;
                }
                Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                RDFDataMgr.write(out, m, RDFFormat.TURTLE_PRETTY);
                return m.size();
            }
        });
    }
}
