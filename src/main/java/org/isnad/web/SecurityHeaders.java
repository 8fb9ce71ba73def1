package org.isnad.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Headers on every response that keep a browser from turning data into active content: no guessing of
 * types (a Turtle literal holding HTML stays text), no framing (clickjacking), and a Content-Security-Policy
 * that allows scripts only from this server, never inline, so text from the articles cannot run even if it
 * ever reached a page unescaped. A servlet may set a narrower policy of its own (the pages add the hash of
 * their one inline style).
 */
public final class SecurityHeaders extends HttpFilter {
    /**
     * The policy of every response unless a servlet sets its own. Inline style and data: images are
     * allowed because the Fuseki UI sets styles from its scripts and draws its icons so; inline script is not.
     */
    public static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** The strictest: scripts from this server only, and of inline style only what {@code styleSource} allows. */
    public static String policyWithStyle(String styleSource) {
        return "default-src 'self'; script-src 'self'; style-src 'self' " + styleSource + "; "
                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    private final String policy;

    public SecurityHeaders(String policy) {
        this.policy = policy;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("X-Frame-Options", "DENY");
        resp.setHeader("Referrer-Policy", "same-origin");
        resp.setHeader("Content-Security-Policy", policy);
        chain.doFilter(req, resp);
    }
}
