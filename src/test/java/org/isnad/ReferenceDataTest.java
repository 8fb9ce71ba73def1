package org.isnad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.isnad.vocab.Vocab;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reference data in ontology/*.ttl is read by the extractor (surface forms), the store and the SHACL
 * shapes. These checks catch the mistakes that silently break extraction: a file that does not parse, a
 * place or actor without an Arabic label, a typo in an isnad: term, two resources claiming one alias.
 */
class ReferenceDataTest {

    static final Path ONTOLOGY = Path.of("ontology");
    static final String WGS = Vocab.WGS;
    static final String GEONAMES = "https://sws.geonames.org/";
    /** The identifiers a place may be linked to: a Wikidata item or a GeoNames feature. */
    static final String SAME_AS = "http://www\\.wikidata\\.org/entity/Q\\d+|https://sws\\.geonames\\.org/\\d+/";

    static Model all;
    static Model ontology;

    static Resource isnad(String local) { return ResourceFactory.createResource(Vocab.ISNAD + local); }
    static Property isnadP(String local) { return ResourceFactory.createProperty(Vocab.ISNAD + local); }

    static List<Path> turtleFiles() throws IOException {
        try (Stream<Path> s = Files.list(ONTOLOGY)) {
            return s.filter(p -> p.toString().endsWith(".ttl")).sorted().collect(Collectors.toList());
        }
    }

    @BeforeAll
    static void load() throws IOException {
        all = ModelFactory.createDefaultModel();
        for (Path p : turtleFiles()) {
            RDFDataMgr.read(all, p.toString());
        }
        ontology = RDFDataMgr.loadModel(ONTOLOGY.resolve("isnad.ttl").toString());
    }

    // ---------------------------------------------------------------- parsing

    @Test
    void everyTurtleFileParsesStrictly() throws IOException {
        List<Path> files = turtleFiles();
        assertTrue(files.size() >= 3, "expected isnad.ttl, places.ttl, actors.ttl, found " + files);
        for (Path p : files) {
            Model m = ModelFactory.createDefaultModel();
            try {
                // strict: warnings (bad lexical forms, odd IRIs, bad language tags) fail too
                RDFParser.source(p.toString()).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(m);
            } catch (RuntimeException e) {
                fail(p + " does not parse: " + e.getMessage());
            }
            assertFalse(m.isEmpty(), p + " is empty");
        }
    }

    // ---------------------------------------------------------------- ontology terms

