package org.isnad.rdf;

import java.io.Writer;
import java.util.List;
import java.util.Set;
import org.isnad.extract.CasualtyClaim;
import org.isnad.extract.Claim;
import org.isnad.extract.ClaimKey;
import org.isnad.extract.EventClaim;
import org.isnad.extract.ParticipantText;
import org.isnad.extract.PlaceNameAsWritten;
import org.isnad.extract.PlaceText;
import org.isnad.extract.Report;
import org.isnad.extract.Evidence;
import org.isnad.extract.Entry;
import org.isnad.extract.Lexicon;
import org.isnad.extract.StatementClaim;
import org.isnad.extract.TimeSpan;
import org.isnad.geo.AdminHierarchy;
import org.isnad.ingest.Article;
import org.isnad.vocab.Iris;

/**
 * The claims JSON of {@code isnad convert --format json}: one array, one object per claim, for scripts and
 * for {@code isnad eval}. Field names are a contract (see README). Streams: one article at a time.
 */
public final class ClaimsJson implements AutoCloseable {

    private final JsonWriter json;
    private final Lexicon lexicon;
    private final AdminHierarchy admin;

    public ClaimsJson(Writer out, Lexicon lexicon) {
        this(out, lexicon, true);
    }

    private ClaimsJson(Writer out, Lexicon lexicon, boolean openArray) {
        this.json = new JsonWriter(out);
        this.lexicon = lexicon;
        this.admin = AdminHierarchy.of(lexicon.graph());
        if (openArray) json.beginArray();
        else json.insideArray();
    }

    /**
     * Writes articles' objects as the inside of the array, without its brackets: one article's piece of an
     * output assembled elsewhere ({@link ClaimsJsonOutput}). Pieces join with a comma.
     */
    static ClaimsJson pieces(Writer out, Lexicon lexicon) {
        return new ClaimsJson(out, lexicon, false);
    }

    /** Back inside the array with nothing written: the next article's piece starts without a comma. */
    void nextPiece() {
        json.insideArray();
    }

    public void write(ConvertedArticle converted) {
        Article a = converted.article();
        String k = Iris.articleKey(a);
        List<Claim> claims = converted.claims();
        for (Claim c : claims) {
            // the JSON keeps two kinds, as scripts expect; a toll rides on its event (its own claim in RDF)
            if (c instanceof CasualtyClaim) continue;
            EventClaim event = c instanceof EventClaim e ? e : null;   // a statement has none of an event's fields
            String eventClass = event == null ? null : event.eventClass();
            json.beginObject();
            json.name("id").value(claimIri(k, c));
            json.name("kind").value(event != null ? "event" : "statement");
            json.name("eventType").value(eventClass == null ? null : lexicon.labelEn(eventClass));
            json.name("eventClass").value(eventClass);
            refs("actors", event != null ? event.actors() : List.of(), event != null ? event.actorTexts() : Set.of());
            refs("targets", event != null ? event.targets() : List.of(), event != null ? event.targetTexts() : Set.of());
            json.name("places").beginArray();
            for (String p : event != null ? event.places() : Set.<String>of()) {
                Entry e = lexicon.entry(p);
                json.beginObject();
                json.name("text").value(PlaceNameAsWritten.of(event.placeWords(p), e));
                json.name("label").value(lexicon.labelEn(p));
                json.name("iri").value(p);
                json.name("lat").value(number(e, "lat"));
                json.name("lon").value(number(e, "long"));
                for (int level = 1; level <= 3; level++) adminUnit("admin" + level, admin.admin(p, level));
                json.endObject();
            }
            for (PlaceText p : event != null ? event.placeTexts() : Set.<PlaceText>of()) {
                // a place the reference data lacks: the words as written, unresolved, within the area named
                json.beginObject();
                json.name("text").value(p.text());
                json.name("label").value((String) null);
                json.name("iri").value((String) null);
                json.name("lat").value((Number) null);
                json.name("lon").value((Number) null);
                json.name("within").value(p.within());
                for (int level = 1; level <= 3; level++)
                    adminUnit("admin" + level, p.within() == null ? null : admin.admin(p.within(), level));
                json.endObject();
            }
            json.endArray();
            TimeSpan t = event != null ? event.time() : TimeSpan.NONE;
            json.name("date").beginObject();
            json.name("text").value(t.text());
            json.name("start").value(t.start() == null ? null : t.start().toString());
            json.name("end").value(t.end() == null ? null : t.end().toString());
            json.name("precision").value(lexicon.notation(org.isnad.vocab.Vocab.ISNAD + t.precision()));
            if (t.relation() != null && t.anchor() != null) {
                json.name("relation").value(t.relation());
                json.name("relativeTo").value(claimIri(k, claimOf(claims, t.anchor())));
            }
            json.endObject();
            json.name("reportedBy");
            report(k, c.report());
            json.name("alsoReportedBy").beginArray();    // other reports whose retelling was folded into the claim
            for (var also : c.alsoToldBy()) report(k, also);
            json.endArray();
            json.name("source").beginObject();
            json.name("outlet").value(lexicon.outletLabel(a.outlet()));
            json.name("url").value(a.url());
            json.name("published").value(a.published() == null ? null : a.published().toString());
            json.name("article").value(Iris.article(k));
            json.name("file").value(a.source());
            json.endObject();
            json.name("evidence").beginArray();
            for (Evidence e : c.evidence()) {
                json.beginObject();
                json.name("text").value(e.text());
                json.name("start").value(e.start());
                json.name("end").value(e.end());
                json.endObject();
            }
            json.endArray();
            json.name("confidence").value(c.confidence());
            json.name("modality").value(c.modality().localName().toLowerCase());
            json.name("sameEventAs").beginArray();
            if (event != null) for (ClaimKey same : event.sameEventAs()) json.value(claimIri(k, claimOf(claims, same)));
            json.endArray();
            if (c instanceof StatementClaim st) {
                json.name("text").value(st.text());
                json.name("mentions").beginArray();
                for (String m : st.mentions()) json.value(m);
                json.endArray();
                json.name("about").value(st.about().map(key -> claimIri(k, claimOf(claims, key))).orElse(null));
            } else {
                refs("directedBy", event.directedBy());
                json.name("casualties").beginArray();
                for (Claim x : claims) {
                    if (!(x instanceof CasualtyClaim toll) || !toll.event().equals(c.key())) continue;
                    json.beginObject();
                    json.name("id").value(claimIri(k, toll));
                    json.name("killed").value(toll.killed());
                    json.name("wounded").value(toll.wounded());
                    json.name("minimum").value(toll.minimumCount());
                    refs("victims", toll.victims());
                    json.name("reportedBy").value(toll.report().label());
                    json.endObject();
                }
                json.endArray();
                json.name("origin").beginArray();
                for (String o : event.origins()) json.value(o);
                json.endArray();
            }
            json.endObject();
        }
        json.flush();
    }

