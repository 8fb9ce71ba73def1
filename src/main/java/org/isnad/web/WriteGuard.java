package org.isnad.web;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

/**
 * Cross-site request forgery stops here, on the write paths. A browser sends its stored password with any
 * request a page on another site makes, and an HTML form may post there without asking anyone. So a
 * change of data must (1) come with a content type no form can send (SPARQL Update or an RDF media type;
 * forms send only urlencoded, multipart and text/plain), else 415, and (2) carry no Origin header, or the
 * server's own, else 403. Command-line clients and libraries send no Origin and are unaffected.
 */
public final class WriteGuard extends HttpFilter {
    /** Methods that change nothing pass untouched (a GSP read of /data). */
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final String accepted;
    private final Predicate<String> acceptsMediaType;

    private WriteGuard(String accepted, Predicate<String> acceptsMediaType) {
        this.accepted = accepted;
        this.acceptsMediaType = acceptsMediaType;
    }

    /** For SPARQL Update: only {@code application/sparql-update}. */
    public static WriteGuard sparqlUpdate() {
        return new WriteGuard("application/sparql-update", "application/sparql-update"::equals);
    }

    /**
     * For Graph Store writes: the RDF syntaxes that are self-contained. Not text/plain (N-Triples' old type,
     * and a form's), and not JSON-LD, whose {@code @context} may be a URL the parser would fetch.
     */
    public static WriteGuard rdfData() {
        return new WriteGuard("Turtle, TriG, N-Triples, N-Quads or RDF/XML (JSON-LD is refused: its @context "
                + "may name a URL, and this server fetches nothing)",
                t -> {
                    Lang lang = RDFLanguages.contentTypeToLang(t);
                    return lang != null && !t.equals("text/plain") && SELF_CONTAINED.contains(lang);
                });
    }

    private static final Set<Lang> SELF_CONTAINED = Set.of(Lang.TURTLE, Lang.TRIG, Lang.NTRIPLES, Lang.NQUADS, Lang.RDFXML);

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE.contains(req.getMethod().toUpperCase(Locale.ROOT))) {
            chain.doFilter(req, resp);
            return;
        }
        String origin = req.getHeader("Origin");
        if (origin != null && !origin.equalsIgnoreCase(ownOrigin(req)) && !sameOrigin(origin, req)) {
            refuse(resp, 403, "Origin " + origin + " is not this server's (" + ownOrigin(req) + "): writes come only "
                    + "from the server's own pages or from clients that send no Origin, never from other sites.");
            return;
        }
        boolean hasBody = !"DELETE".equalsIgnoreCase(req.getMethod());
        String type = mediaType(req.getContentType());
        if (hasBody && (type == null || !acceptsMediaType.test(type))) {
            refuse(resp, 415, "Content-Type " + (type == null ? "(none)" : type) + " cannot change data here; send "
                    + accepted + " (an HTML form's types are refused, so that other sites cannot post here).");
            return;
        }
        chain.doFilter(req, resp);
    }

    /** {@code scheme://host[:port]} as the client addressed this server. */
    static String ownOrigin(HttpServletRequest req) {
        String host = req.getHeader("Host");
        return req.getScheme() + "://" + (host == null ? req.getServerName() + ":" + req.getServerPort() : host);
    }

    /** Same scheme, host and port, the default port written or not. */
    static boolean sameOrigin(String origin, HttpServletRequest req) {
        try {
            URI o = new URI(origin), own = new URI(ownOrigin(req));
            return o.getScheme() != null && o.getHost() != null && own.getHost() != null
                    && o.getScheme().equalsIgnoreCase(own.getScheme()) && o.getHost().equalsIgnoreCase(own.getHost())
                    && port(o) == port(own) && (o.getPath() == null || o.getPath().isEmpty());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static int port(URI u) {
        if (u.getPort() >= 0) return u.getPort();
        return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }

    /** The media type of a Content-Type header, lower case, without parameters; null when absent. */
    static String mediaType(String contentType) {
        if (contentType == null) return null;
        int semi = contentType.indexOf(';');
        String t = (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
        return t.isEmpty() ? null : t;
    }

    static void refuse(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getOutputStream().write((message + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
