package org.isnad.ingest;

import org.isnad.BadInputException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/**
 * A plain-text article, UTF-8, with an optional header block:
 * <pre>
 * url: https://…
 * outlet: SY24
 * published: 2022-08-24
 * title: …
 * ---
 * the article text
 * </pre>
 * Share-button lines and the byline are kept in the text (offsets stay true) but marked as not article text.
 * When no title is given, the first line of article text is the title.
 */
public final class TextArticleSource implements ArticleSource {

    private static final Set<String> HEADER_KEYS = Set.of("url", "outlet", "published", "title");
    private static final Pattern HEADER_LINE = Pattern.compile("^([A-Za-z]+)\\s*:\\s*(.*)$");
    /** "خاص - SY24", "دير الزور - خاص", "متابعات - SY24": a short dash-separated credit line. */
    private static final Pattern BYLINE = Pattern.compile(
            "^\\s*(?:خاص|متابعات|ترجمة|تقرير|إعداد|تحرير)\\s*[-–—:]\\s*\\S.{0,40}$|^\\s*\\S.{0,40}[-–—]\\s*(?:خاص)\\s*$");

    private final Set<String> boilerplateLines;
    private final ReadOptions options;

    /** @param boilerplateLines whole lines that are page furniture, not text (compared case-insensitively) */
    public TextArticleSource(Set<String> boilerplateLines) {
        this(ReadOptions.defaults(boilerplateLines));
    }

    public TextArticleSource(ReadOptions options) {
        this.boilerplateLines = options.boilerplateLines();
        this.options = options;
    }

    @Override
    public void read(Input in, ArticleSink sink) {
        try {
            byte[] bytes = in.readAll(options.maxRawBytes());
            sink.article(parse(in.name(), Encodings.decode(in.name(), bytes, options.encoding(), null), options.overrides()), null);
        } catch (BadInputException e) {
            sink.failed(Problem.of(e, in.name(), null));
        }
    }

    /** Reads one text file (for bench and eval, which take one article per file). */
    public Article read(Path file, ArticleOverrides overrides) throws BadInputException {
        String name = file.toString();
        byte[] bytes = new Input(name, file).readAll(options.maxRawBytes());
        return parse(name, Encodings.decode(name, bytes, options.encoding(), null), overrides);
    }

    static String decode(String name, byte[] bytes) throws BadInputException {
        return Encodings.decode(name, bytes, Encodings.Choice.DEFAULT, null);
    }

    /** Splits the header block from the text and finds the lines that are not article text. */
    public Article parse(String name, String content, ArticleOverrides o) throws BadInputException {
        Map<String, String> header = new LinkedHashMap<>();
        content = crLineEndsAsNewlines(content);
        String text = content;
        int sep = headerEnd(content);
        if (sep < 0 && startsWithHeaderLine(content))
            throw new BadInputException(name, "starts with a header line ('" + shorten(content.lines().findFirst().orElse("").strip())
                    + "') but no '---' line ends the header within its first 20 lines; add a line '---' between header and text");
        if (sep >= 0) {
            for (String line : content.substring(0, sep).split("\r?\n")) {
                if (line.isBlank()) continue;
                var m = HEADER_LINE.matcher(line.strip());
                if (!m.matches()) throw new BadInputException(name, "header line is not 'key: value': " + line.strip());
                String key = m.group(1).toLowerCase();
                if (!HEADER_KEYS.contains(key))
                    throw new BadInputException(name, "unknown header key '" + key + "' (expected url, outlet, published, title)");
                header.put(key, m.group(2).strip());
            }
            int bodyStart = content.indexOf('\n', content.indexOf("---", sep)) + 1;
            text = bodyStart == 0 ? "" : content.substring(bodyStart);
        }
        LocalDate published = null;
        if (o.published() == null && header.containsKey("published") && !header.get("published").isEmpty())
            published = parseDate(name, header.get("published"));
        ArticleMeta meta = new ArticleMeta(header.get("url"), header.get("outlet"), published, header.get("title"));
        return build(name, meta.overriddenBy(o), text);
    }

