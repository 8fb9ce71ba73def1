package org.isnad.extract;

import static org.isnad.extract.TestArticles.places;
import static org.isnad.extract.TestArticles.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text pasted in Arabic presentation forms (the shaped glyphs U+FE70–U+FEFC, as some local outlets' pages
 * carry whole sentences) reads as the letters it draws, and its evidence is still the text as written. The
 * sentences are written here, then shaped.
 */
class PresentationFormsTest {

    @TempDir Path dir;

    @Test
    void aShapedSentenceTellsItsEvent() throws Exception {
        // "وقتل مدني نتيجة غارات للطيران الحربي استهدفت بلدة البصيرة بريف دير الزور الشرقي أمس"
        String shaped = "ﻭﻗﺘﻞ ﻣﺪﻧﻲ ﻧﺘﻴﺠﺔ ﻏﺎﺭﺍﺕ ﻟﻠﻄﻴﺮﺍﻥ ﺍﻟﺤﺮﺑﻲ ﺍﺳﺘﻬﺪﻓﺖ ﺑﻠﺪﺓ ﺍﻟﺒﺼﻴﺮﺓ ﺑﺮﻳﻒ ﺩﻳﺮ ﺍﻟﺰﻭﺭ ﺍﻟﺸﺮﻗﻲ ﺃﻣﺲ.";
        List<EventClaim> es = TestArticles.events(dir, shaped);
        assertEquals(List.of("AirDroneStrike"), types(es), es.toString());
        assertTrue(places(es.get(0)).contains("al-busayrah"), places(es.get(0)).toString());
        assertEquals("2024-05-11", es.get(0).time().start().toString());
        // the evidence is cut from the text as the user has it
        assertTrue(es.get(0).evidence().get(0).text().startsWith("ﻭﻗﺘﻞ ﻣﺪﻧﻲ"), es.get(0).evidence().toString());
    }

    @Test
    void shapedWordsAmongPlainOnesAndALigature() throws Exception {
        // "قصفت قوات النظام بالمدفعية الثقيلة قرية كباني بريف اللاذقية الشمالي": plain verb, shaped rest, and
        // "اللاذقية" with the lam-alef ligature (one glyph for two letters)
        String mixed = "قصفت ﻗﻮﺍﺕ ﺍﻟﻨﻈﺎﻡ ﺑﺎﻟﻤﺪﻓﻌﻴﺔ ﺍﻟﺜﻘﻴﻠﺔ ﻗﺮﻳﺔ ﻛﺒﺎﻧﻲ ﺑﺮﻳﻒ ﺍﻟﻼﺫﻗﻴﺔ ﺍﻟﺸﻤﺎﻟﻲ صباح اليوم.";
        List<EventClaim> es = TestArticles.events(dir, mixed);
        assertEquals(List.of("ShellingArtilleryMissileAttack"), types(es), es.toString());
        assertTrue(es.get(0).actors().contains("https://w3id.org/isnad/id/actor/syrian-government-forces"),
                es.get(0).actors().toString());
        assertTrue(places(es.get(0)).stream().anyMatch(p -> p.contains("latakia")), places(es.get(0)).toString());
    }
}
