package org.isnad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.isnad.validate.ClaimGraphValidator;
import org.isnad.validate.FileValidator;
import org.isnad.validate.JUnitReport;
import org.isnad.validate.RdfFiles;
import org.isnad.validate.ReferenceDataValidator;
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
            "Files are read by their extension: .trig, .nq, .ttl or .nt. A Turtle file can only hold a default "
                + "graph: when it describes places, actors or outlets (reference data such as ontology/places.ttl, "
                + "edited by hand) it is checked against the reference shapes (reference.ttl in the shapes "
                + "directory); otherwise its triples are reported as attributed to no one.",
            "",
            "Each file is read as a stream, one article at a time, so memory does not grow with the file. Quads not "
                + "grouped by article (sorted N-Quads) are grouped through temporary files first: slower, same report."},
        footer = {"",
            "With --format text, nothing is printed on stdout when every claim conforms. Otherwise each problem "
                + "is a block of lines (file, claim, focus, path, message, shape), grouped by claim. With --format "
                + "junit or turtle, the whole report is printed at the end, conforming or not. A one-line summary "
                + "goes to stderr.",
            "",
            "Examples:",
            "  isnad validate out/articles.trig",
            "  isnad validate --report report.ttl out/*.nq",
            "  isnad validate --shapes my-shapes/ out/articles.trig",
            "  isnad validate --format junit data/*.trig > isnad-validation.xml   # for CI",
            "  isnad validate ontology/places.ttl",
            "",
            "Exit codes: 0 every claim conforms, 1 some do not, 2 usage error, 3 a file or a shapes file could "
                + "not be read (the message names it; the other files are still checked)."})
public final class ValidateCommand implements Callable<Integer> {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "RDF files: TriG or N-Quads written by 'isnad convert' or by hand, or Turtle reference data.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--report", paramLabel = "FILE",
            description = "Also write the standard SHACL validation report (sh:ValidationReport) as Turtle to FILE.")
    Path report;

    /** What goes to standard output. Lower case because users type them. */
    public enum Format { text, turtle, junit }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = {"text: one block per violation (default); turtle: the SHACL validation report;",
                "junit: JUnit XML for CI, one test case per claim graph (or per file without claims),",
                "one <failure> per violation with focus node, path and message."})
    Format format;

    @Option(names = "--shapes", paramLabel = "DIR",
            description = {"Validate against the shapes in DIR: every *.ttl there except reference.ttl.",
                "Default: ./shapes when it exists, else the shapes built into isnad."})
    Path shapesDir;

    private ReferenceDataValidator referenceValidator;

    @Override public Integer call() throws IOException {
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
        // opened first: a report that cannot be written is said before the files are checked, not after
        try (Output reportFile = report == null ? null : Output.open("--report", report, files)) {
            return validate(out, err, validator, reportFile);
        }
    }

    private int validate(PrintWriter out, PrintWriter err, ClaimGraphValidator validator, Output reportFile) throws IOException {
        ValidationCollector all = new ValidationCollector();
        JUnitReport junit = new JUnitReport();
        FileValidator files = new FileValidator(validator, this::referenceValidator, format == Format.junit);
        boolean badInput = false;
        int filesChecked = 0;
        for (Path file : this.files) {
            FileValidator.Report found;
            try {
                found = files.validate(file);
            } catch (RdfFiles.BadFileException e) {
                err.println("isnad validate: " + e.getMessage());
                junit.badFile(file, e.getMessage());
                badInput = true;
                continue;
            } catch (ClaimGraphValidator.ShapesException e) {
                err.println("isnad validate: " + file + ": cannot check reference data: " + e.getMessage());
                junit.badFile(file, e.getMessage());
                badInput = true;
                continue;
            }
            filesChecked++;
            all.addAll(found.found());
            List<Violation> violations = found.found().violations();
            if (format == Format.text)
                print(out, file, violations);
            junit.file(file, found.claimNames(), List.copyOf(violations));
        }
        out.flush();

        ValidationResult result = all.result();
        if (format != Format.text) {
            // the formatters write bytes; picocli's writer is what callers and tests redirect
            java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
            if (format == Format.junit)
                junit.write(buf);
            else
                RDFDataMgr.write(buf, result.reportGraph(), Lang.TURTLE);
            out.print(buf.toString(java.nio.charset.StandardCharsets.UTF_8));
            out.flush();
        }
        if (reportFile != null) {
            RDFDataMgr.write(reportFile.stream(), result.reportGraph(), Lang.TURTLE);
            reportFile.commit();
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

    /** Loaded only when a file needs it: the reference shapes play no part in checking claims. */
    private ReferenceDataValidator referenceValidator() {
        if (referenceValidator == null)
            referenceValidator = ReferenceDataValidator.fromClasspathOrDirectory(
                    shapesDir != null ? shapesDir : Path.of("shapes"));
        return referenceValidator;
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
}
