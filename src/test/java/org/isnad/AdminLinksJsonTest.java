package org.isnad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The claims JSON names each place's admin1, admin2 and admin3 (ACLED's) with OCHA p-codes. */
class AdminLinksJsonTest {

    @TempDir Path tmp;

    /** Every place entry of the claims JSON of these inputs, by the last segment of its IRI. */
    private Map<String, JsonObject> places(String... inputs) throws IOException {
        Map<String, JsonObject> out = new HashMap<>();
        for (JsonValue claim : EndToEndContractTest.convertJson(tmp.resolve("out.json"), inputs)) {
            for (JsonValue p : claim.getAsObject().get("places").getAsArray()) {
                JsonObject o = p.getAsObject();
                if (!o.get("iri").isString()) continue;     // a place the gazetteer lacks, kept as text
                String iri = o.get("iri").getAsString().value();
                out.put(iri.substring(iri.lastIndexOf('/') + 1), o);
            }
        }
        return out;
    }

    private static void assertUnit(JsonObject place, String field, String label, String pcode) {
        assertTrue(place.hasKey(field), place + ": no " + field);
        JsonValue v = place.get(field);
        if (pcode == null) {
            assertTrue(v.isNull(), field + " should be null: " + place);
            return;
        }
        assertTrue(v.isObject(), field + " should be an object: " + place);
        assertEquals(label, v.getAsObject().get("label").getAsString().value(), field + " label");
        assertEquals(pcode, v.getAsObject().get("pcode").getAsString().value(), field + " p-code");
    }

    @Test
    void aTownCarriesItsGovernorateDistrictAndSubDistrict() throws IOException {
        // a development-set article on an attack near al-Mayadin
        Map<String, JsonObject> places = places("src/test/resources/devset/2028-enab-isis-bus-mayadin.txt");
        JsonObject town = places.get("al-mayadin");
        assertTrue(town != null, "al-Mayadin not among the places: " + places.keySet());
        assertUnit(town, "admin1", "Deir ez-Zor Governorate", "SY09");
        assertUnit(town, "admin2", "al-Mayadin District", "SY0903");
        assertUnit(town, "admin3", "al-Mayadin Subdistrict", "SY090300");
    }

    @Test
    void aSubDistrictsSeatTownIsAPlaceUnderIt() throws IOException {
        // the gazetteer had "ناحية كسب" and "ناحية أورم الكبرى" but no town of that name: the bare name in
        // prose is the seat town, within its sub-district
        Path article = tmp.resolve("seat.txt");
        java.nio.file.Files.writeString(article, """
                url: https://example.org/test/seat
                outlet: North Press
                published: 2024-05-02
                title: قصف
                ---
                قصفت قوات النظام صباح اليوم أطراف بلدة كسب في ريف اللاذقية الشمالي.
                وفي ريف حلب الغربي، سقطت قذائف مدفعية على بلدة أورم الكبرى مساء أمس.
                """);
        Map<String, JsonObject> places = places(article.toString());
        JsonObject kasab = places.get("kasab");
        assertTrue(kasab != null, "Kasab not among the places: " + places.keySet());
        assertUnit(kasab, "admin1", "Latakia Governorate", "SY06");
        assertUnit(kasab, "admin3", "Kasab Subdistrict", "SY060005");
        assertTrue(places.containsKey("urum-al-kubra"), "Urum al-Kubra not among the places: " + places.keySet());
        assertFalse(places.containsKey("kasab-subdistrict"), "the town is not the whole sub-district: " + places.keySet());
    }

    @Test
    void aRegionInTheDesertAndAGovernorateTakesTheGovernoratesUnit() throws IOException {
        // "بادية حمص" lies within the Syrian Desert (no unit) and Homs Governorate: it is in Homs (SY04); a
        // countryside's side is in its governorate
        Path article = tmp.resolve("desert.txt");
        java.nio.file.Files.writeString(article, """
                url: https://example.org/test/desert
                outlet: North Press
                published: 2024-05-02
                title: هجوم
                ---
                قُتل ثلاثة رعاة بانفجار لغم أرضي في بادية حمص الشرقية، صباح اليوم.
                وفي ريف درعا الشرقي، قُتل شاب برصاص مسلحين مجهولين مساء أمس.
                """);
        Map<String, JsonObject> places = places(article.toString());
        JsonObject desert = places.get("homs-badia");
        assertTrue(desert != null, "the Homs desert not among the places: " + places.keySet());
        assertUnit(desert, "admin1", "Homs Governorate", "SY04");
        JsonObject east = places.get("daraa-eastern-countryside");
        assertTrue(east != null, "eastern Daraa countryside not among the places: " + places.keySet());
        assertUnit(east, "admin1", "Daraa Governorate", "SY12");
        assertUnit(east, "admin2", null, null);
    }

    @Test
    void theSeedsPlacesHaveAdminUnitsAndRegionsHaveNone() throws IOException {
        Map<String, JsonObject> places = places(EndToEndContractTest.SEED.toString());
        assertFalse(places.isEmpty());
        for (JsonObject p : places.values())
            for (String f : new String[] {"admin1", "admin2", "admin3"}) assertTrue(p.hasKey(f), p + ": no " + f);
        JsonObject city = places.get("deir-ez-zor");
        assertUnit(city, "admin1", "Deir ez-Zor Governorate", "SY09");
        assertUnit(city, "admin2", "Deir ez-Zor District", "SY0901");
        assertUnit(city, "admin3", "Deir ez-Zor Subdistrict", "SY090100");
        JsonObject region = places.get("eastern-syria");
        assertTrue(region != null, "eastern Syria not among the seed's places: " + places.keySet());
        assertUnit(region, "admin1", null, null);
        assertUnit(region, "admin2", null, null);
        assertUnit(region, "admin3", null, null);
    }
}
