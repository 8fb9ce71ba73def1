package org.isnad.store;

/**
 * The home page's markup: filters, a timeline, a map and the event table with its pager, all empty until
 * {@code /app/home.js} fills them from {@code /api/events} (a page at a time, filtered and sorted there). Filters are read from and written to the
 * query string, so a filtered view is a link one can share.
 */
final class HomePage {
    private HomePage() {}

    /** name in the query string, label, and whether it is a date (else a list of values). */
    static final String[][] FILTERS = {
        {"type", "Type", ""}, {"from", "From", "date"}, {"to", "To", "date"}, {"gov", "Governorate", ""},
        {"reporter", "Reported by", ""}, {"outlet", "Outlet", ""}, {"modality", "Modality", ""}};

    static String render() {
        StringBuilder h = Html.open("Events in Syria, as reported",
                "<link rel=\"stylesheet\" href=\"/app/home.css\">", "<script src=\"/app/home.js\" defer></script>");
        h.append("<h1>isnad: events in Syria, as reported</h1>\n")
         .append("<p>Every event the store holds, with who reported it. Filter, sort by a column, or follow a row to the ")
         .append("event's page. Also: <a href=\"/id/event/\">the plain list</a>, <a href=\"/search\">search</a>, ")
         .append("<a href=\"/fuseki/\">SPARQL</a>.</p>\n<form id=\"filters\" class=\"filters\">");
        for (String[] f : FILTERS) {
            h.append("<label>").append(f[1]).append(' ');
            if (f[2].equals("date")) h.append("<input type=\"date\" id=\"f-").append(f[0]).append("\" name=\"").append(f[0]).append("\">");
            else h.append("<select id=\"f-").append(f[0]).append("\" name=\"").append(f[0]).append("\"><option value=\"\">all</option></select>");
            h.append("</label>");
        }
        h.append("<button type=\"reset\" id=\"f-reset\">clear</button></form>\n")
         .append("<p id=\"status\">Loading events…</p>\n")
         .append("<div class=\"charts\"><figure><figcaption>Events a month</figcaption><svg id=\"timeline\" role=\"img\" ")
         .append("aria-label=\"events a month\" viewBox=\"0 0 600 220\"></svg></figure>\n")
         .append("<figure><figcaption>Where: country outlines from Natural Earth (public domain); governorate ")
         .append("centroids labelled; governorate boundaries are not drawn</figcaption><svg id=\"map\" role=\"img\" aria-label=\"map of events\" ")
         .append("viewBox=\"0 0 600 500\"></svg></figure></div>\n")
         .append("<table id=\"events\" class=\"events\"><thead><tr>");
        for (String[] c : COLUMNS)
            h.append("<th data-key=\"").append(c[0]).append("\"").append(c[2].isEmpty() ? "" : " lang=\"ar\" dir=\"rtl\"")
             .append("><button type=\"button\">").append(c[1]).append("</button></th>");
        h.append("</tr></thead><tbody></tbody></table>\n<p id=\"pager\" class=\"pager\"></p>\n");
        return Html.close(h);
    }

    /** Table columns: key the script sorts by, heading, "ar" for an Arabic column. */
    static final String[][] COLUMNS = {
        {"start", "Date", ""}, {"type", "Type", ""}, {"typeAr", "النوع", "ar"}, {"place", "Place", ""},
        {"placeAr", "المكان", "ar"}, {"gov", "Governorate", ""}, {"reporter", "Reported by", ""},
        {"outlet", "Outlet", ""}, {"modality", "Modality", ""}};
}
