package org.isnad.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.BiFunction;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
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

    /**
     * {@code /api/events}: a page of events as JSON ({@link EventJson#page}), filtered and sorted by the query
     * string ({@link EventQuery.Request}; {@code page} from 1, {@code size} up to {@value #MAX_SIZE});
     * {@code /api/events/facets}: every filter's values; {@code /api/events/overview}: counts a month and a
     * place for the timeline and the map ({@link EventOverview}).
     */
    static final class Events extends HttpServlet {
        static final int MAX_SIZE = 500;
        private final DatasetGraph store;
        private final IriMapping map;
        private final Map<String, BiFunction<NodeText, HttpServletRequest, JsonObject>> parts = Map.of(
                "", (t, req) -> EventJson.page(t, EventQuery.Request.parse(req::getParameter),
                        EventListPage.pageNumber(req.getParameter("page")), size(req.getParameter("size"))),
                "/facets", (t, req) -> EventOverview.facets(t),
                "/overview", (t, req) -> EventOverview.overview(t, EventQuery.Request.parse(req::getParameter)));

        Events(DatasetGraph store, IriMapping map) {
            this.store = store;
            this.map = map;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            var part = parts.get(req.getPathInfo() == null ? "" : req.getPathInfo());
            if (part == null) {
                Html.error(resp, 404, "No such part of " + API + ": /facets and /overview are.");
                return;
            }
            String json;
            try {
                json = Txn.calculateRead(store, () -> JSON.toStringFlat(part.apply(new NodeText(store, map), req)));
            } catch (IllegalArgumentException e) {
                Html.error(resp, 400, e.getMessage());
                return;
            }
            Html.send(resp, 200, "application/json; charset=utf-8", json.getBytes(StandardCharsets.UTF_8));
        }

        /** {@code ?size=}: 1 to {@value #MAX_SIZE}, default {@value EventListPage#PAGE_SIZE}. */
        static int size(String param) {
            if (param == null || param.isBlank()) return EventListPage.PAGE_SIZE;
            try {
                int n = Integer.parseInt(param.trim());
                if (n >= 1 && n <= MAX_SIZE) return n;
            } catch (NumberFormatException e) {
                // refused below
            }
            throw new IllegalArgumentException("size: a number from 1 to " + MAX_SIZE + ", not " + param);
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
