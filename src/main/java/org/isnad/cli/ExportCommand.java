package org.isnad.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.isnad.BadInputException;
import org.isnad.store.ClaimStore;
import org.isnad.store.StoreExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code isnad export}: a claim store back out as a file, for other tools and for archiving. */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Writes everything in a claim store (claims, provenance, reference data) as RDF.",
            "",
            "  trig    TriG, one block per named graph, streamed (the default)",
            "  nq      N-Quads, one quad per line, streamed; sort it to diff two exports",
            "  jsonld  JSON-LD 1.1 with the named graphs, compacted with isnad's context",
            "          (ontology/context.jsonld, embedded in the output), built in memory",
            "  ttl     Turtle of the union of all graphs; which claim a triple belongs to",
            "          (so who says so) is lost, unless --rdf12 is given",
            "  csv     the events table: one row per event claim, the same rows as",
            "          'isnad convert --format csv' gives for the same articles",
            "",
            "--rdf12 writes one graph in RDF 1.2 instead of named graphs: each claim IRI",
            "reifies every triple of its claim,",
            "  claim:K-H rdf:reifies <<( event:K-H sem:hasPlace place:deir-ez-zor )>> ;",
            "            isnad:reportedBy source:K-centcom-statement .",
            "A triple term is not asserted: the output says that a claim reports the",
            "strike, not that the strike happened, as the named graphs do. Provenance",
            "and reference data are plain triples. Needs an RDF 1.2 reader (Jena 5.x);",
            "with --format ttl it is Turtle 1.2, with nq N-Triples 1.2."},
        footer = {"",
            "With -o the file is written under a temporary name and moved into place",
            "at the end, so a failed export never leaves half a file.",
            "",
            "Examples:",
            "  isnad export --store store/ -o dump.trig",
            "  isnad export --store store/ --format jsonld -o claims.jsonld",
            "  isnad export --store store/ --format ttl --rdf12 -o claims-rdf12.ttl",
            "  isnad export --store store/ --format csv -o events.csv",
            "",
            "Exit codes: 0 ok, 2 usage error, 3 no store, or the output or context cannot be written or read."})
public final class ExportCommand implements Callable<Integer> {

    /** Export formats. Lower case because users type them. */
    public enum Format { trig, nq, jsonld, ttl, csv }

    @Spec CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "Store directory made by 'isnad load'.")
    Path store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "trig",
            description = "trig, nq, jsonld, ttl or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Option(names = "--rdf12", description = "Claims as RDF 1.2 reifiers instead of named graphs (with --format ttl or nq).")
    boolean rdf12;

    @Option(names = "--context", paramLabel = "FILE",
            description = "JSON-LD context for --format jsonld (default: ontology/context.jsonld).")
    Path context;

    @Override public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (rdf12 && (format == Format.trig || format == Format.jsonld || format == Format.csv)) {
            err.println("isnad export: --rdf12 writes one graph: use --format ttl or --format nq");
            return ExitCodes.USAGE;
        }
        Path ctx = context != null ? context : ReferenceData.ontology().resolve("context.jsonld");
        if (format == Format.jsonld && !Files.isRegularFile(ctx)) {
            Path packaged = context == null ? packagedContext() : null;
            if (packaged == null) {
                err.println("isnad export: " + ctx + ": no JSON-LD context there; give one with --context FILE");
                return ExitCodes.BAD_INPUT;
            }
            ctx = packaged;
        }
        // picocli's writer is for text; RDF goes out as UTF-8 bytes
        try (ClaimStore cs = ClaimStore.openExisting(store);
             Output out = output == null ? Output.stdout() : Output.open("-o", output, List.of(ctx))) {
            write(cs, ctx, out.stream());
            out.commit();
            if (output != null) err.println("isnad export: wrote " + output);
            return ExitCodes.OK;
        } catch (BadInputException e) {
            err.println("isnad export: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (OutputException e) {
            err.println("isnad export: " + e.getMessage());
            return e.exitCode();
        } catch (IOException e) {
            err.println("isnad export: " + (output != null ? output + ": " : "") + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }

    private void write(ClaimStore cs, Path ctx, OutputStream out) throws IOException {
        var dsg = cs.datasetGraph();
        if (rdf12) {
            StoreExporter.writeRdf12(dsg, format == Format.ttl, out);
            out.flush();
            return;
        }
        switch (format) {
            case trig -> StoreExporter.writeQuads(dsg, true, out);
            case nq -> StoreExporter.writeQuads(dsg, false, out);
            case ttl -> StoreExporter.writeUnionTurtle(dsg, out);
            case jsonld -> StoreExporter.writeJsonLd(dsg, ctx, out);
            case csv -> StoreExporter.writeEventTable(dsg, out);
        }
        out.flush();
    }

    /** The context packaged in the jar (when the build puts it there), copied to a temporary file; else null. */
    private static Path packagedContext() {
        try (var in = ExportCommand.class.getResourceAsStream("/ontology/context.jsonld")) {
            if (in == null) return null;
            Path tmp = Files.createTempFile("isnad-context", ".jsonld");
            tmp.toFile().deleteOnExit();
            Files.copy(in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return tmp;
        } catch (IOException e) {
            return null;
        }
    }
}
