package org.isnad.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * CORS for reading: scripts on any origin (a notebook, someone's web page) may query, read graphs and
 * pages, with {@code Access-Control-Allow-Origin: *} and never with credentials, so a browser does not lend
 * them its stored password. The write paths get no CORS header at all, so a browser keeps other sites'
 * scripts from them. Preflight requests on read paths are answered here.
 */
public final class OpenCors extends HttpFilter {
    static final String METHODS = "GET, HEAD, POST, OPTIONS";
    static final String HEADERS = "Accept, Accept-Language, Content-Type, X-Requested-With";

    private final List<String> writePaths;
    private final String exposed;

    /** {@code writePaths}: paths (and everything under them) left without CORS; {@code exposed}: headers scripts may read. */
    public OpenCors(List<String> writePaths, String exposed) {
        this.writePaths = List.copyOf(writePaths);
        this.exposed = exposed;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        if (req.getHeader("Origin") == null || isWritePath(path(req))) {
            chain.doFilter(req, resp);
            return;
        }
        resp.setHeader("Access-Control-Allow-Origin", "*");
        if ("OPTIONS".equalsIgnoreCase(req.getMethod()) && req.getHeader("Access-Control-Request-Method") != null) {
            resp.setHeader("Access-Control-Allow-Methods", METHODS);
            resp.setHeader("Access-Control-Allow-Headers", HEADERS);
            resp.setHeader("Access-Control-Max-Age", "600");
            resp.setStatus(204);
            return;
        }
        if (exposed != null) resp.setHeader("Access-Control-Expose-Headers", exposed);
        chain.doFilter(req, resp);
    }

    private boolean isWritePath(String path) {
        for (String w : writePaths)
            if (path.equals(w) || path.startsWith(w + "/")) return true;
        return false;
    }

    /** The decoded path inside the server, as the servlet mappings (and the password check) see it. */
    static String path(HttpServletRequest req) {
        String p = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        return p.isEmpty() ? "/" : p;
    }
}
