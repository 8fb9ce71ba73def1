package org.isnad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.isnad.extract.Lexicon;
import org.isnad.ingest.ArticleOverrides;
import org.isnad.ingest.Encodings;
import org.isnad.ingest.ReadOptions;
import org.isnad.BadInputException;
import org.isnad.rdf.OutputFormat;
import org.isnad.rdf.RdfSinks;
import org.isnad.validate.ClaimGraphValidator;
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
            "Inputs, recognised by content and extension:",
            "  a text file, optionally starting with a header block:",
            "    url: https://…",
            "    outlet: SY24",
            "    published: 2022-08-24",
            "    title: …",
            "    ---",
            "  an HTML page (.html): headline, date, canonical URL and outlet from its metadata,",
            "    the article body without menus, share buttons and related-article lists;",
            "  JSON Lines (.jsonl), one article per line: url, outlet, published, title, and text or html;",
            "  a web archive (.warc, .warc.gz): every text/html response with status 200;",
            "  a directory (read recursively), or - for standard input.",
            "Encodings: UTF-8 (with or without BOM), UTF-16 with a BOM, and what a page declares;",
            "other bytes need --encoding (windows-1256, ISO-8859-6, …) or --encoding auto.",
            "Without a publication date, relative dates (\"أمس\", \"الجاري\") stay unresolved.",
            "",
            "Articles are converted on --threads worker threads (default: all cores) and written by one",
            "writer in input order: the output is the same, byte for byte, whatever the number of threads.",
            "TriG, N-Quads, the claims JSON and CSV stream in flat memory; JSON-LD and Turtle are built",
            "in memory (JSON-LD is one document, Turtle the union of all graphs).",
            "",
            "--validate checks each article's claims against the SHACL shapes before it is written: an",
            "article whose output fails is not written, is named on stderr with its violations (and in",
            "--errors FILE), and the run exits 1.",
            "",
            "One bad article costs only itself: it is named on stderr with its reason (and in",
            "--errors FILE), the run goes on and exits 3. The same article seen twice (same URL,",
            "or same text from the same outlet) is converted once; from two outlets it is two reports.",
            "",
            "-o (and --errors) follow a symbolic link, write straight to a pipe or device, and refuse",
            "a directory or an input of the run. A write that fails (full disk, closed pipe) exits 3.",
            "",
            "Examples:",
            "  isnad convert --published 2022-08-24 --outlet SY24 article.txt",
            "  isnad convert --format json -o claims.json examples/",
            "  isnad convert -o claims.trig --errors failed.jsonl crawl.warc.gz scraped.jsonl",
            "  isnad convert --format nq examples/ | sort > claims.nq"},
        footer = {"", "Exit codes: 0 ok, 1 (with --validate) some article's output failed the shapes and was not written,",
            "2 usage error, 3 some article could not be read (each named on stderr; the others are still",
            "converted) or the output could not be written; 3 wins over 1."})
public final class ConvertCommand implements Callable<Integer> {

    /** More would only queue: the work is CPU-bound. */
    static final int MAX_THREADS = 256;

    @Spec CommandSpec spec;

    @Option(names = "--url", paramLabel = "U", description = "The article's URL (overrides the header).")
    String url;

    @Option(names = "--outlet", paramLabel = "O", description = "The outlet that published it, e.g. SY24 (overrides the header).")
    String outlet;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", converter = IsoDate.class, description = "Publication date; relative dates resolve against it.")
    LocalDate published;

    @Option(names = "--title", paramLabel = "T", description = "The headline (overrides the header and the first line).")
    String title;

    @Option(names = {"-f", "--format"}, paramLabel = "FMT", defaultValue = "trig",
            description = "trig (default), nq, jsonld, ttl (union of all graphs), json (claims JSON) or csv (events table).")
    OutputFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of to standard output: a file is replaced only when the run ends; a pipe or device is written to.")
    Path output;

