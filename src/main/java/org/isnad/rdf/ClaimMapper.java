package org.isnad.rdf;

import static org.isnad.vocab.Vocab.*;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.isnad.extract.CasualtyClaim;
import org.isnad.extract.Claim;
import org.isnad.extract.ClaimKey;
import org.isnad.extract.EventClaim;
import org.isnad.extract.ExtractionMethod;
import org.isnad.extract.ParticipantText;
import org.isnad.extract.PlaceText;
import org.isnad.extract.Evidence;
import org.isnad.extract.Lexicon;
import org.isnad.extract.Report;
import org.isnad.extract.StatementClaim;
import org.isnad.extract.TimeSpan;
import org.isnad.ingest.Article;
import org.isnad.vocab.Iris;
import org.isnad.vocab.Vocab;

/**
 * Maps an article's claims to quads, pushed into a {@link StreamRDF}. Per article, in a fixed order: the
 * provenance graph first, then one named graph per claim. Nothing goes in the default graph; nothing
 * depends on the clock, so the same article gives the same quads.
 */
public final class ClaimMapper {

    private static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);

    private final Lexicon lexicon;
    private final Node activity;
    private final String version;
    private final ExtractionMethod method;
    private final TypedLiterals dates = new TypedLiterals(XSDDatatype.XSDdate);
    private final TypedLiterals integers = new TypedLiterals(XSDDatatype.XSDinteger);
    private final TypedLiterals counts = new TypedLiterals(XSDDatatype.XSDnonNegativeInteger);
    private final TypedLiterals decimals = new TypedLiterals(XSDDatatype.XSDdecimal);
    // confidences have two decimals (ConfidenceScore): a hundred literals, each written out once
    private final Map<Double, Node> confidences = new java.util.concurrent.ConcurrentHashMap<>();

    public ClaimMapper(Lexicon lexicon, String version) { this(lexicon, version, ExtractionMethod.RULES); }

    /** @param method what read the claims: the rules, or a model (its claims then come from an activity of their own) */
    public ClaimMapper(Lexicon lexicon, String version, ExtractionMethod method) {
        this.lexicon = lexicon;
        this.version = version;
        this.method = method;
        this.activity = uri(method.isRules() ? Iris.extraction(version, lexicon.digest())
                : Iris.extraction(version, lexicon.digest(), method.name(), method.model() + "|" + method.promptVersion()));
    }

    public void map(ConvertedArticle converted, StreamRDF out) {
        Article a = converted.article();
        List<Claim> claims = converted.claims();
        String k = Iris.articleKey(a);
        Node prov = uri(Iris.provenanceGraph(k));
        Node article = uri(Iris.article(k));
        Node outlet = uri(lexicon.outletIri(a.outlet()));
        Map<ClaimKey, Node> claimNodes = new HashMap<>();
        Map<ClaimKey, Node> subjects = new HashMap<>();
        for (Claim c : claims) {
            String h = ClaimIds.key(k, c);
            claimNodes.put(c.key(), uri(ClaimIds.claim(k, h)));
            subjects.put(c.key(), uri(ClaimIds.subject(k, c, h)));
        }

        // ── provenance: the article, its outlet, the reports, the extraction, and each claim ──
        q(out, prov, article, rdfType, schemaNewsArticle);
        q(out, prov, article, rdfType, provEntity);
        if (a.url() != null) q(out, prov, article, schemaUrl, uri(a.url().strip()));
        q(out, prov, article, schemaHeadline, NodeFactory.createLiteralLang(a.title(), "ar"));
        q(out, prov, article, schemaInLanguage, NodeFactory.createLiteralString("ar"));
        q(out, prov, article, schemaPublisher, outlet);
        Node published = a.published() == null ? null : dates.of(a.published().toString());
        if (published != null) q(out, prov, article, schemaDatePublished, published);

        q(out, prov, outlet, rdfType, Outlet);
        q(out, prov, outlet, rdfType, provOrganization);
        q(out, prov, outlet, rdfsLabel, NodeFactory.createLiteralString(lexicon.outletLabel(a.outlet())));

        q(out, prov, activity, rdfType, provActivity);
        q(out, prov, activity, provWasAssociatedWith, uri(Iris.AGENT));
        q(out, prov, activity, softwareVersion, NodeFactory.createLiteralString(version));
        q(out, prov, activity, lexiconDigest, NodeFactory.createLiteralString(lexicon.digest()));
        q(out, prov, activity, extractionMethod, NodeFactory.createLiteralString(method.name()));
        if (method.model() != null) q(out, prov, activity, extractionModel, NodeFactory.createLiteralString(method.model()));
        if (method.promptVersion() != null) q(out, prov, activity, promptVersion, NodeFactory.createLiteralString(method.promptVersion()));

        Set<Report> reports = new LinkedHashSet<>();
        for (Claim c : claims) {
            for (Report r = c.report(); r != null; r = r.quotes()) reports.add(r);   // every link of the chain
            for (Report also : c.alsoToldBy()) for (Report r = also; r != null; r = r.quotes()) reports.add(r);
        }
        for (Report r : reports) {
            Node src = uri(Iris.source(k, r.slug()));
            q(out, prov, src, rdfType, Report);
            q(out, prov, src, rdfType, provEntity);
            q(out, prov, src, reportKind, uri(ISNAD + r.kind().localName()));
            q(out, prov, src, rdfsLabel, NodeFactory.createLiteralLang(r.label(), "en"));
            if (r.speaker() != null) q(out, prov, src, provWasAttributedTo, uri(r.speaker()));
            if (r.speakerName() != null) {
                // a speaker the reference data lacks: named here, in the text's own words
                q(out, prov, uri(r.speaker()), rdfType, uri(PROV + "Agent"));
                q(out, prov, uri(r.speaker()), rdfsLabel, NodeFactory.createLiteralLang(r.speakerName(), "ar"));
            }
            if (r.relayedBy() != null) q(out, prov, src, relayedBy, uri(r.relayedBy()));
            if (r.cueText() != null) q(out, prov, src, cueText, NodeFactory.createLiteralLang(r.cueText(), "ar"));
            if (r.quotes() != null) q(out, prov, src, provWasQuotedFrom, uri(Iris.source(k, r.quotes().slug())));
            if (r.kind() != org.isnad.extract.ReportKind.OUTLET_REPORTING) q(out, prov, article, provWasQuotedFrom, src);
        }

        for (Claim c : claims) {
            Node claim = claimNodes.get(c.key());
            q(out, prov, claim, rdfType, c instanceof EventClaim ? Vocab.EventClaim
                    : c instanceof StatementClaim ? Vocab.StatementClaim : Vocab.CasualtyClaim);
            q(out, prov, claim, rdfType, provEntity);
            q(out, prov, claim, asserts, subjects.get(c.key()));
            q(out, prov, claim, modality, uri(ISNAD + c.modality().localName()));
            q(out, prov, claim, reportedBy, uri(Iris.source(k, c.report().slug())));
            for (Report also : c.alsoToldBy()) q(out, prov, claim, Vocab.alsoReportedBy, uri(Iris.source(k, also.slug())));
            q(out, prov, claim, Vocab.outlet, outlet);
            q(out, prov, claim, provWasDerivedFrom, article);
            if (published != null) q(out, prov, claim, reportedOn, published);
            else q(out, prov, claim, reportedOnStatus, Unresolved);
            q(out, prov, claim, confidence, confidence(c.confidence()));
            q(out, prov, claim, provWasGeneratedBy, activity);
            if (c instanceof EventClaim e) {
                for (ClaimKey same : e.sameEventAs()) q(out, prov, claim, sameEventAs, claimNodes.get(same));
            }
            int n = 1;
            for (Evidence e : c.evidence()) {
                Node ev = uri(Iris.evidence(claim.getURI(), n++));
                q(out, prov, claim, evidence, ev);
                q(out, prov, ev, rdfType, oaTextPositionSelector);
                q(out, prov, ev, oaStart, integers.of(Integer.toString(e.start())));
                q(out, prov, ev, oaEnd, integers.of(Integer.toString(e.end())));
                q(out, prov, ev, oaExact, NodeFactory.createLiteralLang(e.text(), "ar"));
            }
        }

        // ── the claims themselves: what is said to have happened, or what is said ──
        for (Claim claim : claims) {
            Node g = claimNodes.get(claim.key());
            Node s = subjects.get(claim.key());
            if (claim instanceof EventClaim c) {
                q(out, g, s, rdfType, uri(c.eventClass()));
                for (String x : c.actors()) q(out, g, s, semHasActor, uri(x));
                for (String x : c.targets()) q(out, g, s, target, uri(x));
                for (String x : c.directedBy()) q(out, g, s, directedBy, uri(x));
                for (String x : c.places()) q(out, g, s, semHasPlace, uri(x));
                for (PlaceText p : c.placeTexts()) {
                    // kept as written, unresolved: its words, the area it lies in, and no coordinates
                    Node place = uri(Iris.unresolvedPlace(p.text(), p.within()));
                    q(out, g, s, semHasPlace, place);
                    q(out, g, place, rdfType, UnresolvedPlace);
                    q(out, g, place, rdfsLabel, NodeFactory.createLiteralLang(p.text(), "ar"));
                    if (p.within() != null) q(out, g, place, within, uri(p.within()));
                }
                for (ParticipantText p : c.actorTexts()) q(out, g, s, semHasActor, unresolvedActor(out, g, p));
                for (ParticipantText p : c.targetTexts()) q(out, g, s, target, unresolvedActor(out, g, p));
                // said, not left out: the text names no one and nowhere
                if (c.participantsUnknown()) q(out, g, s, participantsUnknown, TRUE);
                for (String x : c.origins()) q(out, g, s, origin, uri(x));
                time(out, g, s, c.time(), subjects);
            } else if (claim instanceof CasualtyClaim c) {
                q(out, g, s, rdfType, CasualtyCount);
                q(out, g, s, ofEvent, subjects.get(c.event()));
                if (c.killed() != null) q(out, g, s, killed, counts.of(Integer.toString(c.killed())));
                if (c.wounded() != null) q(out, g, s, wounded, counts.of(Integer.toString(c.wounded())));
                if (c.minimumCount()) q(out, g, s, minimumCount, TRUE);
                for (String x : c.victims()) q(out, g, s, victim, uri(x));
            } else if (claim instanceof StatementClaim c) {
                q(out, g, s, rdfType, Statement);
                q(out, g, s, rdfValue, NodeFactory.createLiteralLang(c.text(), "ar"));
                for (String x : c.mentions()) q(out, g, s, mentions, uri(x));
                c.about().ifPresent(k2 -> q(out, g, s, about, subjects.get(k2)));
            }
        }
    }

    /** Who acted or was hit, kept as written: a node of the claim's own, with its words and nothing else. */
    private static Node unresolvedActor(StreamRDF out, Node g, ParticipantText p) {
        Node actor = uri(Iris.unresolvedActor(g.getURI(), p.text()));
        q(out, g, actor, rdfType, UnresolvedActor);
        q(out, g, actor, rdfsLabel, NodeFactory.createLiteralLang(p.text(), "ar"));
        return actor;
    }

    private void time(StreamRDF out, Node g, Node s, TimeSpan t, Map<ClaimKey, Node> subjects) {
        if (t.resolved()) {
            q(out, g, s, semEarliestBegin, dates.of(t.start().toString()));
            q(out, g, s, semLatestEnd, dates.of(t.end().toString()));
        }
        q(out, g, s, timePrecision, uri(ISNAD + t.precision()));
        if (t.text() != null) q(out, g, s, timeText, NodeFactory.createLiteralLang(t.text(), "ar"));
        if (t.relation() != null && t.anchor() != null) q(out, g, s, uri(ISNAD + t.relation()), subjects.get(t.anchor()));
    }

    private static void q(StreamRDF out, Node g, Node s, Node p, Node o) {
        out.quad(Quad.create(g, s, p, o));
    }

    private static Node uri(String iri) { return NodeFactory.createURI(iri); }

    private Node confidence(double c) {
        Node n = confidences.get(c);
        if (n == null) {
            if (confidences.size() >= TypedLiterals.LIMIT) confidences.clear();
            n = decimals.of(new BigDecimal(String.valueOf(c)).toPlainString());
            confidences.put(c, n);
        }
        return n;
    }
}