    @Test
    void everyOntologyTermHasEnglishLabelAndComment() {
        List<String> problems = new ArrayList<>();
        for (Resource term : subjectsInNamespace(ontology, Vocab.ISNAD)) {
            if (labels(ontology, term, "en").isEmpty()) problems.add(term.getLocalName() + ": no @en label");
            if (!ontology.contains(term, RDFS.comment)) problems.add(term.getLocalName() + ": no rdfs:comment");
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyIsnadTermUsedAnywhereIsDeclared() {
        // a misspelt class or property (isnad:Goverorate) parses fine and is silently never matched
        Set<String> declared = subjectsInNamespace(ontology, Vocab.ISNAD).stream().map(Resource::getURI)
                .collect(Collectors.toSet());
        Set<String> undeclared = new TreeSet<>();
        all.listStatements().forEachRemaining(st -> {
            for (RDFNode n : List.of(st.getSubject(), st.getPredicate(), st.getObject())) {
                if (n.isURIResource() && n.asResource().getURI().startsWith(Vocab.ISNAD)
                        && !declared.contains(n.asResource().getURI())) {
                    undeclared.add(n.asResource().getURI());
                }
            }
        });
        assertTrue(undeclared.isEmpty(), "used but not declared in isnad.ttl: " + undeclared);
    }

    @Test
    void vocabConstantsAreDeclared() {
        for (String local : List.of("Event", "Statement", "Claim", "EventClaim", "StatementClaim", "Report", "Outlet",
                "Place", "Actor", "asserts", "modality", "reportedBy", "outlet", "reportedOn", "reportedOnStatus",
                "evidence", "confidence", "sameEventAs", "reportKind", "relayedBy", "cueText", "softwareVersion",
                "lexiconDigest", "target", "directedBy", "origin", "timePrecision", "timeText", "after", "sameTimeAs",
                "mentions", "about", "within", "actorCategory", "placeKind", "coordinatePrecision", "cameoCode",
                "acledEventType", "acledSubEventType", "partOf", "Unresolved")) {
            assertTrue(ontology.contains(isnad(local), RDF.type), "isnad:" + local + " is not declared");
        }
    }

    @Test
    void subEventClassesAreTheAcledSetWithUniqueVerbatimLabels() {
        Map<String, String> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("ArmedClash", "Armed clash"),
                Map.entry("GovernmentRegainsTerritory", "Government regains territory"),
                Map.entry("NonStateActorOvertakesTerritory", "Non-state actor overtakes territory"),
                Map.entry("ChemicalWeapon", "Chemical weapon"),
                Map.entry("AirDroneStrike", "Air/drone strike"),
                Map.entry("SuicideBomb", "Suicide bomb"),
                Map.entry("ShellingArtilleryMissileAttack", "Shelling/artillery/missile attack"),
                Map.entry("RemoteExplosiveLandmineIED", "Remote explosive/landmine/IED"),
                Map.entry("Grenade", "Grenade"),
                Map.entry("SexualViolence", "Sexual violence"),
                Map.entry("Attack", "Attack"),
                Map.entry("AbductionForcedDisappearance", "Abduction/forced disappearance"),
                Map.entry("Agreement", "Agreement"),
                Map.entry("Arrests", "Arrests"),
                Map.entry("ChangeToGroupActivity", "Change to group/activity"),
                Map.entry("DisruptedWeaponsUse", "Disrupted weapons use"),
                Map.entry("HeadquartersOrBaseEstablished", "Headquarters or base established"),
                Map.entry("LootingPropertyDestruction", "Looting/property destruction"),
                Map.entry("NonViolentTransferOfTerritory", "Non-violent transfer of territory"),
                Map.entry("OtherStrategicDevelopment", "Other"),
                Map.entry("PeacefulProtest", "Peaceful protest"),
                Map.entry("ProtestWithIntervention", "Protest with intervention"),
                Map.entry("ExcessiveForceAgainstProtesters", "Excessive force against protesters"),
                Map.entry("ViolentDemonstration", "Violent demonstration"),
                Map.entry("MobViolence", "Mob violence")));

        Set<Resource> types = ontology.listSubjectsWithProperty(RDFS.subClassOf, isnad("Event")).toSet();
        assertEquals(6, types.size(), "ACLED event types under isnad:Event: " + types);

        Map<String, String> found = new TreeMap<>();
        Map<String, String> labelOwner = new HashMap<>();
        for (Resource type : types) {
            String typeLabel = onlyLabel(ontology, type, "en");
            assertEquals(typeLabel, ontology.getProperty(type, isnadP("acledEventType")).getString(), type.getLocalName());
            for (Resource sub : ontology.listSubjectsWithProperty(RDFS.subClassOf, type).toList()) {
                String label = onlyLabel(ontology, sub, "en");
                String clash = labelOwner.put(label, sub.getLocalName());
                assertTrue(clash == null, "label \"" + label + "\" used by " + clash + " and " + sub.getLocalName());
                found.put(sub.getLocalName(), label);
                assertEquals(label, ontology.getProperty(sub, isnadP("acledSubEventType")).getString(),
                        sub.getLocalName() + ": acledSubEventType must repeat the ACLED label");
                assertEquals(typeLabel, ontology.getProperty(sub, isnadP("acledEventType")).getString(),
                        sub.getLocalName() + ": acledEventType must be its parent's");
                assertFalse(labels(ontology, sub, "ar").isEmpty(), sub.getLocalName() + " has no @ar label");
                Statement cameo = ontology.getProperty(sub, isnadP("cameoCode"));
                if (cameo != null) {
                    assertTrue(cameo.getObject().isLiteral() && cameo.getString().matches("\\d{3,4}"),
                            sub.getLocalName() + ": CAMEO code must be a 3-4 digit string, got " + cameo.getObject());
                }
            }
        }
        assertEquals(expected, found);
    }

    @Test
    void controlledValuesHaveTheNotationsTheCodeUses() {
        assertNotations("Modality", Set.of("asserted", "foiled", "denied", "alleged", "planned"));
        assertNotations("TimePrecision", Set.of("day", "week", "early-month", "mid-month", "late-month", "month",
                "early-year", "mid-year", "late-year", "year", "night", "days", "period", "up-to-report", "unresolved"));
        assertNotations("ReportKind", Set.of("official-statement", "outlet-reporting", "anonymous-sources", "source-report"));
        assertEquals(11, ontology.listSubjectsWithProperty(RDF.type, isnad("ActorCategory")).toList().size());
        assertEquals(11, ontology.listSubjectsWithProperty(RDF.type, isnad("PlaceKind")).toList().size());
    }

