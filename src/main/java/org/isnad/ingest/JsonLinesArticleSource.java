package org.isnad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import org.apache.jena.atlas.io.PeekReader;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.atlas.json.io.JSONMaker;
import org.apache.jena.atlas.json.io.parser.JSONP;
import org.apache.jena.atlas.json.io.parser.TokenizerJSON;
import org.isnad.BadInputException;

/**
 * JSON Lines, one article per line, as scrapers write them:
 * <pre>{"url": "https://…", "outlet": "SY24", "published": "2022-08-24", "title": "…", "text": "…"}</pre>
 * with {@code html} (the page) instead of {@code text} when the scraper kept the page; the fields then win
 * over the page's metadata. Lines are read one at a time, so a file of any length streams, and a line that
 * is not JSON, or lacks its text, costs only that line.
 */
public final class JsonLinesArticleSource implements ArticleSource {

    /** JSON nested deeper than this is refused before it is parsed (the parser recurses). */
    static final int MAX_NESTING = 32;

    private final ReadOptions options;
    private final TextArticleSource text;
    private final HtmlArticleSource html;

    public JsonLinesArticleSource(ReadOptions options) {
        this.options = options;
        this.text = new TextArticleSource(options);
        this.html = new HtmlArticleSource(options);
    }

    @Override
    public void read(Input in, ArticleSink sink) {
        try {
            byte[] head = in.head(4);
            Charset bom = Encodings.bomCharset(head);
            if (bom != null && !bom.equals(StandardCharsets.UTF_8)) {
                // UTF-16: the newline is two bytes, so decode the whole file first
                String all = Encodings.decode(in.name(), in.readAll(options.maxRawBytes()), options.encoding(), null);
                int n = 0;
                for (String line : all.split("\n", -1)) readLine(in.name(), ++n, line, sink);
                return;
            }
            try (InputStream s = Files.newInputStream(in.path())) {
                LineReader lines = new LineReader(s);
                int n = 0;
                byte[] line;
                while ((line = lines.next(options.maxRawBytes())) != null) {
                    n++;
                    if (line.length == 1 && line[0] == -1) {
                        sink.failed(new Problem(in.name(), "line " + n, "line is over " + options.maxRawBytes() + " bytes"));
                        continue;
                    }
                    if (n == 1 && line.length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF)
                        line = java.util.Arrays.copyOfRange(line, 3, line.length);
                    if (isBlank(line)) continue;
                    String decoded;
                    try {
                        decoded = Encodings.decode(in.name(), line, options.encoding(), null);
                    } catch (BadInputException e) {
                        sink.failed(Problem.of(e, in.name(), "line " + n));
                        continue;
                    }
                    readLine(in.name(), n, decoded, sink);
                }
            }
        } catch (BadInputException e) {
            sink.failed(Problem.of(e, in.name(), null));
        } catch (IOException e) {
            sink.failed(new Problem(in.name(), null, "cannot be read (" + e.getMessage() + ")"));
        }
    }

    private void readLine(String file, int n, String line, ArticleSink sink) {
        if (line.isBlank()) return;
        String where = "line " + n;
        try {
            sink.article(parseLine(file + ":" + n, line), where);
        } catch (BadInputException e) {
            sink.failed(Problem.of(e, file, where));
        }
    }

    /** One line's article; {@code name} names it in the Article (file:line). */
    public Article parseLine(String name, String line) throws BadInputException {
        String l = line.strip();
        if (!l.startsWith("{")) throw new BadInputException(name, "is not a JSON object (a line must be {…})");
        int depth = nesting(l);
        if (depth > MAX_NESTING) throw new BadInputException(name, "is JSON nested " + depth + " levels deep (the limit is " + MAX_NESTING + ")");
        JsonObject o;
        try {
            o = parseObject(l);
        } catch (RuntimeException e) {
            throw new BadInputException(name, "is not JSON (" + firstLine(e.getMessage()) + ")");
        }
        String url = field(name, o, "url"), outlet = field(name, o, "outlet"), title = field(name, o, "title");
        String published = field(name, o, "published"), body = field(name, o, "text"), page = field(name, o, "html");
        LocalDate date = null;
        if (published != null && !published.isBlank()) {
            date = TextArticleSource.parseLooseDate(published);
            if (date == null) throw new BadInputException(name, "'published' is '" + TextArticleSource.shorten(published) + "', not a date (YYYY-MM-DD)");
        }
        ArticleMeta meta = new ArticleMeta(url, outlet, date, title).overriddenBy(options.overrides());
        if (body != null && !body.isBlank()) return text.build(name, meta, body);
        if (page != null && !page.isBlank()) return html.fromHtml(name, page, url, meta);
        throw new BadInputException(name, "has neither 'text' nor 'html' (one of them holds the article)");
    }

    /**
     * The line as JSON.parse(String) reads it, read from the string itself: JSON.parse goes through a Reader,
     * for which Jena allocates and clears a 128K-character buffer every line (3% of a 5,000-article convert's
     * samples, on the thread that feeds the workers).
     */
    private static JsonObject parseObject(String l) {
        JSONMaker maker = new JSONMaker();
        new JSONP(new TokenizerJSON(PeekReader.readString(l)), maker).parse();
        return (JsonObject) maker.jsonValue();
    }

    private static String field(String name, JsonObject o, String key) throws BadInputException {
        JsonValue v = o.get(key);
        if (v == null || v.isNull()) return null;
        if (!v.isString()) throw new BadInputException(name, "'" + key + "' is not a string");
        String s = v.getAsString().value();
        int at = loneSurrogate(s);
        if (at >= 0)
            throw new BadInputException(name, "'" + key + "' holds a lone surrogate (\\u" + Integer.toHexString(s.charAt(at))
                    + " at character " + at + "): half of a UTF-16 pair, not a character; the line is damaged");
        return s;
    }

    /** The index of the first surrogate without its pair (a JSON escape such as \\ud800 alone), or -1. */
    static int loneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) i++;
            else if (Character.isSurrogate(c)) return i;
        }
        return -1;
    }

    /** The deepest nesting of objects and arrays, outside strings. */
    static int nesting(String json) {
        int depth = 0, max = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
            } else if (c == '"') inString = true;
            else if (c == '{' || c == '[') max = Math.max(max, ++depth);
            else if (c == '}' || c == ']') depth--;
        }
        return max;
    }

    private static String firstLine(String s) {
        if (s == null) return "syntax error";
        String l = s.lines().findFirst().orElse(s);
        return l.length() > 120 ? l.substring(0, 120) + "…" : l;
    }

    private static boolean isBlank(byte[] b) {
        for (byte x : b) if (x != ' ' && x != '\t' && x != '\r') return false;
        return true;
    }
}
