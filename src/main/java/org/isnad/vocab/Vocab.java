package org.isnad.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The IRIs isnad writes and reads. See ontology/README.md for the model they build. */
public final class Vocab {
    private Vocab() {}

    public static final String ISNAD = "https://w3id.org/isnad/ns#";
    public static final String ID = "https://w3id.org/isnad/id/";
    public static final String LEX = "https://w3id.org/isnad/lexicon/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    public static final String OA = "http://www.w3.org/ns/oa#";
    public static final String SCHEMA = "https://schema.org/";
    public static final String WGS = "http://www.w3.org/2003/01/geo/wgs84_pos#";
    public static final String GEO = "http://www.opengis.net/ont/geosparql#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";

    /** Graph into which the store loads the ontology, gazetteers and lexicons. */
    public static final Node REFERENCE_GRAPH = NodeFactory.createURI(ID + "graph/reference");

    static Node isnad(String local) { return NodeFactory.createURI(ISNAD + local); }
    static Node uri(String ns, String local) { return NodeFactory.createURI(ns + local); }

    // classes
    public static final Node Event = isnad("Event");
    public static final Node Statement = isnad("Statement");
    public static final Node Claim = isnad("Claim");
    public static final Node EventClaim = isnad("EventClaim");
    public static final Node StatementClaim = isnad("StatementClaim");
    public static final Node CasualtyClaim = isnad("CasualtyClaim");
    public static final Node CasualtyCount = isnad("CasualtyCount");
    public static final Node Report = isnad("Report");
    public static final Node Outlet = isnad("Outlet");
    public static final Node Place = isnad("Place");
    public static final Node UnresolvedPlace = isnad("UnresolvedPlace");
    public static final Node UnresolvedActor = isnad("UnresolvedActor");
    public static final Node participantsUnknown = isnad("participantsUnknown");
    public static final Node Actor = isnad("Actor");

    // claim provenance
    public static final Node asserts = isnad("asserts");
    public static final Node modality = isnad("modality");
    public static final Node reportedBy = isnad("reportedBy");
    public static final Node alsoReportedBy = isnad("alsoReportedBy");
    public static final Node outlet = isnad("outlet");
    public static final Node reportedOn = isnad("reportedOn");
    public static final Node reportedOnStatus = isnad("reportedOnStatus");
    public static final Node evidence = isnad("evidence");
    public static final Node confidence = isnad("confidence");
    public static final Node sameEventAs = isnad("sameEventAs");
    public static final Node reportKind = isnad("reportKind");
    public static final Node relayedBy = isnad("relayedBy");
    public static final Node cueText = isnad("cueText");
    public static final Node softwareVersion = isnad("softwareVersion");
    public static final Node lexiconDigest = isnad("lexiconDigest");
    public static final Node extractionMethod = isnad("extractionMethod");
    public static final Node extractionModel = isnad("extractionModel");
    public static final Node promptVersion = isnad("promptVersion");

    // event assertion
    public static final Node target = isnad("target");
    public static final Node directedBy = isnad("directedBy");
    public static final Node origin = isnad("origin");
    public static final Node timePrecision = isnad("timePrecision");
    public static final Node timeText = isnad("timeText");
    public static final Node after = isnad("after");
    public static final Node sameTimeAs = isnad("sameTimeAs");
    public static final Node mentions = isnad("mentions");
    public static final Node about = isnad("about");
    public static final Node within = isnad("within");
    public static final Node ofEvent = isnad("ofEvent");
    public static final Node killed = isnad("killed");
    public static final Node wounded = isnad("wounded");
    public static final Node minimumCount = isnad("minimumCount");
    public static final Node victim = isnad("victim");

    // individuals
    public static final Node Unresolved = isnad("Unresolved");

    // reused vocabularies
    public static final Node rdfType = uri(RDF, "type");
    public static final Node rdfValue = uri(RDF, "value");
    public static final Node rdfsLabel = uri(RDFS, "label");
    public static final Node rdfsSubClassOf = uri(RDFS, "subClassOf");
    public static final Node skosAltLabel = uri(SKOS, "altLabel");
    public static final Node skosNotation = uri(SKOS, "notation");
    public static final Node provEntity = uri(PROV, "Entity");
    public static final Node provActivity = uri(PROV, "Activity");
    public static final Node provOrganization = uri(PROV, "Organization");
    public static final Node provWasDerivedFrom = uri(PROV, "wasDerivedFrom");
    public static final Node provWasQuotedFrom = uri(PROV, "wasQuotedFrom");
    public static final Node provWasAttributedTo = uri(PROV, "wasAttributedTo");
    public static final Node provWasGeneratedBy = uri(PROV, "wasGeneratedBy");
    public static final Node provWasAssociatedWith = uri(PROV, "wasAssociatedWith");
    public static final Node semHasActor = uri(SEM, "hasActor");
    public static final Node semHasPlace = uri(SEM, "hasPlace");
    public static final Node semEarliestBegin = uri(SEM, "hasEarliestBeginTimeStamp");
    public static final Node semLatestEnd = uri(SEM, "hasLatestEndTimeStamp");
    public static final Node oaTextPositionSelector = uri(OA, "TextPositionSelector");
    public static final Node oaStart = uri(OA, "start");
    public static final Node oaEnd = uri(OA, "end");
    public static final Node oaExact = uri(OA, "exact");
    public static final Node schemaNewsArticle = uri(SCHEMA, "NewsArticle");
    public static final Node schemaUrl = uri(SCHEMA, "url");
    public static final Node schemaHeadline = uri(SCHEMA, "headline");
    public static final Node schemaInLanguage = uri(SCHEMA, "inLanguage");
    public static final Node schemaPublisher = uri(SCHEMA, "publisher");
    public static final Node schemaDatePublished = uri(SCHEMA, "datePublished");
    public static final Node wgsLat = uri(WGS, "lat");
    public static final Node wgsLong = uri(WGS, "long");
}