    /**
     * The article from its text and metadata (from any reader): checks the text, the date and the URL, finds
     * the headline in the text and the lines that are not article text.
     */
    public Article build(String name, ArticleMeta meta, String text) throws BadInputException {
        if (text.isBlank()) throw new BadInputException(name, "has no article text");
        if (text.indexOf('\0') >= 0) throw new BadInputException(name, "is binary (contains NUL bytes), not an article");
        long controls = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t').count();
        if (controls > 0) throw new BadInputException(name, "contains control characters: binary data, not a text article");
        long bytes = utf8Length(text);
        if (bytes > options.maxArticleBytes())
            throw new BadInputException(name, "article text is " + bytes + " bytes, over the limit of " + options.maxArticleBytes()
                    + " (--max-article-bytes)");
        checkDate(name, meta.published());
        checkUrl(name, meta.url());
        String url = asUri(meta.url());
        String title = meta.title();
        String titleWords = title == null ? null : collapsedWhitespace(title.strip());   // once, not once a line

        List<Article.Span> ignored = new ArrayList<>();
        Article.Span titleSpan = null;
        Article.Headline headline = Article.Headline.GIVEN;
        // a wire brief or a pasted sentence is all text: its one line is no headline without a body
        boolean oneLine = text.lines().map(String::strip).filter(t -> !t.isEmpty() && !isBoilerplate(t)).count() == 1;
        int pos = 0;
        for (String line : text.split("\n", -1)) {
            int start = pos, end = pos + line.length();
            pos = end + 1;
            String t = line.strip();
            if (t.isEmpty()) continue;
            if (isBoilerplate(t)) {
                ignored.add(new Article.Span(start, end));
            } else if (t.length() < 50 && BYLINE.matcher(t).matches()) {
                ignored.add(new Article.Span(start, end));      // "خاص - SY24": the credit line, not text
            } else if (titleSpan == null && title != null && collapsedWhitespace(t).equals(titleWords)) {
                // "مساء يوم 5 كانون الثاني، وقعت جريمة قتل … في قرية …، الواقعة شرق مدينة حمص.": a page whose
                // title is its lede (a full sentence, too long for a headline) starts with its lede: read as text
                if (looksLikeHeadline(t)) titleSpan = span(line, t, start);    // the given headline, in the text
                else headline = Article.Headline.NONE;
            } else if (titleSpan == null && title == null) {
                if (!oneLine && looksLikeHeadline(t)) {
                    // the headline: evidence may point at it, but it is not a claim of its own
                    titleSpan = span(line, t, start);
                    title = t;
                    headline = Article.Headline.FIRST_LINE;
                } else {
                    headline = Article.Headline.NONE;
                    // the text starts with its lede: name the article by its first words, and read them as text
                    title = t.length() <= 80 ? t : t.substring(0, t.lastIndexOf(' ', 80) > 20 ? t.lastIndexOf(' ', 80) : 80) + "…";
                }
            }
        }
        if (title == null) throw new BadInputException(name, "has no article text (only page furniture)");
        return new Article(name, url, meta.outlet(), meta.published(), title, titleSpan, text, ignored, headline);
    }

    private static Article.Span span(String line, String stripped, int lineStart) {
        int lead = line.indexOf(stripped);
        return new Article.Span(lineStart + lead, lineStart + lead + stripped.length());
    }

    /**
     * Longer than any headline: the 142 headlines of the development and held-out sets have at most 17 words
     * and 101 characters, an agency lede has 25 to 40 words.
     */
    static final int HEADLINE_MAX_WORDS = 20, HEADLINE_MAX_CHARS = 140;

    /**
     * A headline is short, one sentence, and does not end as a sentence does: a line ending with a full stop,
     * "!", a question mark or an Arabic comma ("،", the line runs on) is the lede, and makes claims.
     * An ellipsis ("...", "…") may end a headline.
     */
    static boolean looksLikeHeadline(String line) {
        if (line.length() > HEADLINE_MAX_CHARS || line.split("\\s+").length > HEADLINE_MAX_WORDS) return false;
        String end = line.replaceAll("[\\s\"”»'’)]+$", "");
        if (end.matches("(?s).*([^.]\\.|[!?؟،])$")) return false;
        String body = line.replaceAll("[.؟?!…\\s]+$", "");
        return !body.matches("(?s).*[.؟?!]\\s+\\S.*");
    }

    private void checkDate(String name, LocalDate d) throws BadInputException {
        if (d == null) return;
        if (d.isAfter(options.today()))
            throw new BadInputException(name, "published date " + d + " is in the future");
        if (d.isBefore(ReadOptions.EARLIEST))
            throw new BadInputException(name, "published date " + d + " is before " + ReadOptions.EARLIEST.getYear()
                    + ", earlier than any online outlet isnad reads");
    }

