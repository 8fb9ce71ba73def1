package org.isnad.spark;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.isnad.ingest.Inputs;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code isnad-spark}: convert on Spark, locally ({@code --master 'local[2]'}) or under spark-submit. */
@Command(name = "isnad-spark", mixinStandardHelpOptions = true, version = "isnad-spark 0.1.0",
        description = {"Converts articles to N-Quads part files on Apache Spark, with the extractor and mapper of "
                + "'isnad convert'. Sorted, the parts equal 'isnad convert --format nq' on the same input.",
                "Exit codes: 0 ok, 2 usage error, 3 an input or article could not be read (the others are written)."})
public final class SparkConvert implements Callable<Integer> {
    static final int OK = 0, USAGE = 2, BAD_INPUT = 3;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. local[2]; default: spark-submit's, else local[*].")
    String master;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
            description = "Directory for the part files (part-NNNNN.nq); must not exist yet.")
    String output;

    @Option(names = "--reference", paramLabel = "PATH",
            description = "Reference data, as convert's --reference (a path every executor can read).")
    List<Path> reference = new ArrayList<>();

    @Option(names = "--partitions", paramLabel = "N",
            description = "Least number of tasks a JSON Lines file is split into (default: 2 per core).")
    Integer partitions;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Article files or directories (JSON Lines split by line; text, HTML, WARC read whole); "
                    + "hdfs://, s3a://… paths are taken as files.")
    List<String> inputs;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!PieceReader.hasScheme(output) && Files.exists(Path.of(output))) {
            err.println("isnad-spark: " + output + " already exists; give a new directory for the parts");
            return USAGE;
        }
        List<String> files = new ArrayList<>();
        int missing = 0;
        for (String in : inputs) {
            if (PieceReader.hasScheme(in)) { files.add(in); continue; }
            if (!Files.exists(Path.of(in))) {
                err.println("isnad-spark: " + in + ": does not exist; skipped");
                missing++;
                continue;
            }
            for (Path f : Inputs.expand(List.of(Path.of(in)))) files.add(f.toAbsolutePath().toString());
        }
        if (files.isEmpty()) {
            err.println("isnad-spark: no article files among the inputs");
            return BAD_INPUT;
        }
        List<String> ref = reference.stream().map(p -> p.toAbsolutePath().toString()).toList();
        try (JavaSparkContext sc = new JavaSparkContext(conf())) {
            sc.setLogLevel("WARN");
            int tasks = partitions != null ? partitions : 2 * sc.defaultParallelism();
            ConvertJob.Result r = new ConvertJob(sc, ref, tasks).run(files, output);
            err.printf("isnad-spark: %d articles, %d quads in %d parts in %s (%d copies skipped, %d failed)%n",
                    r.articles(), r.quads(), r.parts(), output, r.duplicates(), r.failed() + missing);
            err.flush();
            return r.failed() + missing > 0 ? BAD_INPUT : OK;
        }
    }

    /** Local runs stay on this machine: the driver on loopback and no web UI (it would listen on every address). */
    SparkConf conf() {
        SparkConf conf = new SparkConf().setAppName("isnad-spark");
        if (master != null) conf.setMaster(master);
        else if (!conf.contains("spark.master")) conf.setMaster("local[*]");
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            conf.setIfMissing("spark.ui.enabled", "false");
        }
        return conf;
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** The exit code of a run (tests call this, as main would exit). */
    static int run(String... args) {
        CommandLine cl = new CommandLine(new SparkConvert());
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("isnad-spark: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try 'isnad-spark --help'.");
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, p) -> {
            c.getErr().println("isnad-spark: " + ex);
            return BAD_INPUT;
        });
        return cl.execute(args);
    }
}
