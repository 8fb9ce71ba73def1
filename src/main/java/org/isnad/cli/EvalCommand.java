package org.isnad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.isnad.eval.ArticleResult;
import org.isnad.eval.EvalReport;
import org.isnad.eval.Evaluator;
import org.isnad.eval.GoldClaim;
import org.isnad.eval.GoldFile;
import org.isnad.eval.Names;
import org.isnad.eval.PredictedClaim;
import org.isnad.eval.SentenceSet;
import org.isnad.extract.Extractor;
import org.isnad.extract.Lexicon;
import org.isnad.ingest.ArticleOverrides;
import org.isnad.BadInputException;
import org.isnad.rdf.ClaimsJson;
import org.isnad.rdf.ConvertedArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "eval",
        mixinStandardHelpOptions = true,
        description = {
            "Measures the extractor against gold files: an analyst's reading of each",
            "article, in YAML (format: README, and the header of the seed gold file).",
            "",
            "Each INPUT is converted as 'isnad convert --format json' would, and its",
            "claims are compared with the gold file whose article.file names it.",
            "A predicted event matches a gold event when",
            "  - the type agrees (gold \"Attack\" accepts any violent type; a foiled",
            "    gold event also accepts \"Disrupted weapons use\"),",
            "  - a place agrees (the gold place's Arabic words contain the predicted",
            "    place's Arabic name, or its English gloss names it; or neither side",
            "    has a place), and",
            "  - the dates overlap (gold \"unknown\" wants an unresolved date; a gold",
            "    phrase such as \"after E4 and E5\" is not checked).",
            "Pairs are assigned one to one, best first. With --dates scored the dates",
            "do not decide a match and are only scored on matched events, as the",
            "outside measurement of issue 10 reports them.",
            "",
            "Printed: per article, gold/predicted/matched events, precision, recall,",
            "F1, reported-by and date accuracy on matched events, statement F1; the",
            "micro-averaged total; per-field accuracy; missed gold events (and why)",
            "and extra predictions.",
            "",
            "Publication dates: relative dates (\"أمس\", \"الجاري\") resolve against",
            "the article's own header. A bare text without one (the seed article is",
            "such a text: its page shows no date) leaves them unresolved, and its",
            "events then miss every dated gold event. --published-from-gold gives",
            "such an article the gold's article.published instead. It is off by",
            "default because the gold then feeds the prediction: say so when you",
            "report a score obtained with it.",
            "",
            "Examples:",
            "  isnad eval --gold gold/ articles/",
            "  isnad eval --gold gold/ --published-from-gold --json scores.json a.txt",
            "  isnad eval --gold gold/ --min-f1 0.8 articles/    # CI: exit 1 below",
            "  isnad eval --gold gold/ --claims claims.json      # score a claims JSON",
            "  isnad eval --sentences src/test/resources/sentences/dev.tsv",
            "",
            "--sentences scores labelled single sentences instead (label TAB sentence;",
            "assault or protest): the share of assault sentences that give a violent",
            "event, of protest sentences that give a protest or riot, and how many give",
            "an event of the other family. --show-misses lists the sentences missed:",
            "use it on a development set only, never on a blind one."},
        footer = {"", "Exit codes: 0 ran, 1 event F1 below --min-f1, 2 usage error,",
            "3 a gold file or an input could not be read (named on stderr)."})