    /**
     * A URL as a browser's address bar shows it, with the ASCII characters a URI may not hold percent-encoded
     * ("https://levant-news.com/article/"قسد"-تعتقل-…" → "…/article/%22قسد%22-تعتقل-…"): copied from there, a
     * page's address often carries quotes or spaces, and the page is the same whichever way it was written.
     * Letters of other scripts stay as they are (an IRI holds them); a '%' is left alone, as it may already be
     * an escape.
     */
    static String asUri(String url) {
        if (url == null) return null;
        StringBuilder b = null;
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            boolean illegal = c == ' ' || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`'
                    || c == '{' || c == '|' || c == '}';
            if (illegal && b == null) b = new StringBuilder(url.length() + 8).append(url, 0, i);
            if (illegal) b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                    .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            else if (b != null) b.append(c);
        }
        return b == null ? url : b.toString();
    }

    /**
     * An article URL must be an absolute http(s) URL once its pasted characters are encoded ({@link #asUri}): it
     * becomes the article's identity and an IRI. The message quotes it as written.
     */
    static void checkUrl(String name, String url) throws BadInputException {
        if (url == null) return;
        String why = null;
        try {
            URI u = new URI(asUri(url));
            if (u.getScheme() == null || !(u.getScheme().equalsIgnoreCase("http") || u.getScheme().equalsIgnoreCase("https")))
                why = "is not an http(s) URL";
            else if (u.getHost() == null || u.getHost().isBlank())
                why = "has no host name";
        } catch (URISyntaxException e) {
            why = "is not a URL (" + e.getReason() + ")";
        }
        if (why != null) throw new BadInputException(name, "url '" + shorten(Article.withoutCredentials(url)) + "' " + why);
    }

    static String shorten(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }

    static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) n++;
            else if (c < 0x800) n += 2;
            else if (Character.isHighSurrogate(c)) { n += 4; i++; }
            else n += 3;
        }
        return n;
    }

    /** Each run of white space as one space, as {@code replaceAll("\\s+", " ")} does, without a regex a line. */
    static String collapsedWhitespace(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isRegexSpace(c)) {
                if (b != null) b.append(c);
                continue;
            }
            int runEnd = i + 1;
            while (runEnd < s.length() && isRegexSpace(s.charAt(runEnd))) runEnd++;
            if (b == null && c == ' ' && runEnd == i + 1) continue;      // a lone space stays as it is
            if (b == null) b = new StringBuilder(s.length()).append(s, 0, i);
            b.append(' ');
            i = runEnd - 1;
        }
        return b == null ? s : b.toString();
    }

    /** Regex {@code \\s}: space, tab, newline, vertical tab, form feed, carriage return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private boolean isBoilerplate(String line) {
        return boilerplateLines.contains(line.toLowerCase());
    }

    /**
     * Old Mac line ends (a lone CR) as newlines: one character for one, so offsets into the text stay true,
     * and the header and lines are read as the author saw them rather than as one long line.
     */
    static String crLineEndsAsNewlines(String content) {
        if (content.indexOf('\r') < 0) return content;
        return content.replaceAll("\r(?!\n)", "\n");
    }

    /** The first non-blank line is "key: value" with a header key (url, outlet, published, title). */
    private static boolean startsWithHeaderLine(String content) {
        String first = content.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        var m = HEADER_LINE.matcher(first);
        return m.matches() && HEADER_KEYS.contains(m.group(1).toLowerCase());
    }

    /** Offset of the header block's end, or -1 when the content has no header block. */
    private static int headerEnd(String content) {
        String[] lines = content.split("\n", 22);
        int offset = 0;
        for (int i = 0; i < lines.length && i < 20; i++) {
            String l = lines[i].strip();
            if (l.equals("---")) return i == 0 ? -1 : offset;
            if (!l.isEmpty() && !HEADER_LINE.matcher(l).matches()) return -1;
            offset += lines[i].length() + 1;
        }
        return -1;
    }

    static LocalDate parseDate(String name, String value) throws BadInputException {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadInputException(name, "published date '" + shorten(value) + "' is not an ISO date (YYYY-MM-DD)");
        }
    }

    private static final java.util.regex.Pattern DATE_ONLY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final java.util.regex.Pattern DATE_FIRST = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}([ T].*)?");

    /**
     * A date as pages write it: "2022-08-24", "2022-08-24T10:30:00+03:00", "2022-08-24 10:30". The day is
     * the one the page wrote (its own time zone), not converted to UTC. Null when it is none of these.
     */
    public static LocalDate parseLooseDate(String value) {
        if (value == null) return null;
        String v = value.strip();
        // a bare date, as most scrapers write it, is no date-time: it skips the three failed parses (and their exceptions)
        if (DATE_ONLY.matcher(v).matches()) {
            try { return LocalDate.parse(v); } catch (DateTimeParseException e) { return null; }
        }
        try { return OffsetDateTime.parse(v).toLocalDate(); } catch (DateTimeParseException e) { /* next */ }
        try { return ZonedDateTime.parse(v).toLocalDate(); } catch (DateTimeParseException e) { /* next */ }
        try { return LocalDateTime.parse(v).toLocalDate(); } catch (DateTimeParseException e) { /* next */ }
        if (DATE_FIRST.matcher(v).matches()) {
            try { return LocalDate.parse(v.substring(0, 10)); } catch (DateTimeParseException e) { return null; }
        }
        return null;
    }
}
