package org.isnad.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.isnad.BadInputException;
import org.isnad.extract.Lexicon;
import org.isnad.ingest.Article;
import org.isnad.ingest.ArticleSink;
import org.isnad.ingest.Inputs;
import org.isnad.ingest.Problem;
import org.isnad.ingest.ReadOptions;
import org.isnad.rdf.OutputFormat;
import org.isnad.rdf.RdfSinks;
import org.isnad.rdf.ClaimMapper;
import org.isnad.rdf.ConvertedArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Measures conversion speed on one thread and on all cores.",
            "",
            "Extractor: the articles are read once into memory, then extracted and mapped to RDF --repeat",
            "times. Quads are counted, not written, so the numbers are of isnad's own work, not of the disk.",
            "Its lines end with the extracting threads' CPU time per article, which another job on the",
            "machine changes far less than the rates: compare versions by it on a busy machine.",
            "End to end: the inputs go through convert's own pipeline (reading, extraction, mapping, N-Quads",
            "encoding, the ordered writer) to an output that discards them, on --threads threads; passes are",
            "repeated, after one to warm up, until 1,000 articles or --repeat passes are done.",
            "",
            "--long-article BYTES also times one article of that many bytes, and of a half and a quarter of",
            "it, made by stringing the inputs' bodies together (a scraped page holding a whole feed). Time",
            "should grow in proportion to length: the last column is seconds per MB.",
            "",
            "Example:  isnad bench --repeat 200 src/test/resources/fixtures examples",
            "          isnad bench --repeat 1 --long-article 2000000 src/test/resources/devset"})
public final class BenchCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "100", description = "Passes over the articles (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the parallel run (default: all cores).")
    Integer threads;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "200", description = "Passes before measuring (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--long-article", paramLabel = "BYTES",
            description = "Also time one long article of BYTES (and of BYTES/2, BYTES/4) made from the inputs.")
    Long longArticle;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Article files or directories.")
    List<Path> inputs;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Lexicon lexicon;
        try {
            lexicon = Conversion.loadLexicon(List.of());
        } catch (BadInputException e) {
            spec.commandLine().getErr().println("isnad bench: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        Conversion conversion = new Conversion(lexicon, Extractors.standard(lexicon));
        List<Article> articles = new ArrayList<>();
        PrintWriter err = spec.commandLine().getErr();
        Inputs reader = new Inputs(ReadOptions.defaults(lexicon.boilerplateLines()));
        for (Path f : Conversion.expand(inputs)) {
            reader.read(f, new ArticleSink() {
                @Override public void article(Article a, String record) { articles.add(a); }
                @Override public void failed(Problem p) { err.println("isnad bench: skipped " + p.message()); }
            });
        }
        if (articles.isEmpty()) {
            spec.commandLine().getErr().println("isnad bench: no readable article among the inputs");
            return ExitCodes.BAD_INPUT;
        }
        long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
        int cores = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        out.printf("isnad bench: %d articles (%d characters), %d passes, %d warm-up passes%n",
                articles.size(), chars, repeat, warmup);

        run(conversion, articles, warmup, 1);
        Result one = run(conversion, articles, repeat, 1);
        report(out, "1 thread", one, chars * repeat);
        Result many = run(conversion, articles, repeat, cores);
        report(out, cores + " threads", many, chars * repeat);
        Result e2e = endToEnd(conversion, cores, (int) Math.min(repeat, Math.max(1, (1000 + articles.size() - 1) / articles.size())));
        report(out, "end to end, " + cores + " threads", e2e, chars * (e2e.articles() / articles.size()));
        if (longArticle != null) timeLongArticles(out, conversion, articles, longArticle);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        out.printf("heap in use after the runs: %.1f MiB (max %.0f MiB)%n",
                (rt.totalMemory() - rt.freeMemory()) / 1048576.0, rt.maxMemory() / 1048576.0);
        return ExitCodes.OK;
    }

    /** One pass over articles of growing length: linear extraction keeps seconds per MB flat. */
    private static void timeLongArticles(PrintWriter out, Conversion conversion, List<Article> articles, long bytes) throws Exception {
        for (long size : LongArticles.sizes(bytes)) {
            Article a = LongArticles.of(articles, size);
            Result r = run(conversion, List.of(a), 1, 1);
            double s = r.nanos() / 1e9;
            out.printf("long article %9d bytes %7d claims %8.2f s  %6.2f s/MB%n", size, r.claims(), s, s / (size / 1e6));
        }
    }

    /** Convert's pipeline, writing N-Quads to nowhere: what a researcher's run costs, less the disk. */
    private Result endToEnd(Conversion conversion, int threads, int passes) {
        ConversionOutput discard = new ConversionOutput(
                RdfSinks.forFormat(OutputFormat.nq, conversion.mapper(), conversion.lexicon()), OutputStream::nullOutputStream);
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        ReadOptions options = ReadOptions.defaults(conversion.lexicon().boilerplateLines());
        conversion.run(inputs, options, discard, null, threads, quiet, ErrorReport.NONE, Progress.none());
        long t0 = System.nanoTime(), done = 0, claims = 0;
        for (int p = 0; p < passes; p++) {
            Conversion.Summary s = conversion.run(inputs, options, discard, null, threads, quiet, ErrorReport.NONE, Progress.none());
            done += s.articles();
            claims += s.claims();
        }
        return new Result(done, claims, 0, System.nanoTime() - t0, -1);
    }

    /** {@code cpuNanos}: the CPU time of the threads that extracted (-1 when not measured). */
    record Result(long articles, long claims, long quads, long nanos, long cpuNanos) {}

    // the extracting threads' own CPU time: on a machine busy with other work the wall clock says more about
    // the others than about isnad, while a thread's CPU time per article stays close to what a quiet run gives
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private static Result run(Conversion conversion, List<Article> articles, int passes, int threads) throws Exception {
        AtomicLong claims = new AtomicLong(), quads = new AtomicLong(), done = new AtomicLong(), cpu = new AtomicLong();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                final int slice = t;
                fs.add(pool.submit(() -> {
                    long cpu0 = THREADS.getCurrentThreadCpuTime();
                    ClaimMapper mapper = conversion.mapper();
                    StreamRDF count = new StreamRDFBase() {
                        @Override public void quad(Quad q) { quads.incrementAndGet(); }
                    };
                    for (int p = 0; p < passes; p++) {
                        for (int i = slice; i < articles.size(); i += threads) {
                            Article a = articles.get(i);
                            ConvertedArticle c = conversion.extract(a);
                            mapper.map(c, count);
                            claims.addAndGet(c.claims().size());
                            done.incrementAndGet();
                        }
                    }
                    cpu.addAndGet(THREADS.getCurrentThreadCpuTime() - cpu0);
                    return null;
                }));
            }
            for (Future<?> f : fs) f.get();
        } finally {
            pool.shutdown();
        }
        return new Result(done.get(), claims.get(), quads.get(), System.nanoTime() - t0, cpu.get());
    }

    private static void report(PrintWriter out, String label, Result r, long chars) {
        double s = r.nanos() / 1e9;
        String cpu = r.cpuNanos() < 0 ? "" : String.format("  CPU %.3f ms/article", r.cpuNanos() / 1e6 / r.articles());
        out.printf("%-22s %9.0f articles/s  %9.0f claims/s  %10.0f quads/s  %6.2f MB text/s  (%d articles in %.2f s)%s%n",
                label, r.articles() / s, r.claims() / s, r.quads() / s, chars / s / 1e6, r.articles(), s, cpu);
    }
}
