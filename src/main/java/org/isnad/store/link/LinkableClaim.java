package org.isnad.store.link;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.isnad.vocab.Vocab;

/**
 * An event claim that may be linked to claims of other articles: its date is precise to a week or
 * better (precision Day or Week, and at most seven days from earliest begin to latest end) and at least
 * one of its places lies in a district. A claim dated only to a month, a year or a period, or placed only
 * in a governorate, a region or the country, could be any of many incidents: linking it would pair it
 * with every report of the kind in that area and time, which says nothing (and grew the old store to
 * millions of links), so it stays unlinked.
 *
 * @param fine the claim's places that lie in a district, each with where it lies
 */
public record LinkableClaim(Node claim, Node article, Set<Node> types, LocalDate begin, LocalDate end,
                            Map<Node, PlaceScope.Scope> fine) {

    /** The longest span, in days from begin to end, of a claim still precise to a week. */
    static final int MAX_SPAN_DAYS = 6;

    private static final Set<Node> PRECISE = Set.of(NodeFactory.createURI(Vocab.ISNAD + "Day"), NodeFactory.createURI(Vocab.ISNAD + "Week"));

    /** The claim as the store holds it, or empty when it is no event claim or too coarse to link. */
    public static Optional<LinkableClaim> read(DatasetGraph dsg, Node claim, PlaceScope places) {
        Node event = one(dsg, Node.ANY, claim, Vocab.asserts), article = one(dsg, Node.ANY, claim, Vocab.provWasDerivedFrom);
        if (event == null || article == null) return Optional.empty();
        Node precision = one(dsg, claim, event, Vocab.timePrecision);
        if (precision != null && !PRECISE.contains(precision)) return Optional.empty();
        LocalDate begin = date(one(dsg, claim, event, Vocab.semEarliestBegin)), end = date(one(dsg, claim, event, Vocab.semLatestEnd));
        if (begin == null || end == null || end.isBefore(begin) || ChronoUnit.DAYS.between(begin, end) > MAX_SPAN_DAYS)
            return Optional.empty();
        Set<Node> types = new LinkedHashSet<>();
        dsg.find(claim, event, Vocab.rdfType, Node.ANY).forEachRemaining(q -> types.add(q.getObject()));
        var fine = new LinkedHashMap<Node, PlaceScope.Scope>();
        dsg.find(claim, event, Vocab.semHasPlace, Node.ANY).forEachRemaining(q -> {
            PlaceScope.Scope scope = places.of(q.getObject(), claim);
            if (scope.fine()) fine.put(q.getObject(), scope);
        });
        if (types.isEmpty() || fine.isEmpty()) return Optional.empty();
        return Optional.of(new LinkableClaim(claim, article, types, begin, end, fine));
    }

    /**
     * The blocks the claim is filed under: event family, district, ISO week, one key for each of its
     * families, districts and the (one or two) weeks its dates touch. Two claims that could be one event
     * share a key, as overlapping dates share a day and so its week.
     */
    public Set<String> blockKeys(EventFamilies families) {
        Set<String> keys = new LinkedHashSet<>();
        for (Node type : types)
            for (PlaceScope.Scope scope : fine.values())
                for (Node district : scope.districts())
                    for (LocalDate d = begin; !d.isAfter(end); d = d.plusDays(1))
                        keys.add(families.family(type) + " " + district.getURI() + " " + isoWeek(d));
        return keys;
    }

    /** One event told twice: other articles, compatible types, overlapping dates, one place within the other. */
    public boolean sameEventAs(LinkableClaim o, EventFamilies families) {
        if (article.equals(o.article) || claim.equals(o.claim)) return false;
        if (begin.isAfter(o.end) || o.begin.isAfter(end)) return false;
        if (types.stream().noneMatch(t -> o.types.stream().anyMatch(u -> families.compatible(t, u)))) return false;
        for (var mine : fine.entrySet())
            for (var theirs : o.fine.entrySet())
                if (mine.getKey().equals(theirs.getKey()) || mine.getValue().containers().contains(theirs.getKey())
                        || theirs.getValue().containers().contains(mine.getKey()))
                    return true;
        return false;
    }

    static String isoWeek(LocalDate d) {
        return d.get(IsoFields.WEEK_BASED_YEAR) + "-W" + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    private static LocalDate date(Node literal) {
        if (literal == null || !literal.isLiteral()) return null;
        String lex = literal.getLiteralLexicalForm();
        try {
            return LocalDate.parse(lex.length() > 10 ? lex.substring(0, 10) : lex);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Node one(DatasetGraph dsg, Node graph, Node subject, Node predicate) {
        var it = dsg.find(graph, subject, predicate, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
    }

}
