package org.isnad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    /**
     * Files named, and the article files under directories named, in a stable order; "-" stays as it is. A
     * directory that cannot be listed stays in the list as itself: reading it reports it, and the rest of the
     * tree is read.
     */
    public static List<Path> expand(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) files.addAll(articleFilesUnder(p));
            else files.add(p);
        }
        return files;
    }

    private static List<Path> articleFilesUnder(Path dir) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
                    if (Files.isRegularFile(f) && isArticleFile(f) && !f.getFileName().toString().startsWith(".")) found.add(f);
                    return FileVisitResult.CONTINUE;
                }

                @Override public FileVisitResult visitFileFailed(Path f, IOException e) {
                    found.add(f);        // unreadable: named when it is read
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // the visitor reports per entry; this is not reached
        }
        found.sort(null);
        return found;
    }

    static boolean isArticleFile(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return ARTICLE_EXTENSIONS.stream().anyMatch(n::endsWith);
    }

    /** Reads one file (or "-": standard input) with the reader its kind calls for. */
    public void read(Path file, ArticleSink sink) {
        if (file.toString().equals("-")) {
            if (StandardInput.isClosed())
                sink.failed(new Problem(StandardInput.NAME, null, "standard input is closed; give the articles as files, or pipe them in"));
            else
                readCopy(StandardInput.NAME, StandardInput.stream(), "gives", sink);
            return;
        }
        if (Files.exists(file) && !Files.isDirectory(file) && !Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                readCopy(file.toString(), in, "is not a regular file (a device or a pipe) and gives", sink);
            } catch (IOException e) {
                sink.failed(new Problem(file.toString(), null, "cannot be read (" + e.getMessage() + ")"));
            }
            return;
        }
        read(new Input(file.toString(), file), sink);
    }

    /**
     * Reads a stream that can be read only once, and may never end, by copying at most the input limit to a
     * temporary file first; more than that is refused there, naming {@code name}.
     */
    private void readCopy(String name, InputStream in, String gives, ArticleSink sink) {
        long limit = options.maxRawBytes();
        Path tmp = null;
        try {
            tmp = Files.createTempFile("isnad-input", ".part");
            long copied;
            try (OutputStream out = Files.newOutputStream(tmp)) {
                copied = copyAtMost(in, out, limit + 1);
            }
            if (copied > limit)
                sink.failed(new Problem(name, null, gives + " more than " + limit + " bytes, over the limit for one input"
                        + " (16 × --max-article-bytes); reading stopped there"));
            else
                read(new Input(name, tmp), sink);
        } catch (IOException e) {
            sink.failed(new Problem(name, null, "cannot be read (" + e.getMessage() + ")"));
        } finally {
            if (tmp != null) try { Files.deleteIfExists(tmp); } catch (IOException ignored) { /* a temp file */ }
        }
    }

    private static long copyAtMost(InputStream in, OutputStream out, long max) throws IOException {
        byte[] buf = new byte[1 << 16];
        long n = 0;
        int r;
        while (n < max && (r = in.read(buf, 0, (int) Math.min(buf.length, max - n))) > 0) {
            out.write(buf, 0, r);
            n += r;
        }
        return n;
    }

    public void read(Input in, ArticleSink sink) {
        Kind kind;
        try {
            if (Files.isDirectory(in.path())) {
                sink.failed(new Problem(in.name(), null, unreadableDirectory(in.path())));
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

    /** Why a directory in the input list was not read: it could not be listed (or, named inside a file list, it is one). */
    private static String unreadableDirectory(Path dir) {
        try (DirectoryStream<Path> ignored = Files.newDirectoryStream(dir)) {
            return "is a directory; name it as an input to read its articles";
        } catch (AccessDeniedException e) {
            return "is a directory that cannot be read (permission denied); the articles under it are skipped";
        } catch (IOException e) {
            return "is a directory that cannot be read (" + e + "); the articles under it are skipped";
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
