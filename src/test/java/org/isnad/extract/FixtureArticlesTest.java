package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.rdf.model.StmtIterator;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.isnad.cli.IsnadCommand;
import org.isnad.vocab.Vocab;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generalisation beyond the seed article: the real CLI converts short articles written for the purpose
 * (src/test/resources/fixtures/NN-topic.txt) and its claims JSON must hold what an analyst reads out of
 * each one (expected.json): every expected event found, one output claim per expected event, and no
 * invented events. Only the fields the analyst is sure of are compared.
 */
class FixtureArticlesTest {

    static final Path DIR = Path.of("src/test/resources/fixtures");
    static final Path EXPECTED = DIR.resolve("expected.json");
    /** Read for "within" and Arabic names of output places; optional, the test works on labels alone. */
    static final Path GAZETTEER = Path.of("ontology/places.ttl");

    static final Set<String> EVENT_TYPES = Set.of(
            "Air/drone strike", "Shelling/artillery/missile attack", "Armed clash",
            "Remote explosive/landmine/IED", "Arrests", "Abduction/forced disappearance", "Attack",
            "Change to group/activity", "Disrupted weapons use", "Peaceful protest",
            "Protest with intervention", "Excessive force against protesters", "Violent demonstration",
            "Government regains territory", "Non-state actor overtakes territory", "Grenade",
            "Suicide bomb", "Sexual violence", "Looting/property destruction",
            "Non-violent transfer of territory", "Headquarters or base established", "Agreement",
            "Other", "Mob violence");
    static final Set<String> MODALITIES = Set.of("asserted", "foiled", "denied", "alleged", "planned");

