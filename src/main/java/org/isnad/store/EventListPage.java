package org.isnad.store;

import java.util.List;

import org.apache.jena.graph.Node;

/**
 * {@code /id/event/}: every event, newest first, {@value #PAGE_SIZE} a page ({@code ?page=N}, from 1), each
 * row with its type, date, place and reporter and a link to its page. The table is {@link EventTable}'s.
 */
final class EventListPage {
    static final int PAGE_SIZE = 50;

    private EventListPage() {}

    /**
     * The page, from the {@link EventSummary} (only the page's events are read); call inside a read
     * transaction. {@code page} below 1 counts as 1; past the end the table is empty.
     */
    static String render(NodeText text, int page) {
        int p = Math.max(1, page);
        EventQuery.Page found = EventQuery.page(text.store, EventQuery.Request.ALL, p, PAGE_SIZE);
        long total = found.all();
        long pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        StringBuilder h = Html.open("Events");
        h.append("<h1>Events</h1>\n<p id=\"count\">").append(total).append(total == 1 ? " event" : " events")
         .append(", newest first; page ").append(p).append(" of ").append(pages).append(".</p>\n");
        EventTable.append(h, text, EventIndex.of(text.store, found.events()));
        h.append("<p class=\"pager\">");
        if (p > 1) h.append("<a rel=\"prev\" href=\"?page=").append(p - 1).append("\">← newer</a>");
        if (p < pages) h.append("<a rel=\"next\" href=\"?page=").append(p + 1).append("\">older →</a>");
        h.append("</p>\n");
        return Html.close(h);
    }

    /** {@code ?page=} as a number; anything else is page 1. */
    static int pageNumber(String param) {
        if (param == null) return 1;
        try {
            return Math.max(1, Integer.parseInt(param.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The HTML table of events that the event list, place pages and search share. */
    static final class EventTable {
        private EventTable() {}

        static void append(StringBuilder h, NodeText text, List<EventIndex.Row> rows) {
            h.append("<table class=\"events\"><thead><tr><th>event</th><th>type</th><th>date</th><th>place</th>")
             .append("<th>reported by</th></tr></thead><tbody>\n");
            for (EventIndex.Row r : rows) {
                h.append("<tr class=\"event\"><td>").append(text.link(r.event(), Html.localName(r.event().getURI())))
                 .append("</td><td>").append(names(text, r.types())).append("</td><td>").append(Html.esc(r.dateText()))
                 .append("</td><td>").append(names(text, r.places())).append("</td><td>").append(names(text, r.reporters()))
                 .append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }

        private static String names(NodeText text, Iterable<Node> nodes) {
            StringBuilder s = new StringBuilder();
            for (Node n : nodes) s.append(s.length() == 0 ? "" : "; ").append(text.name(n));
            return s.toString();
        }
    }
}