    private void assertNotations(String cls, Set<String> expected) {
        Set<String> got = new HashSet<>();
        for (Resource r : ontology.listSubjectsWithProperty(RDF.type, isnad(cls)).toList()) {
            got.add(ontology.getRequiredProperty(r, SKOS.notation).getString());
        }
        assertEquals(expected, got, cls);
    }

    // ---------------------------------------------------------------- places

    @Test
    void everyPlaceAndActorHasEnglishAndArabicLabels() {
        List<String> problems = new ArrayList<>();
        for (String cls : List.of("Place", "Actor")) {
            for (Resource r : instances(cls)) {
                if (labels(all, r, "en").isEmpty()) problems.add(r.getURI() + ": no @en rdfs:label");
                if (labels(all, r, "ar").isEmpty()) problems.add(r.getURI() + ": no @ar rdfs:label");
            }
        }
        for (Resource r : instances("Outlet")) {
            if (labels(all, r, "").isEmpty()) problems.add(r.getURI() + ": no untagged rdfs:label (the outlet's name)");
            if (labels(all, r, "ar").isEmpty()) problems.add(r.getURI() + ": no @ar rdfs:label");
        }
        assertTrue(instances("Place").size() >= 70, "gazetteer too small: " + instances("Place").size());
        assertTrue(instances("Actor").size() >= 30, "actor list too small: " + instances("Actor").size());
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void referenceIrisFollowTheScheme() {
        Pattern slug = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
        for (String[] c : List.of(new String[] {"Place", "place/"}, new String[] {"Actor", "actor/"},
                new String[] {"Outlet", "outlet/"})) {
            for (Resource r : instances(c[0])) {
                String prefix = Vocab.ID + c[1];
                assertTrue(r.getURI().startsWith(prefix), r + " is not under " + prefix);
                assertTrue(slug.matcher(r.getURI().substring(prefix.length())).matches(), r + ": slug not lowercase ascii");
            }
        }
    }

    @Test
    void coordinatesAreDecimalsInSyriasNeighbourhood() {
        Property lat = all.createProperty(WGS + "lat"), lon = all.createProperty(WGS + "long");
        Pattern decimals = Pattern.compile("-?\\d+\\.\\d{2,4}");
        Set<String> precisions = Set.of("exact", "town", "area");
        int withCoordinates = 0;
        for (Resource p : instances("Place")) {
            Statement la = p.getProperty(lat), lo = p.getProperty(lon);
            assertEquals(la == null, lo == null, p + ": lat and long come together");
            if (la == null) continue;
            withCoordinates++;
            for (Statement s : List.of(la, lo)) {
                Literal l = s.getLiteral();
                assertEquals(XSD.decimal.getURI(), l.getDatatypeURI(), p + ": coordinates are xsd:decimal");
                assertTrue(decimals.matcher(l.getLexicalForm()).matches(), p + ": 2-4 decimals, got " + l.getLexicalForm());
            }
            double y = la.getDouble(), x = lo.getDouble();
            assertTrue(y >= 29 && y <= 38, p + ": lat " + y + " outside 29..38");
            assertTrue(x >= 34 && x <= 43, p + ": long " + x + " outside 34..43");
            Statement prec = p.getProperty(isnadP("coordinatePrecision"));
            assertTrue(prec != null && precisions.contains(prec.getString()), p + ": coordinatePrecision exact|town|area");
        }
        assertTrue(withCoordinates >= 50, "only " + withCoordinates + " places have coordinates");
    }

    @Test
    void placeHierarchyAndKindsResolve() {
        Set<Resource> places = instances("Place");
        for (Resource p : places) {
            List<Statement> kinds = p.listProperties(isnadP("placeKind")).toList();
            assertEquals(1, kinds.size(), p + ": exactly one placeKind");
            assertTrue(ontology.contains(kinds.get(0).getResource(), RDF.type, isnad("PlaceKind")), p + ": unknown kind");
            for (Statement w : p.listProperties(isnadP("within")).toList()) {
                assertTrue(places.contains(w.getResource()), p + " is within " + w.getObject() + ", which is not a Place");
                assertFalse(reaches(w.getResource(), p, new HashSet<>()), p + ": within-cycle");
            }
            if (!p.getURI().endsWith("/syria")) {
                assertTrue(p.hasProperty(isnadP("within")), p + " is within nothing");
            }
            for (Statement s : p.listProperties(OWL.sameAs).toList()) {
                assertTrue(s.getResource().getURI().matches(SAME_AS), p + ": " + s.getObject());
            }
            assertTrue(p.listProperties(OWL.sameAs).toList().stream()
                    .filter(s -> s.getResource().getURI().startsWith(GEONAMES)).count() <= 1, p + ": two GeoNames ids");
        }
    }

    @Test
    void generatedGeoNamesPlacesAreLinkedAndPlacedInAGovernorate() {
        // places-geonames.ttl is written by scripts/import-geonames-places.mjs; a hand edit or a script change
        // that drops the GeoNames link or the parent governorate would lose the attribution or the hierarchy
        Model generated = RDFDataMgr.loadModel(ONTOLOGY.resolve("places-geonames.ttl").toString());
        Set<Resource> governorates = all.listSubjectsWithProperty(isnadP("placeKind"), isnad("Governorate")).toSet();
        assertEquals(14, governorates.size(), "Syria's 14 governorates");
        Set<Resource> rows = generated.listSubjectsWithProperty(RDF.type, isnad("Place")).toSet();
        assertTrue(rows.size() >= 150, "only " + rows.size() + " generated places");
        Map<String, Resource> byGeonamesId = new HashMap<>();
        for (Resource r : rows) {
            List<String> ids = generated.listObjectsOfProperty(r, OWL.sameAs).toList().stream()
                    .map(n -> n.asResource().getURI()).filter(u -> u.startsWith(GEONAMES)).collect(Collectors.toList());
            assertEquals(1, ids.size(), r + ": one GeoNames sameAs");
            Resource before = byGeonamesId.put(ids.get(0), r);
            assertTrue(before == null, ids.get(0) + " generated twice: " + before + ", " + r);
            List<RDFNode> parents = generated.listObjectsOfProperty(r, isnadP("within")).toList();
            assertEquals(1, parents.size(), r + ": one parent");
            assertTrue(governorates.contains(parents.get(0).asResource()), r + " is within " + parents.get(0) + ", not a governorate");
            assertTrue(generated.contains(r, isnadP("coordinatePrecision"), "town"), r + ": precision town");
            assertFalse(labels(generated, r, "ar").isEmpty(), r + ": no Arabic label");
            assertTrue(generated.listObjectsOfProperty(r, RDFS.comment).toList().stream()
                    .anyMatch(c -> c.asLiteral().getString().contains("GeoNames")), r + ": comment must credit GeoNames");
        }
        // a hand-written place that carries a GeoNames id is not generated a second time
        for (Resource hand : instances("Place")) {
            if (rows.contains(hand)) continue;
            for (RDFNode n : all.listObjectsOfProperty(hand, OWL.sameAs).toList()) {
                Resource dup = byGeonamesId.get(n.asResource().getURI());
                assertTrue(dup == null, hand + " and the generated " + dup + " are one GeoNames feature");
            }
        }
    }

    @Test
    void districtsAndDirectionalRegionsAreAreasWithTheirPrefixedNames() {
        // "منطقة الميادين" is the district, "الميادين" the town: the district must not take the town's bare name
        Map<String, Set<Resource>> index = aliasIndex(instances("Place"));
        Map<String, String> expected = Map.of(
                "منطقة الميادين", "al-mayadin-district", "ناحية هجين", "hajin-subdistrict", "الميادين", "al-mayadin",
                "هجين", "hajin", "ريف الرقة الشمالي", "raqqa-northern-countryside", "شرق الفرات", "east-of-the-euphrates",
                "البادية السورية", "badia", "معبر البوكمال", "albu-kamal-crossing", "مخيم الهول", "al-hol-camp",
                "كوباني", "ain-al-arab");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            assertEquals(Set.of(all.createResource(Vocab.ID + "place/" + e.getValue())), index.get(normalise(e.getKey())), e.getKey());
        }
        Resource hajinSub = all.createResource(Vocab.ID + "place/hajin-subdistrict");
        assertTrue(hajinSub.hasProperty(isnadP("placeKind"), isnad("SubDistrict")));
        assertTrue(reaches(hajinSub, all.createResource(Vocab.ID + "place/deir-ez-zor-governorate"), new HashSet<>()),
                "a sub-district lies within its district and governorate");
        Property lat = all.createProperty(WGS + "lat");
        for (Resource p : instances("Place")) {
            Resource kind = p.getPropertyResourceValue(isnadP("placeKind"));
            boolean area = kind.equals(isnad("District")) || kind.equals(isnad("SubDistrict")) || kind.equals(isnad("Region"))
                    || kind.equals(isnad("Governorate")) || kind.equals(isnad("Country"));
            if (area && p.hasProperty(lat)) {
                assertTrue(p.hasProperty(isnadP("coordinatePrecision"), "area"), p + ": an area's point is only representative");
            }
        }
        long districts = instances("Place").stream().filter(p -> p.hasProperty(isnadP("placeKind"), isnad("District"))).count();
        long subDistricts = instances("Place").stream().filter(p -> p.hasProperty(isnadP("placeKind"), isnad("SubDistrict"))).count();
        assertTrue(districts >= 25 && subDistricts >= 100, districts + " districts, " + subDistricts + " sub-districts");
    }