    static JsonObject expectedAll;
    static Gazetteer gazetteer;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = Files.newInputStream(EXPECTED)) {
            expectedAll = JSON.parseAny(in).getAsObject();
        }
        gazetteer = Gazetteer.load(GAZETTEER);
    }

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    // ---------------------------------------------------------------------------------------------
    // The fixtures themselves: an analyst's reading for every article, well-formed

    @Test
    void everyFixtureHasAWellFormedAnalystReading() throws IOException {
        List<String> files = fixtures().map(p -> p.getFileName().toString()).toList();
        assertTrue(files.size() >= 12, "at least 12 fixture articles, found " + files.size());
        Set<String> readings = expectedAll.keys().stream().filter(k -> !k.startsWith("_"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(files), readings, "fixture files and expected.json entries differ");

        List<String> problems = new ArrayList<>();
        for (String f : files) {
            JsonObject r = expectedAll.get(f).getAsObject();
            Header h = Header.read(DIR.resolve(f));
            boolean noEvents = r.hasKey("noEvents") && r.get("noEvents").getAsBoolean().value();
            List<JsonObject> claims = objects(r.get("claims"));
            if (noEvents && claims.stream().anyMatch(c -> "event".equals(str(c, "kind"))))
                problems.add(f + ": noEvents but event claims listed");
            if (!noEvents && claims.stream().noneMatch(c -> "event".equals(str(c, "kind"))))
                problems.add(f + ": no events expected but noEvents is not set");
            for (JsonObject c : claims) {
                String where = f + " " + str(c, "id") + ": ";
                String kind = str(c, "kind");
                if (!"event".equals(kind) && !"statement".equals(kind)) problems.add(where + "kind " + kind);
                if (!c.hasKey("reportedBy") && "statement".equals(kind)) problems.add(where + "statement without reportedBy");
                if (!"event".equals(kind)) continue;
                for (String t : alternatives(c.get("eventType")))
                    if (!EVENT_TYPES.contains(t)) problems.add(where + "unknown eventType " + t);
                if (alternatives(c.get("eventType")).isEmpty()) problems.add(where + "no eventType");
                for (String m : alternatives(c.get("modality")))
                    if (!MODALITIES.contains(m)) problems.add(where + "unknown modality " + m);
                if (strings(c.get("places")).size() != strings(c.get("placesAr")).size())
                    problems.add(where + "places and placesAr differ in length");
                if (c.hasKey("date")) {
                    String s = str(c.getObj("date"), "start"), e = str(c.getObj("date"), "end");
                    if ((s == null) != (e == null)) problems.add(where + "half a date");
                    if (s != null && LocalDate.parse(s).isAfter(LocalDate.parse(e))) problems.add(where + "start after end");
                    // An event reported in an article cannot be later than the article.
                    if (e != null && h.published != null && LocalDate.parse(e).isAfter(LocalDate.parse(h.published)))
                        problems.add(where + "ends after publication");
                    // Without a publication date, only a date with its year in the text can be fixed.
                    if (s != null && h.published == null && !h.body.contains(s.substring(0, 4)))
                        problems.add(where + "resolved date in an article without a publication date");
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> "expected.json:\n  " + String.join("\n  ", problems));
    }

    /**
     * The comparison itself: the analyst's own reading, written as claims JSON, passes; the mistakes the
     * checks exist for (an invented event, a foiled or denied event reported as done, a guessed date, a
     * wrong place or speaker) fail. Without this, a lenient checker would let any extractor through.
     */
    @Test
    void comparisonAcceptsTheAnalystsReadingAndRejectsMistakes() throws IOException {
        for (Path article : fixtures().toList()) {
            String file = article.getFileName().toString();
            Header h = Header.read(article);
            JsonObject reading = expectedAll.get(file).getAsObject();
            List<JsonObject> claims = objects(reading.get("claims"));
            List<JsonObject> events = byKind(claims, "event").stream().map(c -> asOutput(c, h)).toList();
            List<JsonObject> statements = byKind(claims, "statement").stream().map(c -> asOutput(c, h)).toList();
            List<JsonObject> all = new ArrayList<>(events);
            all.addAll(statements);
            List<JsonObject> wantE = byKind(claims, "event"), wantS = byKind(claims, "statement");

            assertDoesNotThrow(() -> checkEvents(file, reading, wantE, events), file + ": own reading rejected");
            assertDoesNotThrow(() -> checkStatements(file, wantS, statements), file + ": own statements rejected");
            assertDoesNotThrow(() -> checkProvenance(file, h, all), file + ": own provenance rejected");

            // an invented event
            JsonObject invented = asOutput(JSON.parse("{\"kind\":\"event\",\"eventType\":\"Armed clash\","
                    + "\"places\":[\"Homs\"],\"placesAr\":[\"حمص\"],\"modality\":\"asserted\"}"), h);
            List<JsonObject> plusOne = new ArrayList<>(events);
            plusOne.add(invented);
            assertThrows(AssertionError.class, () -> checkEvents(file, reading, wantE, plusOne), file + ": invented event passed");
            // two expected events cannot share one output claim
            if (events.size() > 1) {
                List<JsonObject> minusOne = events.subList(0, events.size() - 1);
                assertThrows(AssertionError.class, () -> checkEvents(file, reading, wantE, minusOne), file + ": missing event passed");
            }
            for (int i = 0; i < events.size(); i++) {
                JsonObject w = wantE.get(i);
                int at = i;
                Function<Consumer<JsonObject>, List<JsonObject>> mutate = change -> {
                    List<JsonObject> copy = new ArrayList<>();
                    for (JsonObject e : events) copy.add(JSON.copy(e).getAsObject());
                    change.accept(copy.get(at));
                    return copy;
                };
                String id = file + " " + str(w, "id");
                if (w.hasKey("modality") && !alternatives(w.get("modality")).contains("asserted")) {
                    List<JsonObject> asDone = mutate.apply(e -> e.put("modality", "asserted"));
                    assertThrows(AssertionError.class, () -> checkEvents(file, reading, wantE, asDone), id + ": reported as done passed");
                }
                if (w.hasKey("date")) {
                    List<JsonObject> guessed = mutate.apply(e -> e.getObj("date").put("start", "2020-01-01"));
                    assertThrows(AssertionError.class, () -> checkEvents(file, reading, wantE, guessed), id + ": wrong date passed");
                }
                if (!strings(w.get("places")).isEmpty()) {
                    List<JsonObject> elsewhere = mutate.apply(e -> {
                        JsonArray ps = new JsonArray();
                        ps.add(JSON.parse("{\"label\":\"Latakia\",\"iri\":\"" + Vocab.ID + "place/latakia\"}"));
                        e.put("places", ps);
                    });
                    assertThrows(AssertionError.class, () -> checkEvents(file, reading, wantE, elsewhere), id + ": wrong place passed");
                }
                if (w.hasKey("reportedBy")) {
                    List<JsonObject> otherSpeaker = mutate.apply(e -> e.put("reportedBy", JSON.parse("{\"label\":\"SANA\",\"iri\":null}")));
                    assertThrows(AssertionError.class, () -> checkEvents(file, reading, wantE, otherSpeaker), id + ": wrong speaker passed");
                }
            }
            if (h.published == null) {
                JsonObject guessedPublication = JSON.copy(all.get(0)).getAsObject();
                guessedPublication.getObj("source").put("published", "2023-01-01");
                assertThrows(AssertionError.class, () -> checkProvenance(file, h, List.of(guessedPublication)),
                        file + ": guessed publication date passed");
            }
        }
    }

    /** An expected claim written as the CLI would write it, taking the first of any alternatives. */
    static JsonObject asOutput(JsonObject want, Header h) {
        JsonObject c = new JsonObject();
        c.put("id", Vocab.ID + "claim/test-" + str(want, "id"));
        c.put("kind", str(want, "kind"));
        List<String> types = alternatives(want.get("eventType"));
        c.put("eventType", types.isEmpty() ? jsonNull() : new JsonString(types.get(0)));
        List<String> mods = alternatives(want.get("modality"));
        c.put("modality", mods.isEmpty() ? "asserted" : mods.get(0));
        JsonObject date = new JsonObject();
        JsonObject wd = want.hasKey("date") ? want.getObj("date") : new JsonObject();
        date.put("start", str(wd, "start") == null ? jsonNull() : new JsonString(str(wd, "start")));
        date.put("end", str(wd, "end") == null ? jsonNull() : new JsonString(str(wd, "end")));
        c.put("date", date);
        JsonArray places = new JsonArray();
        for (String p : strings(want.get("places"))) {
            JsonObject place = new JsonObject();
            place.put("label", p);
            place.put("iri", Vocab.ID + "place/" + String.join("-", tokens(p)));
            places.add(place);
        }
        c.put("places", places);
        JsonObject by = new JsonObject();
        List<String> speakers = alternatives(want.get("reportedBy"));
        by.put("label", speakers.isEmpty() ? "SY24" : speakers.get(0));
        c.put("reportedBy", by);
        JsonObject source = new JsonObject();
        source.put("outlet", h.outlet == null ? jsonNull() : new JsonString(h.outlet));
        source.put("url", h.url == null ? jsonNull() : new JsonString(h.url));
        source.put("published", h.published == null ? jsonNull() : new JsonString(h.published));
        c.put("source", source);
        return c;
    }

    private static JsonValue jsonNull() { return JsonNull.instance; }

    // ---------------------------------------------------------------------------------------------
    // The extractor, through the CLI a user runs

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void convertFindsWhatTheAnalystReads(Path article, @TempDir Path tmp) throws IOException {
        String file = article.getFileName().toString();
        JsonObject reading = expectedAll.get(file).getAsObject();
        Header header = Header.read(article);

        Path out = tmp.resolve("claims.json");
        int rc = IsnadCommand.commandLine()
                .execute("convert", "--format", "json", "-o", out.toString(), article.toString());
        assertEquals(0, rc, () -> file + ": `isnad convert --format json` exited " + rc + " (see stderr)");
        assertTrue(Files.isRegularFile(out), () -> file + ": convert wrote no " + out);
        JsonValue parsed;
        try (InputStream in = Files.newInputStream(out)) {
            parsed = JSON.parseAny(in);
        }
        assertTrue(parsed.isArray(), () -> file + ": the claims JSON is not an array: " + JSON.toStringFlat(parsed));
        List<JsonObject> output = objects(parsed);

        List<JsonObject> wantEvents = byKind(objects(reading.get("claims")), "event");
        List<JsonObject> wantStatements = byKind(objects(reading.get("claims")), "statement");
        List<JsonObject> gotEvents = byKind(output, "event");
        List<JsonObject> gotStatements = byKind(output, "statement");

        assertAll(file,
                () -> checkProvenance(file, header, output),
                () -> checkEvents(file, reading, wantEvents, gotEvents),
                () -> checkStatements(file, wantStatements, gotStatements));
    }

    /** Every claim carries the article's own source facts, and no guessed publication date. */
    static void checkProvenance(String file, Header h, List<JsonObject> output) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < output.size(); i++) {
            JsonObject c = output.get(i);
            String id = "#" + (i + 1) + " " + str(c, "id");
            String kind = str(c, "kind");
            if (!"event".equals(kind) && !"statement".equals(kind)) problems.add(id + ": kind " + kind);
            String m = str(c, "modality");
            if (m != null && !MODALITIES.contains(m)) problems.add(id + ": modality " + m);
            JsonObject src = c.get("source") != null && c.get("source").isObject() ? c.getObj("source") : null;
            if (src == null) { problems.add(id + ": no source"); continue; }
            String published = str(src, "published");
            if (h.published == null ? published != null : !h.published.equals(published))
                problems.add(id + ": source.published " + published + ", the article says "
                        + (h.published == null ? "nothing (must stay null, not guessed)" : h.published));
            if (h.url != null && !h.url.equals(str(src, "url")))
                problems.add(id + ": source.url " + str(src, "url") + ", the article says " + h.url);
            if (h.outlet != null && !norm(labelOf(src.get("outlet"))).contains(norm(h.outlet)))
                problems.add(id + ": source.outlet " + labelOf(src.get("outlet")) + ", the article says " + h.outlet);
        }
        if (!problems.isEmpty()) fail(file + ": provenance of the claims:\n  " + String.join("\n  ", problems));
    }

    static void checkEvents(String file, JsonObject reading, List<JsonObject> want, List<JsonObject> got) {
        boolean noEvents = reading.hasKey("noEvents") && reading.get("noEvents").getAsBoolean().value();
        if (noEvents) {
            if (!got.isEmpty())
                fail(file + ": the article reports no event, but convert made " + got.size() + ":\n" + list(got));
            return;
        }
        int[] match = maximumMatching(want, got, FixtureArticlesTest::eventMismatch);
        StringBuilder msg = new StringBuilder();
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < want.size(); i++) if (match[i] < 0) missing.add(i);
        if (!missing.isEmpty()) {
            msg.append(file).append(": ").append(missing.size()).append(" of ").append(want.size())
                    .append(" expected events not found in the output\n");
            for (int i : missing) {
                JsonObject w = want.get(i);
                msg.append("  expected ").append(str(w, "id")).append(" ").append(describeExpected(w)).append('\n');
                nearest(w, got, FixtureArticlesTest::eventMismatch).forEach(line -> msg.append("      ").append(line).append('\n'));
            }
        }
        if (got.size() != want.size()) {
            Set<Integer> used = Arrays.stream(match).filter(j -> j >= 0).boxed().collect(Collectors.toSet());
            msg.append(file).append(": expected ").append(want.size()).append(" event claims, convert made ")
                    .append(got.size()).append('\n');
            for (int j = 0; j < got.size(); j++)
                if (!used.contains(j)) msg.append("  unmatched output #").append(j + 1).append(' ').append(describe(got.get(j))).append('\n');
        }
        if (msg.length() > 0) {
            msg.append("All output event claims:\n").append(list(got));
            fail(msg.toString());
        }
    }

    /** Statements: each expected one is found (analysts differ on how many more an article holds). */
    static void checkStatements(String file, List<JsonObject> want, List<JsonObject> got) {
        int[] match = maximumMatching(want, got, FixtureArticlesTest::statementMismatch);
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < want.size(); i++)
            if (match[i] < 0) missing.add(str(want.get(i), "id") + " " + describeExpected(want.get(i)));
        if (!missing.isEmpty())
            fail(file + ": expected statements not found:\n  " + String.join("\n  ", missing)
                    + "\nOutput statement claims:\n" + list(got));
    }

    // ---------------------------------------------------------------------------------------------
    // Comparing one expected claim with one output claim: null when they match, else why not

    static List<String> eventMismatch(JsonObject want, JsonObject got) {
        List<String> why = new ArrayList<>();
        if (!"event".equals(str(got, "kind"))) why.add("kind " + str(got, "kind"));
        List<String> types = alternatives(want.get("eventType"));
        if (!types.contains(str(got, "eventType"))) why.add("eventType " + str(got, "eventType") + " not in " + types);
        if (want.hasKey("modality")) {
            List<String> mods = alternatives(want.get("modality"));
            if (!mods.contains(str(got, "modality"))) why.add("modality " + str(got, "modality") + " not in " + mods);
        }
        if (want.hasKey("date")) {
            JsonObject wd = want.getObj("date");
            JsonObject gd = got.get("date") != null && got.get("date").isObject() ? got.getObj("date") : new JsonObject();
            String ws = str(wd, "start"), we = str(wd, "end"), gs = str(gd, "start"), ge = str(gd, "end");
            if (!eq(ws, gs) || !eq(we, ge)) why.add("date " + gs + ".." + ge + ", expected " + ws + ".." + we);
        }
        reportedByMismatch(want, got).ifPresent(why::add);
        List<String> en = strings(want.get("places")), ar = strings(want.get("placesAr"));
        List<JsonObject> places = objects(got.get("places"));
        for (int i = 0; i < en.size(); i++) {
            String e = en.get(i), a = i < ar.size() ? ar.get(i) : null;
            if (places.stream().noneMatch(p -> placeMatches(e, a, p)))
                why.add("no place " + e + (a == null ? "" : " / " + a) + " (or within it) among " + placeLabels(places));
        }
        return why;
    }

    static List<String> statementMismatch(JsonObject want, JsonObject got) {
        List<String> why = new ArrayList<>();
        if (!"statement".equals(str(got, "kind"))) why.add("kind " + str(got, "kind"));
        reportedByMismatch(want, got).ifPresent(why::add);
        return why;
    }

    static java.util.Optional<String> reportedByMismatch(JsonObject want, JsonObject got) {
        if (!want.hasKey("reportedBy")) return java.util.Optional.empty();
        List<String> alts = alternatives(want.get("reportedBy"));
        JsonValue rb = got.get("reportedBy");
        String label = labelOf(rb);
        String iri = rb != null && rb.isObject() ? str(rb.getAsObject(), "iri") : null;
        String hay = norm(label) + " " + norm(iri);
        if (alts.stream().anyMatch(a -> hay.contains(norm(a)))) return java.util.Optional.empty();
        return java.util.Optional.of("reportedBy " + label + " (" + iri + ") does not name any of " + alts);
    }

    /** An output place matches an expected one by English label, Arabic name, or lying within it. */
    static boolean placeMatches(String en, String ar, JsonObject place) {
        String label = str(place, "label");
        String iri = str(place, "iri");
        List<String> english = new ArrayList<>();
        List<String> arabic = new ArrayList<>();
        if (label != null) { english.add(label); arabic.add(label); }
        if (iri != null) {
            english.add(iri.substring(iri.lastIndexOf('/') + 1)); // the slug, e.g. deir-ez-zor
            for (String anc : gazetteer.selfAndAncestors(iri)) {
                english.addAll(gazetteer.names(anc, "en"));
                arabic.addAll(gazetteer.names(anc, "ar"));
            }
        }
        if (en != null && english.stream().anyMatch(n -> englishMatches(en, n))) return true;
        return ar != null && arabic.stream().anyMatch(n -> !normAr(ar).isEmpty() && normAr(n).contains(normAr(ar)));
    }

    /** All words of the expected name occur in the candidate ("Deir ez-Zor" in "Deir ez-Zor western countryside"). */
    static boolean englishMatches(String expected, String candidate) {
        List<String> e = tokens(expected), c = tokens(candidate);
        if (e.isEmpty()) return false;
        return c.containsAll(e) || String.join("", c).equals(String.join("", e));
    }

    static List<String> tokens(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return Arrays.stream(t.split("[^a-z0-9]+")).filter(w -> !w.isEmpty() && !w.equals("al") && !w.equals("el")).toList();
    }

    /** Arabic compared without diacritics, tatweel, spaces or the article: البو كمال = البوكمال, ديرالزور = دير الزور. */
    static String normAr(String s) {
        if (s == null) return "";
        String t = s.replaceAll("[\\u064B-\\u065F\\u0670\\u0640]", "")
                .replaceAll("[أإآٱ]", "ا").replace('ة', 'ه').replace('ى', 'ي')
                .replaceAll("[\\s\\u00A0\\u200C-\\u200F]+", "");
        return t.replace("ال", "");
    }

    /** Lower case, letters and digits only: "Deir ez-Zor 24" = "DeirEzzor24". */
    static String norm(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    static boolean eq(String a, String b) { return a == null ? b == null : a.equals(b); }

    // ---------------------------------------------------------------------------------------------
    // One-to-one matching, so one output claim cannot stand for two expected events

    static int[] maximumMatching(List<JsonObject> want, List<JsonObject> got,
                                 java.util.function.BiFunction<JsonObject, JsonObject, List<String>> mismatch) {
        boolean[][] ok = new boolean[want.size()][got.size()];
        for (int i = 0; i < want.size(); i++)
            for (int j = 0; j < got.size(); j++) ok[i][j] = mismatch.apply(want.get(i), got.get(j)).isEmpty();
        int[] wantOf = new int[got.size()];
        Arrays.fill(wantOf, -1);
        for (int i = 0; i < want.size(); i++) augment(i, ok, wantOf, new boolean[got.size()]);
        int[] gotOf = new int[want.size()];
        Arrays.fill(gotOf, -1);
        for (int j = 0; j < got.size(); j++) if (wantOf[j] >= 0) gotOf[wantOf[j]] = j;
        return gotOf;
    }

    private static boolean augment(int i, boolean[][] ok, int[] wantOf, boolean[] seen) {
        for (int j = 0; j < wantOf.length; j++) {
            if (!ok[i][j] || seen[j]) continue;
            seen[j] = true;
            if (wantOf[j] < 0 || augment(wantOf[j], ok, wantOf, seen)) { wantOf[j] = i; return true; }
        }
        return false;
    }

    /** The two output claims closest to an expected one, with what differs: the usual cause of a failure. */
    static List<String> nearest(JsonObject want, List<JsonObject> got,
                                java.util.function.BiFunction<JsonObject, JsonObject, List<String>> mismatch) {
        record Near(int index, List<String> why) {}
        List<Near> all = new ArrayList<>();
        for (int j = 0; j < got.size(); j++) all.add(new Near(j, mismatch.apply(want, got.get(j))));
        all.sort(Comparator.comparingInt(n -> n.why().size()));
        return all.stream().limit(2)
                .map(n -> "nearest output #" + (n.index() + 1) + " differs: " + String.join("; ", n.why()))
                .toList();
    }

    // ---------------------------------------------------------------------------------------------
    // Readable descriptions

    static String list(List<JsonObject> claims) {
        if (claims.isEmpty()) return "  (none)\n";
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < claims.size(); j++) sb.append("  #").append(j + 1).append(' ').append(describe(claims.get(j))).append('\n');
        return sb.toString();
    }

    static String describe(JsonObject c) {
        JsonObject d = c.get("date") != null && c.get("date").isObject() ? c.getObj("date") : new JsonObject();
        String evidence = objects(c.get("evidence")).stream().map(e -> str(e, "text")).filter(t -> t != null)
                .findFirst().orElse("");
        if (evidence.length() > 70) evidence = evidence.substring(0, 70) + "…";
        return "[" + str(c, "kind") + " | " + str(c, "eventType") + " | places " + placeLabels(objects(c.get("places")))
                + " | date " + str(d, "start") + ".." + str(d, "end") + " (" + str(d, "text") + ")"
                + " | by " + labelOf(c.get("reportedBy")) + " | " + str(c, "modality") + "] «" + evidence + "»";
    }

    static String describeExpected(JsonObject w) {
        JsonObject copy = new JsonObject();
        w.forEach((k, v) -> { if (!k.equals("evidence") && !k.equals("id")) copy.put(k, v); });
        return JSON.toStringFlat(copy) + " «" + str(w, "evidence") + "…»";
    }

    static String placeLabels(List<JsonObject> places) {
        return places.stream().map(p -> str(p, "label")).toList().toString();
    }

    // ---------------------------------------------------------------------------------------------
    // JSON helpers: absent and null read the same

    static String str(JsonObject o, String key) {
        if (o == null) return null;
        JsonValue v = o.get(key);
        if (v == null || v.isNull()) return null;
        return v.isString() ? v.getAsString().value() : JSON.toStringFlat(v);
    }

    static String labelOf(JsonValue v) {
        if (v == null || v.isNull()) return null;
        if (v.isString()) return v.getAsString().value();
        return v.isObject() ? str(v.getAsObject(), "label") : JSON.toStringFlat(v);
    }

    static List<JsonObject> objects(JsonValue v) {
        if (v == null || !v.isArray()) return List.of();
        return v.getAsArray().stream().filter(JsonValue::isObject).map(JsonValue::getAsObject).toList();
    }

    static List<String> strings(JsonValue v) {
        if (v == null || v.isNull()) return List.of();
        if (v.isString()) return List.of(v.getAsString().value());
        JsonArray a = v.getAsArray();
        return a.stream().map(x -> x.isNull() ? null : x.getAsString().value()).toList();
    }

    /** A string, or a list of accepted alternatives. */
    static List<String> alternatives(JsonValue v) { return strings(v); }

    static List<JsonObject> byKind(List<JsonObject> claims, String kind) {
        return claims.stream().filter(c -> kind.equals(str(c, "kind"))).toList();
    }

    // ---------------------------------------------------------------------------------------------

    /** The fixture's header block ("key: value" lines, then "---"); a file without one has none of it. */
    record Header(String url, String outlet, String published, String title, String body) {
        private static final Pattern LINE = Pattern.compile("([a-z]+):\\s*(.*)");

        static Header read(Path p) throws IOException {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            List<String> lines = text.lines().toList();
            int sep = lines.indexOf("---");
            Map<String, String> fields = new HashMap<>();
            if (sep > 0) {
                for (String l : lines.subList(0, sep)) {
                    Matcher m = LINE.matcher(l.strip());
                    if (!m.matches()) { fields.clear(); sep = -1; break; }
                    fields.put(m.group(1), m.group(2).strip());
                }
            }
            String body = sep > 0 ? String.join("\n", lines.subList(sep + 1, lines.size())) : text;
            return new Header(fields.get("url"), fields.get("outlet"), fields.get("published"), fields.get("title"), body);
        }
    }

    /** Names and "within" links of places/ontology, when the gazetteer exists. */
    static final class Gazetteer {
        final Map<String, Map<String, List<String>>> names = new HashMap<>();
        final Map<String, Set<String>> parents = new HashMap<>();

        static Gazetteer load(Path ttl) {
            Gazetteer g = new Gazetteer();
            if (!Files.isRegularFile(ttl)) return g;
            try {
                Model m = RDFDataMgr.loadModel(ttl.toString());
                for (Property p : List.of(RDFS.label, SKOS.altLabel)) {
                    StmtIterator it = m.listStatements(null, p, (RDFNode) null);
                    while (it.hasNext()) {
                        Statement st = it.next();
                        if (!st.getSubject().isURIResource() || !st.getObject().isLiteral()) continue;
                        Literal l = st.getObject().asLiteral();
                        String lang = l.getLanguage().isEmpty() ? "en" : l.getLanguage().substring(0, 2);
                        g.names.computeIfAbsent(st.getSubject().getURI(), k -> new HashMap<>())
                                .computeIfAbsent(lang, k -> new ArrayList<>()).add(l.getLexicalForm());
                    }
                }
                Property within = m.createProperty(Vocab.within.getURI());
                m.listStatements(null, within, (RDFNode) null).forEachRemaining(st -> {
                    if (st.getObject().isURIResource())
                        g.parents.computeIfAbsent(st.getSubject().getURI(), k -> new LinkedHashSet<>())
                                .add(st.getObject().asResource().getURI());
                });
            } catch (RuntimeException e) {
                // Someone else's file: a broken gazetteer must not make this test fail for the wrong reason.
                System.err.println("FixtureArticlesTest: ignoring " + ttl + ": " + e.getMessage());
            }
            return g;
        }

        List<String> names(String iri, String lang) {
            return names.getOrDefault(iri, Map.of()).getOrDefault(lang, List.of());
        }

        Set<String> selfAndAncestors(String iri) {
            Set<String> seen = new LinkedHashSet<>();
            Deque<String> todo = new ArrayDeque<>(List.of(iri));
            while (!todo.isEmpty()) {
                String x = todo.pop();
                if (seen.add(x)) todo.addAll(parents.getOrDefault(x, Set.of()));
            }
            return seen;
        }
    }
}