public final class EvalCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--sentences", paramLabel = "TSV", description = "Score labelled sentences (label TAB sentence) instead of gold articles.")
    List<Path> sentences = new ArrayList<>();

    @Option(names = "--show-misses", description = "With --sentences: print each sentence missed or confused.")
    boolean showMisses;

    @Option(names = "--gold", paramLabel = "DIR",
            description = "Directory of gold files (*.gold.yaml, read recursively), or one gold file.")
    Path gold;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the results as JSON here (atomically).")
    Path json;

    @Option(names = "--published-from-gold",
            description = "An article without a publication date of its own takes the gold file's article.published.")
    boolean publishedFromGold;

    @Option(names = "--min-f1", paramLabel = "X", description = "Exit 1 when the total event F1 is below X (0..1).")
    Double minF1;

    @Option(names = "--dates", paramLabel = "RULE", defaultValue = "required",
            description = "required (default): a match needs the dates to overlap; scored: dates are only scored on"
                    + " matched events, not required for a match.")
    String dates = "required";

    @Option(names = "--claims", paramLabel = "FILE",
            description = "Score this claims JSON (from 'isnad convert --format json') instead of converting INPUTs.")
    Path claims;

    @Option(names = "--reference", paramLabel = "PATH",
            description = "Reference data, as for convert (place names are compared through it). Default: ontology/.")
    List<Path> reference = new ArrayList<>();

    @Option(names = "--extractor", paramLabel = "NAME", defaultValue = Extractors.DEFAULT,
            description = "The extractor to score on the INPUTs (default: ${DEFAULT-VALUE}); llm: a language model behind"
                    + " an OpenAI-compatible endpoint, set by ISNAD_LLM_ENDPOINT (README).")
    String extractorName = Extractors.DEFAULT;

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Article files or directories (*.txt).")
    List<Path> inputs = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (!sentences.isEmpty()) return scoreSentences(out, err);
        if (gold == null) {
            err.println("isnad eval: give --gold DIR with article INPUTs, or --sentences TSV");
            err.println("Try 'isnad eval --help'.");
            return ExitCodes.USAGE;
        }
        if (dateRule() == null) {
            err.println("isnad eval: --dates must be 'required' or 'scored', not '" + dates + "'");
            return ExitCodes.USAGE;
        }
        if (minF1 != null && (minF1 < 0 || minF1 > 1)) {
            err.println("isnad eval: --min-f1 must be between 0 and 1, not " + minF1);
            return ExitCodes.USAGE;
        }
        if ((claims == null) == inputs.isEmpty()) {
            err.println("isnad eval: give article INPUTs to convert, or --claims FILE, not both or neither");
            err.println("Try 'isnad eval --help'.");
            return ExitCodes.USAGE;
        }
        Lexicon lexicon;
        Map<String, GoldFile> golds;
        try {
            lexicon = Conversion.loadLexicon(reference);
            golds = loadGold(gold, new Names(lexicon).eventTypeLabels());
        } catch (BadInputException e) {
            err.println("isnad eval: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }

        int failed = 0;
        Map<String, List<PredictedClaim>> predicted = new LinkedHashMap<>();
        if (claims != null) {
            try {
                for (PredictedClaim c : PredictedClaim.parse(claims.toString(), read(claims)))
                    predicted.computeIfAbsent(c.fileName(), k -> new ArrayList<>()).add(c);
            } catch (BadInputException e) {
                err.println("isnad eval: " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
        } else {
            Extractor extractor = Extractors.createOrSay(extractorName, lexicon, err, "isnad eval");
            if (extractor == null) return ExitCodes.USAGE;
            Conversion conversion = new Conversion(lexicon, extractor);
            List<Path> files;
            try {
                files = Conversion.expand(inputs);
            } catch (UncheckedIOException e) {
                err.println("isnad eval: cannot list the inputs: " + e.getCause().getMessage());
                return ExitCodes.BAD_INPUT;
            }
            for (Path f : files) {
                String name = f.getFileName().toString();
                GoldFile g = golds.get(name);
                if (g == null) {
                    err.println("isnad eval: " + f + ": no gold file names it (article.file); not scored");
                    continue;
                }
                try {
                    predicted.put(name, convert(conversion, lexicon, f, g, err));
                } catch (BadInputException e) {
                    failed++;
                    err.println("isnad eval: " + e.getMessage());
                } catch (org.isnad.extract.ExtractionException e) {
                    // the extractor's source failed on it (an endpoint, a malformed answer): named, scored as empty
                    failed++;
                    predicted.put(name, List.of());
                    err.println("isnad eval: " + (e.source() == null ? f + ": " : "") + e.getMessage() + "; scored as empty");
                } catch (RuntimeException e) {
                    // scored as an article with no prediction: a crash must not hide the rest of the table
                    failed++;
                    predicted.put(name, List.of());
                    err.println("isnad eval: " + f + ": could not be converted (internal error: " + e + "); scored as empty");
                }
            }
        }

        Evaluator evaluator = new Evaluator(new Names(lexicon), dateRule());
        List<ArticleResult> results = new ArrayList<>();
        for (var e : predicted.entrySet()) {
            GoldFile g = golds.get(e.getKey());
            if (g == null) {
                if (claims != null) err.println("isnad eval: " + claims + ": claims of " + e.getKey() + " have no gold file; not scored");
                continue;
            }
            results.add(evaluator.evaluate(g, e.getValue()));
        }
        for (GoldFile g : golds.values()) {
            if (!predicted.containsKey(g.file()) && failed == 0)
                err.println("isnad eval: " + g.path() + ": its article " + g.file() + " is not among the inputs; not scored");
        }
        if (results.isEmpty()) {
            err.println("isnad eval: nothing was scored: no input has a gold file in " + gold);
            return ExitCodes.BAD_INPUT;
        }

        EvalReport report = new EvalReport(results).withDateRule(dates);
        report.printTable(out);
        if (json != null) {
            try (Output file = Output.open("--json", json, inputsAndGold())) {
                file.stream().write(report.toJson().getBytes(StandardCharsets.UTF_8));
                file.commit();
            }
        }
        err.flush();
        if (failed > 0) return ExitCodes.BAD_INPUT;
        if (minF1 != null && report.total().f1() < minF1) {
            err.printf(java.util.Locale.ROOT, "isnad eval: event F1 %.4f is below --min-f1 %s%n", report.total().f1(), minF1);
            err.flush();
            return ExitCodes.VALIDATION_FAILED;
        }
        return ExitCodes.OK;
    }

    /** --dates as the evaluator's rule; null when it names neither. */
    private Evaluator.DateRule dateRule() {
        return switch (dates) {
            case "required" -> Evaluator.DateRule.REQUIRED;
            case "scored" -> Evaluator.DateRule.SCORED;
            default -> null;
        };
    }

    /** What this run reads, so that --json is never written over it. */
    private List<Path> inputsAndGold() {
        List<Path> read = new ArrayList<>(inputs);
        read.addAll(Conversion.expand(inputs));
        read.addAll(sentences);
        if (gold != null) read.add(gold);
        if (claims != null) read.add(claims);
        return read;
    }

    private int scoreSentences(PrintWriter out, PrintWriter err) {
        try {
            Lexicon lexicon = Conversion.loadLexicon(reference);
            Extractor extractor = Extractors.createOrSay(extractorName, lexicon, err, "isnad eval");
            if (extractor == null) return ExitCodes.USAGE;
            SentenceSet set = new SentenceSet(extractor,
                    cls -> lexicon.isViolent(cls) ? "violent" : lexicon.isProtestOrRiot(cls) ? "protest" : "other");
            for (Path tsv : sentences) {
                SentenceSet.Result r = set.score(tsv);
                if (showMisses) {
                    for (SentenceSet.Outcome o : r.outcomes()) {
                        if (!o.found() || o.confused())
                            out.println((o.found() ? "CONFUSED " : "MISSED   ") + o.label() + " " + o.line() + " "
                                    + o.types().stream().map(t -> t.substring(t.lastIndexOf('#') + 1)).toList() + " " + o.sentence());
                    }
                }
                out.println(r.summary());
            }
        } catch (BadInputException e) {
            err.println("isnad eval: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** Converts one article to the claims JSON and reads it back: the evaluator scores what users get. */
    private List<PredictedClaim> convert(Conversion conversion, Lexicon lexicon, Path f, GoldFile g, PrintWriter err)
            throws BadInputException {
        ConvertedArticle c = conversion.convert(f, ArticleOverrides.NONE);
        if (c.article().published() == null && g.published() != null) {
            if (publishedFromGold) {
                c = conversion.convert(f, new ArticleOverrides(null, null, g.published(), null));
            } else {
                err.println("isnad eval: " + f + ": no publication date, so relative dates stay unresolved"
                        + " (the gold says " + g.published() + "; --published-from-gold would use it)");
            }
        }
        StringWriter w = new StringWriter();
        try (ClaimsJson out = new ClaimsJson(w, lexicon)) {
            out.write(c);
        }
        return PredictedClaim.parse(f.toString(), w.toString());
    }

    /** Gold files by the article file they name. */
    private static Map<String, GoldFile> loadGold(Path where, Set<String> eventTypes) throws BadInputException {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(where)) {
            try (Stream<Path> s = Files.walk(where)) {
                s.filter(Files::isRegularFile)
                        .filter(f -> f.toString().endsWith(".gold.yaml") || f.toString().endsWith(".gold.yml"))
                        .sorted().forEach(files::add);
            } catch (IOException e) {
                throw new BadInputException(where.toString(), "cannot be listed (" + e.getMessage() + ")");
            }
            if (files.isEmpty()) throw new BadInputException(where.toString(), "holds no gold files (*.gold.yaml)");
        } else if (Files.isRegularFile(where)) {
            files.add(where);
        } else {
            throw new BadInputException(where.toString(), "no such gold file or directory");
        }
        Map<String, GoldFile> out = new LinkedHashMap<>();
        for (Path f : files) {
            GoldFile g = GoldFile.load(f);
            for (GoldClaim c : g.events()) {
                if (!eventTypes.contains(c.eventType()))
                    throw new BadInputException(f.toString(), "claim " + c.id() + ": event_type '" + c.eventType()
                            + "' is not an ACLED type the ontology knows (e.g. \"Air/drone strike\", \"Armed clash\", \"Attack\")");
            }
            GoldFile before = out.put(g.file(), g);
            if (before != null)
                throw new BadInputException(f.toString(), "names the article " + g.file() + ", as " + before.path() + " does already");
        }
        return out;
    }

    private static String read(Path p) throws BadInputException {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(p.toString(), "cannot be read (" + e.getMessage() + ")");
        }
    }
}
