package org.isnad.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.isnad.vocab.Vocab;
import org.isnad.web.SecurityHeaders;

/**
 * What every isnad page shares: escaping, the one inline style sheet (allowed by its hash, so the
 * Content-Security-Policy can refuse all other inline style and every inline script), the header with the
 * site's links, and sending a page.
 */
final class Html {
    private Html() {}

    static final String CSS = """
            body{font-family:system-ui,"Noto Sans","Noto Naskh Arabic",sans-serif;margin:0;color:#1b1b1b;line-height:1.5}
            header{background:#23395d;padding:.5em 1em}header a{color:#fff;text-decoration:none;margin-inline-end:1.2em}
            main{max-width:1100px;margin:0 auto;padding:1em}
            h1{margin-bottom:.2em}.title-ar{font-size:1.4em;margin-top:0}
            .iri{color:#555;font-size:.9em}code{word-break:break-all}
            dl{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em}dt{font-weight:600}dd{margin:0}
            table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.25em .5em;text-align:start;vertical-align:top}
            .claim{border:1px solid #ccc;border-radius:6px;padding:.5em 1em;margin:.8em 0}
            blockquote.evidence{background:#f4f1e8;border-inline-start:4px solid #b38b2d;margin:.5em 0;padding:.5em 1em;font-size:1.1em}
            .pager a{margin-inline-end:1em}.num{text-align:end;font-variant-numeric:tabular-nums}
            [lang=ar]{font-family:"Noto Naskh Arabic","Noto Sans Arabic",serif}
            """;

    /** The policy of every isnad page: scripts from this server only, and of inline style only {@link #CSS}. */
    static final String POLICY = SecurityHeaders.policyWithStyle(hashSource(CSS));

    /** The start of a page, up to and including the opening {@code <main>}. */
    static StringBuilder open(String title, String... headExtras) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
         .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
         .append(esc(title)).append(" — isnad</title>\n");
        for (String x : headExtras) h.append(x).append('\n');
        h.append("<style>").append(CSS).append("</style>\n</head>\n<body>\n").append(NAV).append("<main>\n");
        return h;
    }

    static final String NAV = "<header><a href=\"/\">isnad</a><a href=\"/id/event/\">Events</a>"
            + "<a href=\"/search\">Search</a><a href=\"/ns\">Ontology</a><a href=\"/fuseki/\">SPARQL</a></header>\n";

    static String close(StringBuilder h) {
        return h.append("</main>\n</body>\n</html>\n").toString();
    }

    /** Sends an HTML page with the strict policy. */
    static void send(HttpServletResponse resp, String html) throws IOException {
        send(resp, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
        // set after send's headers are fine: headers are committed only when the body is written
    }

    static void send(HttpServletResponse resp, int status, String contentType, byte[] body) throws IOException {
        resp.setStatus(status);
        if (contentType.startsWith("text/html")) resp.setHeader("Content-Security-Policy", POLICY);
        resp.setContentType(contentType);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    static void error(HttpServletResponse resp, int status, String message) throws IOException {
        send(resp, status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Escapes text for HTML element content and quoted attribute values. */
    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** The CSP source that allows exactly the inline {@code text}: {@code 'sha256-BASE64'}. */
    static String hashSource(String text) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + java.util.Base64.getEncoder().encodeToString(d) + "'";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Arabic text in its own right-to-left span. */
    static String ar(String text) {
        return text == null ? "" : "<span lang=\"ar\" dir=\"rtl\">" + esc(text) + "</span>";
    }

    static boolean hasArabic(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    }

    /** The id part of an isnad IRI ({@code event/...}), else the last segment. */
    static String localName(String iri) {
        if (iri.startsWith(Vocab.ID)) return iri.substring(Vocab.ID.length());
        int i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return i >= 0 && i < iri.length() - 1 ? iri.substring(i + 1) : iri;
    }
}
