package org.isnad.eval;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.isnad.BadInputException;

/**
 * One claim of the claims JSON ({@code isnad convert --format json}), reduced to what the evaluator scores.
 * The evaluator reads the JSON rather than the extractor's objects, so it scores exactly what users get and
 * can score a claims file written by any tool that follows the same contract.
 *
 * @param id          the claim IRI
 * @param kind        "event" or "statement"
 * @param eventType   English label of the ACLED sub-event type, or null
 * @param places      place IRIs and English labels
 * @param start       first possible day, or null when unresolved
 * @param end         last possible day, or null when unresolved
 * @param reportLabel reportedBy.label, e.g. "US Central Command (CENTCOM) statement"
 * @param reportKind  reportedBy.kind: OfficialStatement, SourceReport, AnonymousSources, OutletReporting
 * @param speaker     reportedBy.speaker IRI, or null
 * @param outlet      source.outlet ("Unknown outlet" when the article named none)
 * @param file        source.file: the input file, matched to a gold file by its name
 * @param evidence    evidence texts
 * @param modality    lower case
 * @param sameEventAs ids of the article's claims that report the same event (another speaker's report)
 * @param precision   date.precision as written ("day", "up-to-report", "unresolved", …), or null
 */
public record PredictedClaim(String id, String kind, String eventType, List<Place> places, LocalDate start,
                             LocalDate end, String reportLabel, String reportKind, String speaker, String outlet,
                             String file, List<String> evidence, String modality, List<String> sameEventAs,
                             String precision) {

    /** date.precision of a claim presumed to lie in the days up to the report: the text gives no day. */
    public static final String UP_TO_REPORT = "up-to-report";

    /**
     * A predicted place: a place of the reference data ({@code iri}, its English label), or words the
     * reference data does not know, kept as written ({@code iri} null, {@code text} the words).
     */
    public record Place(String iri, String label, String text) {
        public Place(String iri, String label) { this(iri, label, null); }
    }

    /** A claim whose precision is not read. */
    public PredictedClaim(String id, String kind, String eventType, List<Place> places, LocalDate start,
                          LocalDate end, String reportLabel, String reportKind, String speaker, String outlet,
                          String file, List<String> evidence, String modality, List<String> sameEventAs) {
        this(id, kind, eventType, places, start, end, reportLabel, reportKind, speaker, outlet, file, evidence, modality,
                sameEventAs, null);
    }

    /** A claim linked to no other. */
    public PredictedClaim(String id, String kind, String eventType, List<Place> places, LocalDate start,
                          LocalDate end, String reportLabel, String reportKind, String speaker, String outlet,
                          String file, List<String> evidence, String modality) {
        this(id, kind, eventType, places, start, end, reportLabel, reportKind, speaker, outlet, file, evidence, modality, List.of());
    }

    public boolean isEvent() { return "event".equals(kind); }

    public boolean resolved() { return start != null; }

    /**
     * The text gives no date: unresolved, or only presumed to lie in the days up to the report
     * (isnad:UpToReport), which says as much.
     */
    public boolean undatedByText() { return !resolved() || UP_TO_REPORT.equals(precision); }

    /** The file name without directories: what a gold file's {@code article.file} names. */
    public String fileName() {
        if (file == null) return null;
        String f = file.replace('\\', '/');
        return f.substring(f.lastIndexOf('/') + 1);
    }

    /** Reads a claims JSON array; {@code name} is used in messages. */
    public static List<PredictedClaim> parse(String name, String json) throws BadInputException {
        JsonValue root;
        try {
            root = JSON.parseAny(json);
        } catch (JsonException e) {
            throw new BadInputException(name, "is not valid JSON: " + e.getMessage());
        }
        if (!root.isArray()) throw new BadInputException(name, "is not a claims JSON array");
        List<PredictedClaim> out = new ArrayList<>();
        JsonArray a = root.getAsArray();
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).isObject()) throw new BadInputException(name, "claim " + (i + 1) + " is not an object");
            JsonObject o = a.get(i).getAsObject();
            try {
                out.add(claim(o));
            } catch (RuntimeException e) {
                throw new BadInputException(name, "claim " + (i + 1) + " does not follow the claims JSON format: " + e.getMessage());
            }
        }
        return out;
    }

    private static PredictedClaim claim(JsonObject o) {
        List<Place> places = new ArrayList<>();
        for (JsonObject p : objects(o, "places")) places.add(new Place(str(p, "iri"), str(p, "label"), str(p, "text")));
        JsonObject date = obj(o, "date"), rep = obj(o, "reportedBy"), src = obj(o, "source");
        List<String> evidence = new ArrayList<>();
        for (JsonObject e : objects(o, "evidence")) if (str(e, "text") != null) evidence.add(str(e, "text"));
        String modality = str(o, "modality");
        String kind = str(o, "kind");
        if (!"event".equals(kind) && !"statement".equals(kind)) throw new IllegalArgumentException("kind is " + kind);
        return new PredictedClaim(str(o, "id"), kind, str(o, "eventType"), List.copyOf(places),
                day(date, "start"), day(date, "end"), str(rep, "label"), str(rep, "kind"), str(rep, "speaker"),
                str(src, "outlet"), str(src, "file"), List.copyOf(evidence),
                modality == null ? "asserted" : modality.toLowerCase(), strings(o, "sameEventAs"), str(date, "precision"));
    }

    private static List<String> strings(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || v.isNull()) return List.of();
        if (!v.isArray()) throw new IllegalArgumentException(key + " is not an array");
        List<String> out = new ArrayList<>();
        for (JsonValue x : v.getAsArray()) if (x.isString()) out.add(x.getAsString().value());
        return List.copyOf(out);
    }

    private static LocalDate day(JsonObject o, String key) {
        String s = str(o, key);
        if (s == null) return null;
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date." + key + " '" + s + "' is not an ISO date");
        }
    }

    private static JsonObject obj(JsonObject o, String key) {
        JsonValue v = o == null ? null : o.get(key);
        return v != null && v.isObject() ? v.getAsObject() : null;
    }

    private static List<JsonObject> objects(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || v.isNull()) return List.of();
        if (!v.isArray()) throw new IllegalArgumentException(key + " is not an array");
        List<JsonObject> out = new ArrayList<>();
        for (JsonValue x : v.getAsArray()) if (x.isObject()) out.add(x.getAsObject());
        return out;
    }

    private static String str(JsonObject o, String key) {
        JsonValue v = o == null ? null : o.get(key);
        if (v == null || v.isNull()) return null;
        if (v.isString()) return v.getAsString().value();
        throw new IllegalArgumentException(key + " is not text");
    }
}
