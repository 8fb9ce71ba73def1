package org.isnad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.isnad.BadInputException;

/**
 * The inputs of a run: files, directories (read recursively, in a stable order) and {@code -} for standard
 * input; each file's kind (text, HTML, JSON Lines, WARC) chosen from its content and its extension.
 */
public final class Inputs {

    public enum Kind { TEXT, HTML, JSONL, WARC }

    /** Extensions a directory is read for; other files in it (gold files, images) are left alone. */
    private static final List<String> ARTICLE_EXTENSIONS = List.of(".txt", ".text", ".html", ".htm", ".xhtml",
            ".jsonl", ".ndjson", ".warc", ".warc.gz");

    private final ReadOptions options;
    private final TextArticleSource text;
    private final HtmlArticleSource html;
    private final JsonLinesArticleSource jsonl;
    private final WarcArticleSource warc;

    public Inputs(ReadOptions options) {
        this.options = options;
        this.text = new TextArticleSource(options);
        this.html = new HtmlArticleSource(options);
        this.jsonl = new JsonLinesArticleSource(options);
        this.warc = new WarcArticleSource(options);
    }

    public ReadOptions options() { return options; }

    /** Files named, and the article files under directories named, in a stable order; "-" stays as it is. */
    public static List<Path> expand(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(Inputs::isArticleFile)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    static boolean isArticleFile(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return ARTICLE_EXTENSIONS.stream().anyMatch(n::endsWith);
    }

    /** Reads one file (or "-": standard input) with the reader its kind calls for. */
    public void read(Path file, ArticleSink sink) {
        if (file.toString().equals("-")) {
            Path tmp = null;
            try {
                tmp = Files.createTempFile("isnad-stdin", ".part");
                try (InputStream in = System.in) {
                    Files.copy(in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                read(new Input("<stdin>", tmp), sink);
            } catch (IOException e) {
                sink.failed(new Problem("<stdin>", null, "cannot be read (" + e.getMessage() + ")"));
            } finally {
                if (tmp != null) try { Files.deleteIfExists(tmp); } catch (IOException ignored) { /* a temp file */ }
            }
            return;
        }
        read(new Input(file.toString(), file), sink);
    }

    public void read(Input in, ArticleSink sink) {
        Kind kind;
        try {
            if (Files.isDirectory(in.path())) {
                sink.failed(new Problem(in.name(), null, "is a directory; name it as an input to read its articles"));
                return;
            }
            kind = kindOf(in);
        } catch (BadInputException e) {
            sink.failed(Problem.of(e, in.name(), null));
            return;
        }
        switch (kind) {
            case TEXT -> text.read(in, sink);
            case HTML -> html.read(in, sink);
            case JSONL -> jsonl.read(in, sink);
            case WARC -> warc.read(in, sink);
        }
    }

    /** The kind of a file: the content decides (a WARC header, gzip, markup, a JSON object); the extension breaks ties. */
    public static Kind kindOf(Input in) throws BadInputException {
        byte[] head = in.head(4096);
        if (head.length == 0) throw new BadInputException(in.name(), "is empty");
        String n = in.name().toLowerCase(Locale.ROOT);
        if ((head[0] & 0xFF) == 0x1F && head.length > 1 && (head[1] & 0xFF) == 0x8B) {
            if (n.endsWith(".warc.gz") || gunzipStartsWithWarc(in)) return Kind.WARC;
            throw new BadInputException(in.name(), "is gzip-compressed but not a WARC.gz; decompress it first");
        }
        String start = sniffText(head);
        if (start.startsWith("WARC/")) return Kind.WARC;
        if (n.endsWith(".warc")) return Kind.WARC;      // a WARC whose first record is broken: the reader says so
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) return Kind.JSONL;
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) return Kind.HTML;
        String lower = start.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.startsWith("<?xml")
                || (lower.startsWith("<") && (lower.contains("<body") || lower.contains("<head") || lower.contains("<p"))))
            return Kind.HTML;
        if (n.endsWith(".txt") || n.endsWith(".text")) return Kind.TEXT;
        if (lower.startsWith("{")) return Kind.JSONL;
        return Kind.TEXT;
    }

    /** The start of the file as characters, after a byte-order mark and leading white space. */
    private static String sniffText(byte[] head) {
        java.nio.charset.Charset bom = Encodings.bomCharset(head);
        String s = bom != null ? new String(head, bom) : new String(head, StandardCharsets.ISO_8859_1);
        if (s.startsWith("\uFEFF")) s = s.substring(1);
        if (bom != null && bom.equals(StandardCharsets.UTF_8) && s.startsWith("ï»¿")) s = s.substring(3);
        return s.stripLeading();
    }

    private static boolean gunzipStartsWithWarc(Input in) {
        try (InputStream s = new GZIPInputStream(Files.newInputStream(in.path()))) {
            byte[] b = s.readNBytes(5);
            return new String(b, StandardCharsets.US_ASCII).equals("WARC/");
        } catch (IOException e) {
            return false;
        }
    }
}