    @Option(names = "--reference", paramLabel = "PATH",
            description = "Reference data (ontology, gazetteer, lexicons): a directory of .ttl files or one file; repeatable. Default: ontology/.")
    List<Path> reference = new ArrayList<>();

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "Encoding of inputs that do not declare one: e.g. windows-1256, ISO-8859-6, UTF-16LE, or auto (guess).")
    String encoding;

    @Option(names = "--max-article-bytes", paramLabel = "N", defaultValue = "2097152",
            description = "Refuse an article whose text is over N bytes (UTF-8); default ${DEFAULT-VALUE} (2 MB), at most 134217727.")
    long maxArticleBytes;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Write each failed article as a JSON line {file, record, reason} to FILE.")
    Path errors;

    @Option(names = "--progress-every", paramLabel = "N", defaultValue = "1000",
            description = "When stderr is not a terminal, a progress line every N articles (0: none). Default ${DEFAULT-VALUE}.")
    int progressEvery;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads that extract, map, validate and encode articles (default: all cores).")
    Integer threads;

    @Option(names = "--extractor", paramLabel = "NAME", defaultValue = Extractors.DEFAULT,
            description = "The extractor that reads the claims (default: ${DEFAULT-VALUE}); llm: a language model behind"
                    + " an OpenAI-compatible endpoint, set by ISNAD_LLM_ENDPOINT (README).")
    String extractorName = Extractors.DEFAULT;

    @Option(names = "--validate",
            description = "Check each article's output against the claim shapes; an article that fails is not written (exit 1).")
    boolean validate;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Article files, directories, or - for standard input.")
    List<Path> inputs;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Lexicon lexicon;
        try {
            lexicon = LexiconPreload.lexicon(reference);
        } catch (BadInputException e) {
            err.println("isnad convert: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        Encodings.Choice enc;
        try {
            enc = Encodings.Choice.parse(encoding);
        } catch (IllegalArgumentException e) {
            err.println("isnad convert: --encoding: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (maxArticleBytes <= 0 || maxArticleBytes > ReadOptions.MAX_ARTICLE_BYTES) {
            err.println("isnad convert: --max-article-bytes must be between 1 and " + ReadOptions.MAX_ARTICLE_BYTES
                    + " (a page may be 16 times its text, and is read whole into memory)");
            return ExitCodes.USAGE;
        }
        if ((url != null || title != null) && Conversion.expand(inputs).size() > 1) {
            // the URL is the article's identity: given to several articles it would make them one
            err.println("isnad convert: --url and --title name one article; give them with one input file");
            return ExitCodes.USAGE;
        }
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (workers < 1 || workers > MAX_THREADS) {
            err.println("isnad convert: --threads must be between 1 and " + MAX_THREADS);
            return ExitCodes.USAGE;
        }
        ClaimGraphValidator validator;
        try {
            validator = validate ? ClaimGraphValidator.fromClasspathOrDirectory(null) : null;
        } catch (ClaimGraphValidator.ShapesException e) {
            err.println("isnad convert: --validate: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        org.isnad.extract.Extractor extractor = Extractors.createOrSay(extractorName, lexicon, err, "isnad convert");
        if (extractor == null) return ExitCodes.USAGE;
        Conversion conversion = new Conversion(lexicon, extractor);
        ArticleOverrides overrides = new ArticleOverrides(url, outlet, published, title);
        ReadOptions options = new ReadOptions(overrides, enc, maxArticleBytes, LocalDate.now(), lexicon.boilerplateLines());
        Progress progress = Progress.on(err, progressEvery);
        List<Path> inputFiles = inputFiles();
        Conversion.Summary summary;
        try (Output out = output == null ? Output.stdout() : Output.open("-o", output, inputFiles);
             ErrorReport report = ErrorReport.to(errors, inputFiles, output)) {
            ConversionOutput sink = new ConversionOutput(RdfSinks.forFormat(format, conversion.mapper(), lexicon), out::stream);
            summary = conversion.run(inputs, options, sink, validator, workers, err, report, progress);
            // nothing converted: no output file (standard output has had nothing)
            if (summary.articles() > 0 || output == null) out.commit();
            report.commit();
        }
        err.printf("isnad convert: %d article(s), %d claim(s)%s%s%s%s%n", summary.articles(), summary.claims(),
                summary.failed() > 0 ? ", " + summary.failed() + " failed" : "",
                summary.invalid() > 0 ? " (" + summary.invalid() + " failing the shapes)" : "",
                summary.duplicates() > 0 ? ", " + summary.duplicates() + " duplicate(s) skipped" : "",
                summary.headlines());
        if (summary.articles() + summary.failed() + summary.duplicates() == 0) {
            err.println("isnad convert: no article found in " + inputs
                    + " (articles are .txt, .html, .jsonl, .warc or .warc.gz files)");
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        err.flush();
        if (summary.failed() > summary.invalid()) return ExitCodes.BAD_INPUT;
        return summary.invalid() > 0 ? ExitCodes.VALIDATION_FAILED : ExitCodes.OK;
    }

    /** What this run reads, so that no output is written over it: the inputs named and the files under them. */
    private List<Path> inputFiles() {
        List<Path> named = new ArrayList<>(inputs);
        named.removeIf(p -> p.toString().equals("-"));
        List<Path> all = new ArrayList<>(named);
        all.addAll(Conversion.expand(named));
        all.addAll(reference);
        return all;
    }
}
