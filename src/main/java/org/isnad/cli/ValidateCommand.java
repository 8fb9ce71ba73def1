package org.isnad.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.isnad.validate.ClaimGraphValidator;
import org.isnad.validate.RdfFiles;
import org.isnad.validate.ValidationCollector;
import org.isnad.validate.ValidationResult;
import org.isnad.validate.Violation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isnad validate}: checks converted RDF against the SHACL shapes, claim by claim. */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        versionProvider = IsnadCommand.Version.class,
        description = {
            "Checks isnad RDF against the SHACL shapes, one claim at a time.",
            "",
            "For each claim graph it takes the claim's triples and what the article's provenance graph says "
                + "about that claim (reports, article, outlet, evidence spans, extraction run), and checks that "
                + "the claim says who reported it, where it was read and how sure isnad is, and that its event "
                + "or statement is well formed. It also reports claim graphs that no provenance graph declares, "
                + "and any triple in the default graph.",
            "",
            "Files are read by their extension: .trig or .nq (.ttl and .nt are accepted but can only hold a "
                + "default graph)."},
        footer = {"",
            "Nothing is printed on stdout when every claim conforms. Otherwise each problem is a block of "
                + "lines (file, claim, focus, path, message, shape), grouped by claim. A one-line summary goes "
                + "to stderr.",
            "",
            "Examples:",
            "  isnad validate out/articles.trig",
            "  isnad validate --report report.ttl out/*.nq",
            "  isnad validate --shapes my-shapes/ out/articles.trig",
            "",
            "Exit codes: 0 every claim conforms, 1 some do not, 2 usage error, 3 a file or a shapes file could "
                + "not be read (the message names it; the other files are still checked)."})
public final class ValidateCommand implements Callable<Integer> {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "RDF files written by 'isnad convert' (TriG or N-Quads).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--report", paramLabel = "FILE",
            description = "Also write the standard SHACL validation report (sh:ValidationReport) as Turtle to FILE.")
    Path report;

    @Option(names = "--shapes", paramLabel = "DIR",
            description = {"Validate against the shapes in DIR: every *.ttl there except reference.ttl.",
                "Default: ./shapes when it exists, else the shapes built into isnad."})
    Path shapesDir;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();

        ClaimGraphValidator validator;
        try {
            validator = shapesDir != null
                    ? ClaimGraphValidator.fromDirectory(shapesDir)
                    : ClaimGraphValidator.fromClasspathOrDirectory(Path.of("shapes"));
        } catch (ClaimGraphValidator.ShapesException e) {
            err.println("isnad validate: shapes: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }

        ValidationCollector all = new ValidationCollector();
        boolean badInput = false;
        int filesChecked = 0;
        for (Path file : files) {
            DatasetGraph dsg;
            try {
                dsg = RdfFiles.read(file);
            } catch (RdfFiles.BadFileException e) {
                err.println("isnad validate: " + e.getMessage());
                badInput = true;
                continue;
            }
            filesChecked++;
            int before = all.violationCount();
            validator.validate(dsg, all);
            List<Violation> found = all.violations();
            print(out, file, found.subList(before, found.size()));
        }
        out.flush();

        ValidationResult result = all.result();
        if (report != null) {
            try {
                writeReport(report, result.reportGraph());
            } catch (IOException e) {
                err.println("isnad validate: cannot write report " + report + ": " + e.getMessage());
                badInput = true;
            }
        }
        err.printf("isnad validate: %d file%s, %d claim%s, %d violation%s%n",
                filesChecked, filesChecked == 1 ? "" : "s",
                result.claimsChecked(), result.claimsChecked() == 1 ? "" : "s",
                result.violations().size(), result.violations().size() == 1 ? "" : "s");
        err.flush();
        if (badInput)
            return ExitCodes.BAD_INPUT;
        return result.conforms() ? ExitCodes.OK : ExitCodes.VALIDATION_FAILED;
    }

    private static void print(PrintWriter out, Path file, List<Violation> violations) {
        String lastClaim = null;
        for (Violation v : violations) {
            // a blank line between claims, so a reader sees where one claim's problems end
            if (lastClaim != null && !Objects.equals(lastClaim, v.claimIri()))
                out.println();
            lastClaim = v.claimIri();
            out.println("file     " + file);
            out.println("claim    " + (v.claimIri() == null ? "(default graph)" : "<" + v.claimIri() + ">"));
            out.println("focus    " + node(v.focusNode()));
            out.println("path     " + (v.path() == null ? "-" : v.path()));
            out.println("message  " + v.message());
            out.println("shape    " + shape(v.sourceShape()));
            out.println();
        }
    }

    private static String shape(Node n) {
        if (n != null && n.isURI() && n.getURI().startsWith(ClaimGraphValidator.SHAPES_NS))
            return "shape:" + n.getURI().substring(ClaimGraphValidator.SHAPES_NS.length());
        return node(n);
    }

    private static String node(Node n) {
        if (n == null)
            return "-";
        if (n.isURI())
            return "<" + n.getURI() + ">";
        if (n.isBlank())
            return "_:" + n.getBlankNodeLabel();
        return n.toString();
    }

    /** Written beside the target, then moved, so a reader never sees half a report. */
    static void writeReport(Path target, Graph reportGraph) throws IOException {
        Path abs = target.toAbsolutePath();
        Path tmp = Files.createTempFile(abs.getParent(), abs.getFileName().toString(), ".tmp");
        try {
            try (OutputStream os = Files.newOutputStream(tmp)) {
                RDFDataMgr.write(os, reportGraph, Lang.TURTLE);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
