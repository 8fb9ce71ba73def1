package org.isnad.extract;

import static org.isnad.extract.TestArticles.types;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The weapon decides the type (session 27): barrel bombs fall from aircraft, a car bomb with a driver is a
 * suicide bombing. Every sentence is written here.
 */
class WeaponsDecideTheTypeTest {

    @TempDir Path dir;

    private List<String> typesOf(String body) throws Exception {
        return types(TestArticles.events(dir, body)).stream().sorted().toList();
    }

    @Test
    void barrelBombsAreDroppedFromTheAir() throws Exception {
        // "قصف" with no weapon read as shelling, and "متفجرة" alone as a bomb: no aircraft was named
        assertEquals(List.of("AirDroneStrike"), typesOf(
                "قُتل ثلاثة مدنيين جراء قصف بالبراميل المتفجرة على بلدة اللطامنة بريف حماة، أمس."));
        assertEquals(List.of("AirDroneStrike"), typesOf(
                "سقط برميل متفجر على حي الشعار في مدينة حلب، أمس، ما أدى إلى مقتل طفلين."));
        assertEquals(List.of("AirDroneStrike"), typesOf(
                "ألقت مروحيات النظام 12 برميلا متفجرا على بلدة الهبيط، أمس."));
    }

    @Test
    void aCarBombWithItsDriverIsASuicideBombing() throws Exception {
        assertEquals(List.of("SuicideBomb"), typesOf(
                "انفجرت سيارة مفخخة يقودها عنصر من التنظيم عند مدخل مدينة الباب، أمس."));
        // a car bomb left parked stays a remote explosive
        assertEquals(List.of("RemoteExplosiveLandmineIED"), typesOf(
                "انفجرت سيارة مفخخة مركونة قرب دوار السنتر في مدينة الباب، أمس."));
    }

    @Test
    void suicideBombingsToldInTheDualOrThePluralAreSuicideBombings() throws Exception {
        // the dictionary reads only the singular adjective "انتحاري": its dual and plural are forms of the entry
        assertEquals(List.of("SuicideBomb"), typesOf(
                "وقتل عشرة أشخاص أمس في تفجيرين انتحاريين بسيارتين مفخختين استهدفا حي المحطة في مدينة الحسكة."));
        assertEquals(List.of("SuicideBomb"), typesOf("وهز انفجاران انتحاريان حي الزهراء في مدينة حمص أمس."));
        assertEquals(List.of("SuicideBomb"), typesOf(
                "وقال المصدر إن المهاجمين الانتحاريين فجروا سيارتين عند مدخل بلدة جبرين أمس."));
        // two car bombs with no word of a suicide stay remote explosives
        assertEquals(List.of("RemoteExplosiveLandmineIED"), typesOf(
                "وقتل عشرة أشخاص أمس في تفجيرين بسيارتين مفخختين استهدفا حي المحطة في مدينة الحسكة."));
    }

    @Test
    void whoeverBlewHimselfUpWasASuicideBomber() throws Exception {
        // session 28: "فجّر" alone read a remote bomb; blowing oneself up is a suicide bombing whoever did it
        assertEquals(List.of("SuicideBomb"), typesOf(
                "أقدم رجل على تفجير نفسه أمام حاجز لقوات النظام في حي عكرمة بمدينة حمص، أمس."));
        assertEquals(List.of("SuicideBomb"), typesOf(
                "قالت مصادر محلية إن شاباً فجّر نفسه وسط سوق في حي عكرمة بمدينة حمص، أمس."));
        assertEquals(List.of("SuicideBomb"), typesOf(
                "قتل أربعة عناصر من قوات النظام حين امرأة تحمل حقيبة فجرت نفسها عند مدخل حي عكرمة في حمص، أمس."));
        // a bomb set off by armed men stays a remote explosive
        assertEquals(List.of("RemoteExplosiveLandmineIED"), typesOf(
                "فجّر مسلحون عبوة ناسفة في حي عكرمة بمدينة حمص، أمس."));
    }
}
