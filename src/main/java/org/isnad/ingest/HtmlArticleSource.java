package org.isnad.ingest;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.isnad.BadInputException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A saved web page. Metadata from the page: the headline ({@code og:title}, {@code <title>}, {@code <h1>}),
 * the publication date ({@code article:published_time}, JSON-LD {@code NewsArticle.datePublished},
 * {@code <time datetime>}), the canonical URL ({@code <link rel=canonical>}, {@code og:url}) and the outlet
 * ({@code og:site_name}). The article text is the body of the {@code <article>} (or main content) without
 * navigation, header, footer, asides, share buttons, related-article lists and scripts, one paragraph
 * per line: evidence offsets point into that text, which {@code --format json} shows.
 */
public final class HtmlArticleSource implements ArticleSource {

    /** Pages nested deeper than this are refused: no article needs it, and it is how parsers are attacked. */
    static final int MAX_DEPTH = 256;

    private static final Set BLOCKS = new Set("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6",
            "li", "ul", "ol", "blockquote", "pre", "br", "tr", "table", "figcaption", "figure", "dd", "dt", "dl", "hr", "address");
    /** class or id words of page furniture inside an article element */
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)(^|[-_\\s])(share|sharing|social|related|relatedposts|comments?|breadcrumbs?|newsletter|advert|ads?|sidebar|widget|"
                    + "popular|subscribe|tags|menu|navbar|nav|footer|header|author-box|read-?more|more-news|print|sharedaddy)($|[-_\\s])");

    private final TextArticleSource text;
    private final ReadOptions options;

    public HtmlArticleSource(ReadOptions options) {
        this.options = options;
        this.text = new TextArticleSource(options);
    }

    @Override
    public void read(Input in, ArticleSink sink) {
        try {
            byte[] bytes = in.readAll(options.maxRawBytes());
            String html = Encodings.decode(in.name(), bytes, options.encoding(), Encodings.htmlDeclared(bytes));
            sink.article(fromHtml(in.name(), html, null, ArticleMeta.NONE.overriddenBy(options.overrides())), null);
        } catch (BadInputException e) {
            sink.failed(Problem.of(e, in.name(), null));
        }
    }

    /**
     * The article of a page. {@code fallbackUrl}: where it was fetched from (a WARC target), used when the
     * page names no canonical URL. {@code outer}: metadata that wins over the page's (command line, JSON fields).
     */
    public Article fromHtml(String name, String html, String fallbackUrl, ArticleMeta outer) throws BadInputException {
        if (html.indexOf('\0') >= 0) throw new BadInputException(name, "is binary (contains NUL bytes), not an HTML page");
        Document doc;
        try {
            doc = Jsoup.parse(html, fallbackUrl == null ? "" : fallbackUrl, Parser.htmlParser().setTrackErrors(0));
        } catch (StackOverflowError | RuntimeException e) {
            throw new BadInputException(name, "is HTML that cannot be parsed (" + e.getClass().getSimpleName() + ")");
        }
        int depth = depth(doc);
        if (depth > MAX_DEPTH)
            throw new BadInputException(name, "is HTML nested " + depth + " levels deep (the limit is " + MAX_DEPTH
                    + "): malformed or hostile, not an article page");
        ArticleMeta page = metadata(name, doc, fallbackUrl);
        // the headline is metadata, as in a text file's header or a JSON line's title: the body is what follows it
        for (Element h : doc.select("h1"))
            if (page.title() != null && h.text().strip().equals(page.title())) h.remove();
        String body = bodyText(doc);
        if (body.isBlank()) throw new BadInputException(name, "is an HTML page with no article text (no paragraphs in its body)");
        return text.build(name, outer.or(page), body);
    }

    /** The deepest element nesting, counted without recursion. */
    static int depth(Document doc) {
        int[] max = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            int d;
            @Override public void head(Node n, int depth) { if (depth > max[0]) max[0] = depth; }
            @Override public void tail(Node n, int depth) {}
        }, doc);
        return max[0];
    }

    ArticleMeta metadata(String name, Document doc, String fallbackUrl) throws BadInputException {
        JsonObject ld = jsonLdArticle(doc);
        String title = firstNonBlank(meta(doc, "og:title"), ld == null ? null : str(ld.get("headline")),
                doc.title(), doc.selectFirst("h1") == null ? null : doc.selectFirst("h1").text());

        String dateText = firstNonBlank(meta(doc, "article:published_time"), meta(doc, "datePublished"),
                ld == null ? null : str(ld.get("datePublished")), timeDatetime(doc));
        LocalDate published = null;
        if (dateText != null) {
            published = TextArticleSource.parseLooseDate(dateText);
            if (published == null)
                throw new BadInputException(name, "publication date '" + TextArticleSource.shorten(dateText) + "' in the page's metadata is not a date");
        }

        Element canon = doc.selectFirst("link[rel=canonical][href]");
        String url = firstNonBlank(canon == null ? null : canon.absUrl("href").isEmpty() ? canon.attr("href") : canon.absUrl("href"),
                meta(doc, "og:url"), ld == null ? null : str(ld.get("url")), fallbackUrl);

        String outlet = meta(doc, "og:site_name");
        if (outlet == null && ld != null && ld.get("publisher") != null && ld.get("publisher").isObject())
            outlet = str(ld.get("publisher").getAsObject().get("name"));
        return new ArticleMeta(url, outlet, published, title == null ? null : title.strip());
    }

    private static String meta(Document doc, String key) {
        for (Element m : doc.select("meta[property], meta[name], meta[itemprop]")) {
            if (key.equalsIgnoreCase(m.attr("property")) || key.equalsIgnoreCase(m.attr("name")) || key.equalsIgnoreCase(m.attr("itemprop"))) {
                String c = m.attr("content");
                if (!c.isBlank()) return c.strip();
            }
        }
        return null;
    }

    private static String timeDatetime(Document doc) {
        Element t = doc.selectFirst("article time[datetime], time[datetime]");
        return t == null ? null : t.attr("datetime");
    }

    /** The first JSON-LD object typed NewsArticle (or Article, ReportageNewsArticle…), looking inside @graph and arrays. */
    static JsonObject jsonLdArticle(Document doc) {
        for (Element s : doc.select("script[type=application/ld+json]")) {
            String json = s.data();
            if (json.length() > 200_000 || JsonLinesArticleSource.nesting(json) > 32) continue;
            try {
                JsonValue v = JSON.parseAny(json);
                JsonObject o = findArticle(v, 0);
                if (o != null) return o;
            } catch (RuntimeException e) {
                // a broken JSON-LD block is common on real pages: the other metadata still counts
            }
        }
        return null;
    }

    private static JsonObject findArticle(JsonValue v, int depth) {
        if (depth > 4 || v == null) return null;
        if (v.isArray()) {
            for (JsonValue x : v.getAsArray()) {
                JsonObject o = findArticle(x, depth + 1);
                if (o != null) return o;
            }
        } else if (v.isObject()) {
            JsonObject o = v.getAsObject();
            JsonValue type = o.get("@type");
            List<String> types = new ArrayList<>();
            if (type != null && type.isString()) types.add(type.getAsString().value());
            if (type != null && type.isArray()) for (JsonValue t : type.getAsArray()) if (t.isString()) types.add(t.getAsString().value());
            if (types.stream().anyMatch(t -> t.endsWith("Article"))) return o;
            if (o.get("@graph") != null) return findArticle(o.get("@graph"), depth + 1);
        }
        return null;
    }

    private static String str(JsonValue v) {
        return v != null && v.isString() ? v.getAsString().value() : null;
    }

    private static String firstNonBlank(String... xs) {
        for (String x : xs) if (x != null && !x.isBlank()) return x.strip();
        return null;
    }

    /** The article body, one paragraph per line. */
    static String bodyText(Document doc) {
        doc.select("script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, select, "
                + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [aria-hidden=true]").remove();
        List<Element> furniture = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            if (e == doc || e.tagName().equals("html") || e.tagName().equals("body")) continue;
            if (FURNITURE.matcher(e.className()).find() || FURNITURE.matcher(e.id()).find()) furniture.add(e);
        }
        furniture.forEach(Element::remove);
        Element root = contentRoot(doc);
        if (root == null) return "";
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override public void head(Node n, int depth) {
                if (n instanceof TextNode t) {
                    line.append(t.getWholeText());     // inline markup keeps the page's own spaces
                } else if (n instanceof Element e && BLOCKS.has(e.normalName())) {
                    flush();
                }
            }
            @Override public void tail(Node n, int depth) {
                if (n instanceof Element e && BLOCKS.has(e.normalName())) flush();
            }
            private void flush() {
                String s = line.toString().replaceAll("[\\s\\u00A0]+", " ").strip();
                if (!s.isEmpty()) out.append(s).append('\n');
                line.setLength(0);
            }
        }, root);
        String s = line.toString().replaceAll("[\\s\\u00A0]+", " ").strip();
        if (!s.isEmpty()) out.append(s).append('\n');
        return out.toString();
    }

    /** The element holding the article: itemprop=articleBody, the largest article, main, or the body. */
    static Element contentRoot(Document doc) {
        Element body = doc.selectFirst("[itemprop=articleBody]");
        if (body != null) return body;
        Elements articles = doc.select("article");
        Element best = null;
        for (Element a : articles) if (best == null || a.text().length() > best.text().length()) best = a;
        if (best != null && !best.text().isBlank()) return best;
        Element main = doc.selectFirst("main, [role=main]");
        if (main != null) return main;
        return doc.body();
    }

    /** A small set of tag names (jsoup's own lookups are not public). */
    private record Set(java.util.Set<String> names) {
        Set(String... names) { this(java.util.Set.of(names)); }
        boolean has(String n) { return names.contains(n.toLowerCase(Locale.ROOT)); }
    }

    static Charset declared(byte[] bytes) { return Encodings.htmlDeclared(bytes); }
}
