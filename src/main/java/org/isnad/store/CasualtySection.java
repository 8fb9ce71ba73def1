package org.isnad.store;

import java.util.List;

import org.apache.jena.graph.Node;
import org.isnad.vocab.Vocab;

/**
 * The casualty claims of an event on its page: each isnad:CasualtyCount whose isnad:ofEvent is the event,
 * with the claim asserting it, who reported it, and how many killed and wounded it says ("at least" when
 * isnad:minimumCount). Outlets disagree on tolls, so each claim is its own row, never a sum.
 */
final class CasualtySection {
    private CasualtySection() {}

    static void append(StringBuilder h, NodeText t, Node event) {
        List<Node> counts = t.subjects(Vocab.ofEvent, event);
        if (counts.isEmpty()) return;
        h.append("<section id=\"casualties\"><h2>Casualties claimed</h2><table><thead><tr><th>claim</th><th>reported by</th>")
         .append("<th>outlet</th><th class=\"num\">killed</th><th class=\"num\">wounded</th><th>who</th></tr></thead><tbody>");
        for (Node cc : counts) {
            List<Node> claims = t.subjects(Vocab.asserts, cc);
            boolean floor = "true".equals(t.first(cc, Vocab.minimumCount));
            String killed = t.first(cc, Vocab.killed), wounded = t.first(cc, Vocab.wounded);
            h.append("<tr class=\"casualty\"><td>");
            for (Node c : claims) h.append(t.link(c, "claim " + Html.localName(c.getURI()))).append(' ');
            h.append("</td><td>");
            for (Node c : claims) for (Node r : t.objects(c, Vocab.reportedBy)) h.append(t.name(r)).append(' ');
            h.append("</td><td>");
            for (Node c : claims) for (Node o : t.objects(c, Vocab.outlet)) h.append(t.name(o)).append(' ');
            h.append("</td><td class=\"num killed\">").append(count(killed, floor))
             .append("</td><td class=\"num wounded\">").append(count(wounded, floor)).append("</td><td>");
            for (Node v : t.objects(cc, Vocab.victim)) h.append(t.name(v)).append(' ');
            h.append("</td></tr>");
        }
        h.append("</tbody></table></section>\n");
    }

    private static String count(String n, boolean floor) {
        if (n.isEmpty()) return "—";
        return (floor ? "at least " : "") + Html.esc(n);
    }
}
