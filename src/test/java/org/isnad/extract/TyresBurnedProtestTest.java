package org.isnad.extract;

import static org.isnad.extract.TestArticles.types;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A road blocked with burning tyres is a protest, coded peaceful by the analysts unless people or property are
 * harmed (session 33: rdev6, rdev10, rdev11, rdev12, rdev16, devset); stones thrown beside it make it a violent
 * demonstration. Every sentence is written here.
 */
class TyresBurnedProtestTest {

    @TempDir Path dir;

    private List<String> typesOf(String body) throws Exception {
        return types(TestArticles.events(dir, body)).stream().sorted().toList();
    }

    @Test
    void aRoadBlockedWithBurningTyresIsAPeacefulProtest() throws Exception {
        assertEquals(List.of("PeacefulProtest"), typesOf(
                "قطع أهالي بلدة الحراك بريف درعا الشرقي، مساء أمس الأحد، الطريق العام بالإطارات المشتعلة، "
                        + "مطالبين بالإفراج عن شاب اعتقل قبل أسبوع."));
        // no protest word at all: the tyres burned name it (and the arrest told before is an event of its own)
        assertEquals(List.of("Arrests", "PeacefulProtest"), typesOf(
                "اعتقلت دورية أمنية شاباً من بلدة الشحيل أمس الأحد. وعلى إثر الاعتقال، أغلق شبان من بلدة الشحيل "
                        + "بريف دير الزور الشرقي طرقات البلدة، اليوم الاثنين، وأشعلوا الإطارات."));
    }

    @Test
    void stonesThrownBesideTheTyresMakeItViolent() throws Exception {
        assertEquals(List.of("ViolentDemonstration"), typesOf(
                "أغلق شبان غاضبون مداخل بلدة الشحيل بريف دير الزور الشرقي، اليوم الاثنين، وأشعلوا الإطارات، "
                        + "ورموا الحجارة على المارة."));
    }
}