    /** A report as {label, iri, kind, speaker, chain}: the chain lists the report, then the sources it passes on. */
    private void report(String k, Report r) {
        json.beginObject();
        json.name("label").value(r.label());
        json.name("iri").value(Iris.source(k, r.slug()));
        json.name("kind").value(r.kind().localName());
        json.name("speaker").value(r.speaker());
        json.name("chain").beginArray();
        for (var link = r; link != null; link = link.quotes()) json.value(link.label());
        json.endArray();
        json.endObject();
    }

    private void refs(String name, Iterable<String> iris) { refs(name, iris, List.of()); }

    private void refs(String name, Iterable<String> iris, Iterable<ParticipantText> unresolved) {
        json.name(name).beginArray();
        for (String iri : iris) {
            json.beginObject();
            json.name("label").value(lexicon.labelEn(iri));
            json.name("iri").value(iri);
            json.endObject();
        }
        for (ParticipantText p : unresolved) {
            // no reference list names them: the words as written, unresolved
            json.beginObject();
            json.name("text").value(p.text());
            json.name("label").value((String) null);
            json.name("iri").value((String) null);
            json.endObject();
        }
        json.endArray();
    }

    /** {"label": English name, "pcode": OCHA p-code} of the place's admin unit, or null. */
    private void adminUnit(String name, AdminHierarchy.Unit u) {
        json.name(name);
        if (u == null) {
            json.value((String) null);
            return;
        }
        json.beginObject();
        json.name("label").value(u.label());
        json.name("pcode").value(u.pcode());
        json.endObject();
    }

    private static Double number(Entry e, String prop) {
        return e == null || e.prop(prop) == null ? null : Double.valueOf(e.prop(prop));
    }

    private static String claimIri(String k, Claim c) {
        return ClaimIds.claim(k, c);
    }

    /** The claim of the article with that key. */
    private static Claim claimOf(List<Claim> claims, ClaimKey key) {
        for (Claim c : claims) if (c.key().equals(key)) return c;
        throw new IllegalStateException("no claim " + key + " in the article");
    }

    @Override
    public void close() {
        json.endArray();
        json.flush();
    }
}
