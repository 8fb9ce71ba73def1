package org.isnad.extract;

import static org.isnad.extract.TestArticles.types;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Words of statements and of bases that real reporting uses without telling an act of their own (session 20,
 * learnt from real statements quoted in clash and incursion reports). Every sentence is written here.
 */
class WordsThatNameNoActTest {

    @TempDir Path dir;

    private List<String> typesOf(String body) throws Exception {
        return types(TestArticles.events(dir, body)).stream().sorted().toList();
    }

    @Test
    void aStatementIssuedByABodyConfiscatesNothing() throws Exception {
        // "لبيان صادر عن": issued by, after a noun with a preposition, is no "صادَرَ" (confiscated)
        assertEquals(List.of("Arrests"), typesOf(
                "ووفقاً لبيان صادر عن قيادة الشرطة، اعتقلت دورية شابين في بلدة الشحيل بريف دير الزور، أمس."));
        assertEquals(List.of("Arrests"), typesOf(
                "وبحسب تصريح صادر عن المكتب الإعلامي، اعتقلت دورية شابين في بلدة الشحيل بريف دير الزور، أمس."));
    }

    @Test
    void stepsTakenOrCheckpointsSetUpEstablishNoBase() throws Exception {
        // "اتخذت الإجراءات اللازمة": measures taken, not a building taken as a base
        assertEquals(List.of(), typesOf(
                "وقالت القيادة إن عناصرها اتخذوا الإجراءات اللازمة وتعاملوا مع الموقف في بلدة الشحيل، أمس."));
        assertEquals(List.of(), typesOf(
                "واتخذت قوات الأمن التدابير اللازمة لحماية الأهالي في بلدة الشحيل، أمس."));
        // a building taken as a headquarters, or a post set up, is a base established
        assertEquals(List.of("HeadquartersOrBaseEstablished"), typesOf(
                "اتخذت قوات الحكومة من مدرسة القرية مقراً لها في بلدة الشحيل بريف دير الزور، أمس."));
        assertEquals(List.of("HeadquartersOrBaseEstablished"), typesOf(
                "أقامت القوات التركية نقطة عسكرية في بلدة الأتارب بريف حلب الغربي، أمس."));
    }
}
