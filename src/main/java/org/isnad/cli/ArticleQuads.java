package org.isnad.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.isnad.BadInputException;
import org.isnad.extract.Lexicon;
import org.isnad.ingest.Article;
import org.isnad.ingest.ArticleOverrides;
import org.isnad.ingest.ArticleSink;
import org.isnad.ingest.Encodings;
import org.isnad.ingest.Inputs;
import org.isnad.ingest.JsonLinesArticleSource;
import org.isnad.ingest.ReadOptions;

/**
 * {@code isnad convert --format nq} one article at a time, for jobs that spread the conversion over many
 * machines (the Spark module): the same reference data, reading options, extractor and mapper as
 * {@code convert}, so the quads are the same. Safe to share between threads: build one per JVM.
 */
public final class ArticleQuads {
    private final Conversion conversion;
    private final Inputs inputs;
    private final JsonLinesArticleSource jsonLines;

    private ArticleQuads(Conversion conversion, ReadOptions options) {
        this.conversion = conversion;
        this.inputs = new Inputs(options);
        this.jsonLines = new JsonLinesArticleSource(options);
    }

    /** Over {@code reference} (convert's --reference), or isnad's own ontology/ when it is empty. */
    public static ArticleQuads load(List<Path> reference) throws BadInputException {
        Lexicon lexicon = Conversion.loadLexicon(reference);
        ReadOptions options = new ReadOptions(ArticleOverrides.NONE, Encodings.Choice.DEFAULT,
                ReadOptions.DEFAULT_MAX_ARTICLE_BYTES, LocalDate.now(), lexicon.boilerplateLines());
        return new ArticleQuads(new Conversion(lexicon, Extractors.standard(lexicon)), options);
    }

    /** One JSON Lines record; {@code name} (file:line) names it in messages. */
    public Article jsonLine(String name, String line) throws BadInputException {
        String l = line.startsWith("\uFEFF") ? line.substring(1) : line;
        long max = inputs.options().maxRawBytes();
        if (l.length() > max || l.getBytes(StandardCharsets.UTF_8).length > max)
            throw new BadInputException(name, "line is over " + max + " bytes");
        return jsonLines.parseLine(name, l);
    }

    /** Every article of a file of any kind convert reads (text, HTML, JSON Lines, WARC). */
    public void readFile(Path file, ArticleSink sink) {
        inputs.read(file, sink);
    }

    /** The article's quads as N-Quads lines (each without its newline), in the order convert writes them. */
    public List<String> nquads(Article article) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 15);
        StreamRDF writer = StreamRDFWriter.getWriterStream(bytes, RDFFormat.NQUADS);
        writer.start();
        conversion.mapper().map(conversion.extract(article), writer);
        writer.finish();
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /** What convert takes as the same article under one URL, or null when the article has no URL. */
    public String urlKey(Article article) {
        ArticleIdentity.Hash h = ArticleIdentity.of(article, conversion.lexicon()).url();
        return h == null ? null : hex(h);
    }

    /** What convert takes as the same article by its text: the outlet and the text up to white space. */
    public String textKey(Article article) {
        return hex(ArticleIdentity.of(article, conversion.lexicon()).text());
    }

    private static String hex(ArticleIdentity.Hash h) {
        return String.format("%016x%016x", h.high(), h.low());
    }
}
