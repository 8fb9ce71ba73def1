package org.isnad.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * isnad's home page and what it needs: the page at {@code /} ({@link HomePage}), its script and style
 * sheet as files under {@code /app/} (the Content-Security-Policy allows no inline script), the events as
 * JSON at {@code /api/events}, and {@code /fuseki/}, which sends to the Fuseki UI the home page replaced.
 */
final class HomeServlets {
    private HomeServlets() {}

    static final String API = "/api/events";
    static final String ASSETS = "/app/";
    static final String FUSEKI = "/fuseki";
    /** Where the Fuseki UI's single page lives in its static files. */
    static final String FUSEKI_UI = "/index.html";

    /** {@code /}: the home page, the same for everyone; the data comes from {@link #API}. */
    static final class Home extends HttpServlet {
        private final byte[] page = HomePage.render().getBytes(StandardCharsets.UTF_8);

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            Html.send(resp, 200, "text/html; charset=utf-8", page);
        }
    }

    /** {@code /api/events}: every event as JSON ({@link EventJson}). */
    static final class Events extends HttpServlet {
        private final DatasetGraph store;
        private final IriMapping map;

        Events(DatasetGraph store, IriMapping map) {
            this.store = store;
            this.map = map;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            String json = Txn.calculateRead(store, () -> JSON.toStringFlat(EventJson.build(new NodeText(store, map))));
            Html.send(resp, 200, "application/json; charset=utf-8", json.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** {@code /app/NAME}: the few files of the home page, from the class path; nothing else. */
    static final class Assets extends HttpServlet {
        static final Map<String, String> FILES = Map.of("home.js", "text/javascript; charset=utf-8",
                "home.css", "text/css; charset=utf-8", "countries.json", "application/json; charset=utf-8");

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            String name = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
            String type = FILES.get(name);
            if (type == null) {
                Html.error(resp, 404, "No such file.");
                return;
            }
            try (InputStream in = HomeServlets.class.getResourceAsStream("/org/isnad/web/app/" + name)) {
                if (in == null) {
                    Html.error(resp, 404, "No such file.");
                    return;
                }
                resp.setHeader("Cache-Control", "no-cache");
                Html.send(resp, 200, type, in.readAllBytes());
            }
        }
    }

    /** {@code /fuseki} and below: to the Fuseki UI. */
    static final class FusekiUi extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.sendRedirect(FUSEKI_UI);
        }
    }
}
