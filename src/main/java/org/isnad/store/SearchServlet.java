package org.isnad.store;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** {@code /search?q=}: places, actors and events by name, Arabic or English ({@link NameSearch}). */
final class SearchServlet extends HttpServlet {
    static final String PATH = "/search";
    static final int MAX_EVENTS = 500;

    private final DatasetGraph store;
    private final IriMapping map;

    SearchServlet(DatasetGraph store, IriMapping map) {
        this.store = store;
        this.map = map;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q");
        String page = Txn.calculateRead(store, () -> render(new NodeText(store, map), q == null ? "" : q.strip()));
        Html.send(resp, page);
    }

    static String render(NodeText t, String q) {
        StringBuilder h = Html.open(q.isEmpty() ? "Search" : "Search: " + q);
        h.append("<h1>Search</h1>\n<form action=\"/search\" method=\"get\"><input type=\"search\" name=\"q\" dir=\"auto\" size=\"40\" value=\"")
         .append(Html.esc(q)).append("\" placeholder=\"دير الزور · Deir ez-Zor · CENTCOM\"> <button>Search</button></form>\n");
        if (q.isEmpty()) return Html.close(h);
        NameSearch.Result r = NameSearch.search(t, q);
        if (r.places().isEmpty() && r.actors().isEmpty()) {
            h.append("<p id=\"nothing\">Nothing is named “").append(Html.esc(q)).append("”.</p>\n");
            return Html.close(h);
        }
        hits(h, t, "places", "Places", r.places());
        hits(h, t, "actors", "Actors", r.actors());
        h.append("<section id=\"events\"><h2>Events (").append(r.events().size()).append(")</h2>\n");
        EventListPage.EventTable.append(h, t, r.events().subList(0, Math.min(MAX_EVENTS, r.events().size())));
        return Html.close(h.append("</section>\n"));
    }

    private static void hits(StringBuilder h, NodeText t, String id, String title, List<NameSearch.Hit> hits) {
        if (hits.isEmpty()) return;
        h.append("<section id=\"").append(id).append("\"><h2>").append(title).append("</h2><ul>");
        for (NameSearch.Hit hit : hits) {
            h.append("<li class=\"hit\">").append(t.name(hit.node()));
            String shown = t.label(hit.node(), "en"), ar = t.label(hit.node(), "ar");
            if (!hit.matched().equals(shown) && !hit.matched().equals(ar))
                h.append(" <small>(as “").append(Html.hasArabic(hit.matched()) ? Html.ar(hit.matched()) : Html.esc(hit.matched()))
                 .append("”)</small>");
            h.append("</li>");
        }
        h.append("</ul></section>\n");
    }
}
