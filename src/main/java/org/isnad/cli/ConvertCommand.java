package org.isnad.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.isnad.extract.Lexicon;
import org.isnad.ingest.ArticleOverrides;
import org.isnad.BadInputException;
import org.isnad.rdf.AtomicOutput;
import org.isnad.rdf.ClaimSink;
import org.isnad.rdf.OutputFormat;
import org.isnad.rdf.RdfSinks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "convert",
        mixinStandardHelpOptions = true,
        description = {
            "Reads Arabic news articles and writes their claims as RDF (or the claims JSON).",
            "",
            "Each claim is a named graph; its provenance (article, outlet, who reported it, date, evidence",
            "with offsets, confidence) sits in the article's provenance graph.",
            "",
            "An input is a UTF-8 text file, optionally starting with a header block:",
            "  url: https://…",
            "  outlet: SY24",
            "  published: 2022-08-24",
            "  title: …",
            "  ---",
            "A directory is read for *.txt files. Without a publication date, relative dates",
            "(\"أمس\", \"الجاري\") stay unresolved: no date is guessed.",
            "",
            "Examples:",
            "  isnad convert --published 2022-08-24 --outlet SY24 article.txt",
            "  isnad convert --format json -o claims.json examples/",
            "  isnad convert --format nq examples/ | sort > claims.nq"},
        footer = {"", "Exit codes: 0 ok, 2 usage error, 3 an input could not be read (named on stderr; the others are still converted)."})
public final class ConvertCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--url", paramLabel = "U", description = "The article's URL (overrides the header).")
    String url;

    @Option(names = "--outlet", paramLabel = "O", description = "The outlet that published it, e.g. SY24 (overrides the header).")
    String outlet;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date; relative dates resolve against it.")
    LocalDate published;

    @Option(names = "--title", paramLabel = "T", description = "The headline (overrides the header and the first line).")
    String title;

    @Option(names = {"-f", "--format"}, paramLabel = "FMT", defaultValue = "trig",
            description = "trig (default), nq, jsonld, ttl (union of all graphs) or json (claims JSON).")
    OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here (atomically) instead of to standard output.")
    Path output;

    @Option(names = "--reference", paramLabel = "PATH",
            description = "Reference data (ontology, gazetteer, lexicons): a directory of .ttl files or one file; repeatable. Default: ontology/.")
    List<Path> reference = new ArrayList<>();

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Article files or directories.")
    List<Path> inputs;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Lexicon lexicon;
        try {
            lexicon = Conversion.loadLexicon(reference);
        } catch (BadInputException e) {
            err.println("isnad convert: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        Conversion conversion = new Conversion(lexicon);
        ArticleOverrides overrides = new ArticleOverrides(url, outlet, published, title);
        Conversion.Summary summary;
        if (output == null) {
            OutputStream out = System.out;
            ClaimSink sink = RdfSinks.forFormat(format, out, conversion.mapper(), lexicon, s -> s);
            summary = conversion.run(inputs, overrides, sink, err);
            out.flush();
        } else {
            try (AtomicOutput file = new AtomicOutput(output)) {
                ClaimSink sink = RdfSinks.forFormat(format, file.stream(), conversion.mapper(), lexicon, s -> s);
                summary = conversion.run(inputs, overrides, sink, err);
                if (summary.articles() > 0) file.commit();
            }
        }
        err.printf("isnad convert: %d article(s), %d claim(s)%s%n", summary.articles(), summary.claims(),
                summary.failed() > 0 ? ", " + summary.failed() + " failed" : "");
        err.flush();
        return summary.failed() > 0 ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }
}