    private boolean reaches(Resource from, Resource to, Set<Resource> seen) {
        if (from.equals(to)) return true;
        if (!seen.add(from)) return false;
        for (Statement w : from.listProperties(isnadP("within")).toList()) {
            if (reaches(w.getResource(), to, seen)) return true;
        }
        return false;
    }

    @Test
    void placesTheSeedArticleNamesAreFound() {
        // the places of the seed article, as written there (after clitic stripping)
        Map<String, Resource> index = aliasIndex(instances("Place")).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().iterator().next()));
        Map<String, String> expected = Map.of(
                "دير الزور", "deir-ez-zor", "ديرالزور", "deir-ez-zor", "شرقي سوريا", "eastern-syria",
                "التنف", "al-tanf", "الحدود السورية العراقية", "syria-iraq-border", "ريف ديرالزور الغربي",
                "deir-ez-zor-western-countryside", "ريف ديرالزور الشرقي", "deir-ez-zor-eastern-countryside",
                "عين علي", "ain-ali-shrine", "القورية", "al-quriyah", "قلعة الرحبة", "rahba-castle");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            Resource r = index.get(normalise(e.getKey()));
            assertTrue(r != null && r.getURI().equals(Vocab.ID + "place/" + e.getValue()),
                    e.getKey() + " should name place/" + e.getValue() + ", got " + r);
        }
        assertTrue(index.containsKey(normalise("الميادين")) && index.containsKey(normalise("حقل العمر")));
    }

    // ---------------------------------------------------------------- admin hierarchy (places-admin.ttl)

    static Resource place(String slug) { return all.createResource(Vocab.ID + "place/" + slug); }

    static String pcode(Resource unit) {
        Statement s = unit == null ? null : unit.getProperty(isnadP("pcode"));
        return s == null ? null : s.getString();
    }

    static Resource adminLink(Resource place, int level) {
        return place.getPropertyResourceValue(isnadP("admin" + level));
    }

    @Test
    void everyOchaUnitHasItsPcodeAndLevel() {
        // OCHA COD-AB: 14 governorates, 62 districts, 272 sub-districts
        Map<Integer, Set<String>> byLevel = new TreeMap<>();
        for (Resource u : all.listSubjectsWithProperty(isnadP("pcode")).toList()) {
            List<Statement> codes = u.listProperties(isnadP("pcode")).toList();
            assertEquals(1, codes.size(), u + ": one p-code");
            int level = u.getRequiredProperty(isnadP("adminLevel")).getInt();
            String code = codes.get(0).getString();
            assertTrue(code.matches("SY\\d{" + (2 * level) + "}"), u + ": p-code " + code + " for level " + level);
            Resource kind = u.getPropertyResourceValue(isnadP("placeKind"));
            assertEquals(isnad(List.of("Governorate", "District", "SubDistrict").get(level - 1)), kind, u + ": kind of level " + level);
            assertTrue(byLevel.computeIfAbsent(level, k -> new TreeSet<>()).add(code), code + " given to two places");
        }
        assertEquals(14, byLevel.get(1).size(), "governorates");
        assertEquals(62, byLevel.get(2).size(), "districts");
        assertEquals(272, byLevel.get(3).size(), "sub-districts");
        for (Resource g : all.listSubjectsWithProperty(isnadP("placeKind"), isnad("Governorate")).toList()) {
            assertTrue(g.hasProperty(isnadP("pcode")), g + ": a governorate without p-code (a duplicate of one?)");
        }
    }

    @Test
    void everyUnitLinksToUnitsItsPcodeNames() {
        for (Resource u : all.listSubjectsWithProperty(isnadP("pcode")).toList()) {
            String code = pcode(u);
            int level = u.getRequiredProperty(isnadP("adminLevel")).getInt();
            for (int l = 1; l <= 3; l++) {
                Resource link = adminLink(u, l);
                if (l > level) {
                    assertEquals(null, link, u + ": a level-" + level + " unit has no admin" + l);
                    continue;
                }
                assertTrue(link != null, u + " (" + code + "): no admin" + l);
                assertEquals(code.substring(0, 2 + 2 * l), pcode(link), u + ": admin" + l + " disagrees with the p-code prefix");
                assertEquals(l, link.getRequiredProperty(isnadP("adminLevel")).getInt(), u + ": admin" + l + " is not of level " + l);
            }
            assertEquals(u, adminLink(u, level), u + " is its own admin" + level);
            if (level > 1) {
                // the unit lies (along isnad:within) in its governorate, so the extractor's hierarchy agrees
                assertTrue(reaches(u, adminLink(u, 1), new HashSet<>()), u + " is not within its governorate");
            }
        }
    }

    @Test
    void everyLinkedPlaceHasConsistentLinksAndSaysHowTheyWereMade() {
        Set<String> bases = Set.of("pcode", "within", "seat", "nearest-centroid");
        Map<String, Integer> byBasis = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Resource p : instances("Place")) {
            Resource a1 = adminLink(p, 1), a2 = adminLink(p, 2), a3 = adminLink(p, 3);
            Statement basis = p.getProperty(isnadP("adminBasis"));
            Resource kind = p.getPropertyResourceValue(isnadP("placeKind"));
            if (kind.equals(isnad("Region")) || kind.equals(isnad("Border")) || kind.equals(isnad("Country"))) {
                if (a1 != null || basis != null) problems.add(p + ": a " + kind.getLocalName() + " has admin links");
                continue;
            }
            if (a1 == null) { problems.add(p + ": no admin1"); continue; }
            if (basis == null || !bases.contains(basis.getString())) { problems.add(p + ": adminBasis " + basis); continue; }
            byBasis.merge(basis.getString(), 1, Integer::sum);
            if (a3 != null && (a2 == null || !pcode(a3).startsWith(pcode(a2)))) problems.add(p + ": admin3 " + pcode(a3) + " not in admin2 " + pcode(a2));
            if (a2 != null && !pcode(a2).startsWith(pcode(a1))) problems.add(p + ": admin2 " + pcode(a2) + " not in admin1 " + pcode(a1));
            if (!reaches(p, a1, new HashSet<>()) && !p.equals(a1))
                problems.add(p + ": admin1 " + pcode(a1) + " is not the governorate it lies within");
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertEquals(348, byBasis.get("pcode"), "every unit links by its p-code: " + byBasis);
        assertTrue(byBasis.getOrDefault("seat", 0) >= 150 && byBasis.getOrDefault("within", 0) >= 100, byBasis.toString());
    }

    @Test
    void townsResolveToTheirSubDistrictAndNamesakeUnitsKeepTheirPrefix() {
        // the town al-Mayadin: Deir ez-Zor Governorate SY09, al-Mayadin District SY0903, its sub-district SY090300
        Resource town = place("al-mayadin");
        assertEquals("SY09", pcode(adminLink(town, 1)));
        assertEquals("SY0903", pcode(adminLink(town, 2)));
        assertEquals("SY090300", pcode(adminLink(town, 3)));
        // the bare name is the town's alone; the district and sub-district take their prefixed names
        Map<String, Set<Resource>> index = aliasIndex(instances("Place"));
        assertEquals(Set.of(town), index.get(normalise("الميادين")));
        assertEquals(Set.of(adminLink(town, 2)), index.get(normalise("منطقة الميادين")));
        assertEquals(Set.of(adminLink(town, 3)), index.get(normalise("ناحية الميادين")));
        assertEquals(Set.of(adminLink(town, 3)), index.get(normalise("ناحية مركز الميادين")));
        // a neighbourhood takes its city's units; a sub-district minted from the table is found by its name
        assertEquals("SY090100", pcode(adminLink(place("deir-ez-zor-al-hamidiyah"), 3)));
        assertEquals("within", place("deir-ez-zor-al-hamidiyah").getProperty(isnadP("adminBasis")).getString());
        assertEquals("SY0302", pcode(adminLink(index.get(normalise("ناحية حرستا")).iterator().next(), 2)));
        assertEquals("SY030200", pcode(adminLink(place("duma"), 3)), "Douma is the seat of its sub-district");
        // every sub-district can be named in text, and none by a bare town name
        for (Resource u : all.listSubjectsWithProperty(isnadP("adminLevel"), all.createTypedLiteral(3)).toList()) {
            List<String> forms = arabicSurfaceForms(u);
            assertFalse(forms.isEmpty(), u + ": no Arabic name");
            for (String f : forms) assertTrue(f.startsWith("ناحية "), u + ": \"" + f + "\" lacks the prefix ناحية");
        }
    }

    // ---------------------------------------------------------------- actors

    @Test
    void actorsHaveACategoryAndPartOfResolves() {
        Set<Resource> actors = instances("Actor");
        for (Resource a : actors) {
            List<Statement> cats = a.listProperties(isnadP("actorCategory")).toList();
            assertEquals(1, cats.size(), a + ": exactly one actorCategory");
            assertTrue(ontology.contains(cats.get(0).getResource(), RDF.type, isnad("ActorCategory")), a + ": unknown category");
            for (Statement s : a.listProperties(isnadP("partOf")).toList()) {
                assertTrue(actors.contains(s.getResource()), a + " is part of " + s.getObject() + ", which is not an Actor");
            }
        }
    }

    @Test
    void actorsTheSeedArticleNamesAreFound() {
        Map<String, Set<Resource>> index = aliasIndex(instances("Actor"));
        Map<String, String> expected = Map.of(
                "القيادة العامة المركزية للقوات العسكرية الأمريكية", "centcom",
                "القوات العسكرية الأمريكية", "us-forces", "الرئيس جو بايدن", "joe-biden",
                "الجماعات المدعومة من إيران", "iran-backed-militias", "أفراد أمريكيين", "us-forces",
                "الحرس الثوري", "irgc", "التحالف الدولي لمحاربة داعش بقيادة واشنطن", "us-led-coalition",
                "قوات سوريا الديمقراطية", "sdf", "داعش", "isis", "الميليشيات الإيرانية", "iran-backed-militias");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            Set<Resource> r = index.get(normalise(e.getKey()));
            assertEquals(Set.of(all.createResource(Vocab.ID + "actor/" + e.getValue())), r, e.getKey());
        }
    }

    @Test
    void actorsTheIssueNamesAreFoundWithTheirCategories() {
        // the states, groups and sources reporting on eastern Syria names most; each alias must name one actor
        Map<String, Set<Resource>> index = aliasIndex(instances("Actor"));
        Map<String, String[]> expected = Map.ofEntries(
                Map.entry("إيران", new String[] {"iran", "ExternalForces"}),
                Map.entry("الجيش العراقي", new String[] {"iraq", "ExternalForces"}),
                Map.entry("عملية العزم الصلب", new String[] {"us-led-coalition", "ExternalForces"}),
                Map.entry("حركة النجباء", new String[] {"harakat-al-nujaba", "PoliticalMilitia"}),
                Map.entry("عصائب أهل الحق", new String[] {"asaib-ahl-al-haq", "PoliticalMilitia"}),
                Map.entry("العمشات", new String[] {"suleiman-shah-division", "RebelGroup"}),
                Map.entry("فرقة الحمزة", new String[] {"hamza-division", "RebelGroup"}),
                Map.entry("المخابرات الجوية", new String[] {"air-force-intelligence", "StateForces"}),
                Map.entry("مجلس دير الزور العسكري", new String[] {"deir-ez-zor-military-council", "RebelGroup"}),
                Map.entry("الشعيطات", new String[] {"shaitat-tribe", "IdentityMilitia"}),
                Map.entry("مسلحون مجهولون", new String[] {"unidentified-armed-group", "PoliticalMilitia"}),
                Map.entry("الخوذ البيضاء", new String[] {"white-helmets", "Civilians"}),
                Map.entry("فرات بوست", new String[] {"furat-post", "Media"}),
                Map.entry("مصادر محلية", new String[] {"local-sources", "Media"}));
        for (Map.Entry<String, String[]> e : expected.entrySet()) {
            Resource a = all.createResource(Vocab.ID + "actor/" + e.getValue()[0]);
            assertEquals(Set.of(a), index.get(normalise(e.getKey())), e.getKey());
            assertTrue(a.hasProperty(isnadP("actorCategory"), isnad(e.getValue()[1])), a + " should be " + e.getValue()[1]);
        }
        // part-of links follow the reported affiliations the extractor relies on to group actors
        assertTrue(all.createResource(Vocab.ID + "actor/shaitat-tribe").hasProperty(isnadP("partOf"),
                all.createResource(Vocab.ID + "actor/aqidat-tribe")));
        assertTrue(all.createResource(Vocab.ID + "actor/harakat-al-nujaba").hasProperty(isnadP("partOf"),
                all.createResource(Vocab.ID + "actor/pmf")));
    }

    // ---------------------------------------------------------------- aliases

    @Test
    void noTwoResourcesOfAClassShareANormalisedArabicAlias() {
        List<String> problems = new ArrayList<>();
        for (String cls : List.of("Place", "Actor", "Outlet")) {
            for (Map.Entry<String, Set<Resource>> e : aliasIndex(instances(cls)).entrySet()) {
                if (e.getValue().size() < 2) continue;
                // an intended ambiguity is allowed when every resource sharing the form says so in its comment
                boolean documented = e.getValue().stream().allMatch(r -> r.listProperties(RDFS.comment).toList().stream()
                        .anyMatch(c -> normalise(c.getString()).contains(e.getKey())));
                if (!documented) problems.add(cls + " alias \"" + e.getKey() + "\" shared by " + e.getValue());
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void aliasesAreNotNormalisationOrCliticVariantsOfEachOther() {
        // hamza/alef, ta marbuta and diacritic variants are found by normalisation, and clitics (و ف ب ك ل)
        // are stripped by the matcher: listing such forms only hides that the matcher is broken
        List<String> problems = new ArrayList<>();
        for (String cls : List.of("Place", "Actor", "Outlet")) {
            Set<String> forms = new HashSet<>();
            for (Resource r : instances(cls)) {
                Set<String> own = new HashSet<>();
                for (String a : arabicSurfaceForms(r)) {
                    if (!own.add(normalise(a))) problems.add(r.getURI() + ": \"" + a + "\" repeats another alias after normalisation");
                }
                forms.addAll(own);
            }
            for (String f : forms) {
                for (String p : List.of("و", "ف", "ب", "ك", "ل", "وب", "ول", "وك", "فب", "فل", "فك")) {
                    if (!f.startsWith(p)) continue;
                    String rest = f.substring(p.length());
                    boolean prefixed = forms.contains(rest) || (p.endsWith("ل") && rest.startsWith("ل") && forms.contains("ا" + rest));
                    if (prefixed) problems.add(cls + ": \"" + f + "\" is a clitic-prefixed form of another alias");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    // ---------------------------------------------------------------- helpers

    /** Folding used by this check: strip harakat, superscript alef and tatweel; unify alef forms, ta marbuta, alef maqsura. */
    static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640') continue;
            switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> b.append('ا');
                case 'ة' -> b.append('ه');
                case 'ى' -> b.append('ي');
                default -> b.append(Character.toLowerCase(c));
            }
        }
        return b.toString().trim().replaceAll("\\s+", " ");
    }

    static List<String> arabicSurfaceForms(Resource r) {
        List<String> out = new ArrayList<>();
        for (Property p : List.of(RDFS.label, SKOS.altLabel)) {
            r.listProperties(p).forEachRemaining(s -> {
                if (s.getObject().isLiteral() && "ar".equals(s.getLiteral().getLanguage())) out.add(s.getString());
            });
        }
        return out;
    }

    static Map<String, Set<Resource>> aliasIndex(Set<Resource> resources) {
        Map<String, Set<Resource>> index = new TreeMap<>();
        for (Resource r : resources) {
            for (String a : arabicSurfaceForms(r)) index.computeIfAbsent(normalise(a), k -> new HashSet<>()).add(r);
        }
        return index;
    }

    static Set<Resource> instances(String cls) {
        return all.listSubjectsWithProperty(RDF.type, isnad(cls)).toSet();
    }

    static List<String> labels(Model m, Resource r, String lang) {
        return m.listObjectsOfProperty(r, RDFS.label).toList().stream()
                .filter(RDFNode::isLiteral).map(RDFNode::asLiteral)
                .filter(l -> l.getLanguage().equals(lang)).map(Literal::getString).collect(Collectors.toList());
    }

    static String onlyLabel(Model m, Resource r, String lang) {
        List<String> l = labels(m, r, lang);
        assertEquals(1, l.size(), r.getLocalName() + ": exactly one @" + lang + " label");
        return l.get(0);
    }

    static Set<Resource> subjectsInNamespace(Model m, String ns) {
        return m.listSubjects().toList().stream().filter(Resource::isURIResource)
                .filter(r -> r.getURI().startsWith(ns) && r.getURI().length() > ns.length()).collect(Collectors.toSet());
    }
}
