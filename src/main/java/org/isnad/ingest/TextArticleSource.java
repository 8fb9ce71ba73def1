package org.isnad.ingest;

import org.isnad.BadInputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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

    /** @param boilerplateLines whole lines that are page furniture, not text (compared case-insensitively) */
    public TextArticleSource(Set<String> boilerplateLines) {
        this.boilerplateLines = boilerplateLines;
    }

    @Override
    public Article read(Path file, ArticleOverrides overrides) throws BadInputException {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(name, "no such file");
        } catch (IOException e) {
            throw new BadInputException(name, "cannot be read (" + e.getMessage() + ")", e);
        }
        return parse(name, decode(name, bytes), overrides);
    }

    static String decode(String name, byte[] bytes) throws BadInputException {
        if (bytes.length == 0) throw new BadInputException(name, "is empty");
        for (byte b : bytes) {
            if (b == 0) throw new BadInputException(name, "is binary (contains NUL bytes), not a text article");
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new BadInputException(name, "is not valid UTF-8 text");
        }
    }

    /** Splits the header block from the text and finds the lines that are not article text. */
    public Article parse(String name, String content, ArticleOverrides o) throws BadInputException {
        Map<String, String> header = new LinkedHashMap<>();
        String text = content;
        int sep = headerEnd(content);
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
        if (text.isBlank()) throw new BadInputException(name, "has no article text");
        long controls = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t').count();
        if (controls > 0) throw new BadInputException(name, "contains control characters: binary data, not a text article");

        String url = first(o.url(), header.get("url"));
        String outlet = first(o.outlet(), header.get("outlet"));
        LocalDate published = o.published();
        if (published == null && header.containsKey("published") && !header.get("published").isEmpty()) {
            published = parseDate(name, header.get("published"));
        }
        String title = first(o.title(), header.get("title"));

        List<Article.Span> ignored = new ArrayList<>();
        Article.Span titleSpan = null;
        int pos = 0;
        for (String line : text.split("\n", -1)) {
            int start = pos, end = pos + line.length();
            pos = end + 1;
            String t = line.strip();
            if (t.isEmpty()) continue;
            if (isBoilerplate(t)) {
                ignored.add(new Article.Span(start, end));
            } else if (titleSpan == null && (title == null || sameText(t, title))) {
                // the headline as it stands in the text: evidence may point at it, but it is not a claim of its own
                int lead = line.indexOf(t);
                titleSpan = new Article.Span(start + lead, start + lead + t.length());
                title = t;
            } else if (t.length() < 50 && BYLINE.matcher(t).matches()) {
                ignored.add(new Article.Span(start, end));      // "خاص - SY24": the credit line, not text
            }
        }
        if (title == null) throw new BadInputException(name, "has no article text (only page furniture)");
        return new Article(name, url, outlet, published, title, titleSpan, text, ignored);
    }

    private static boolean sameText(String a, String b) {
        return a.replaceAll("\\s+", " ").equals(b.strip().replaceAll("\\s+", " "));
    }

    private boolean isBoilerplate(String line) {
        return boilerplateLines.contains(line.toLowerCase());
    }

    /** Offset of the header block's end, or -1 when the content has no header block. */
    private static int headerEnd(String content) {
        String[] lines = content.split("\n", -1);
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
            throw new BadInputException(name, "published date '" + value + "' is not an ISO date (YYYY-MM-DD)");
        }
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : (b != null && !b.isBlank() ? b : null);
    }
}
