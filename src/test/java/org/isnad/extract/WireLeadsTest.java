package org.isnad.extract;

import static org.isnad.extract.TestArticles.types;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How newswire heads and leads tell a protest: the crowd first and its verb in the present ("آلاف … يتظاهرون"),
 * a crowd counted with no verb at all ("مئات المحتجين أمام …"), marches that are no drones. Every sentence is
 * written here for its test.
 */
class WireLeadsTest {

    @TempDir Path dir;

    private List<String> typesOf(String body) throws Exception {
        return types(TestArticles.events(dir, body));
    }

    @Test
    void aCrowdThenItsPresentVerbTellsAProtest() throws Exception {
        assertEquals(List.of("PeacefulProtest"), typesOf("مئات الطلاب يتظاهرون أمام وزارة التعليم العالي في بغداد للمطالبة بالتعيين"));
        assertEquals(List.of("PeacefulProtest"), typesOf("عشرات الممرضات يعتصمن داخل مستشفى الجمهورية في عدن احتجاجا على تأخر الرواتب"));
        assertEquals(List.of("PeacefulProtest"), typesOf("سائقو الشاحنات يحتجون في ميناء طرابلس على رفع رسوم العبور"));
        assertEquals(List.of("PeacefulProtest"), typesOf("عمال النظافة في الخرطوم ينفذون إضرابا مفتوحا عن العمل للمطالبة بزيادة الأجور"));
    }

    @Test
    void aPresentVerbThatOpensTheLeadTellsAProtest() throws Exception {
        assertEquals(List.of("PeacefulProtest"), typesOf("يتظاهر المئات من أهالي المعتقلين أمام مبنى البرلمان في بيروت."));
    }

    @Test
    void aCallOrAPlanInThePresentIsNoProtest() throws Exception {
        assertEquals(List.of(), typesOf("ناشطون يدعون إلى التظاهر أمام مبنى المحافظة يوم الجمعة المقبل."));
        assertEquals(List.of(), typesOf("المعلمون سيضربون عن العمل الأسبوع المقبل إذا لم تصرف رواتبهم."));
        assertEquals(List.of(), typesOf("الأهالي لا يتظاهرون خوفا من الاعتقال."));
    }

    @Test
    void forcesDisperseAMarch() throws Exception {
        assertEquals(List.of("ProtestWithIntervention"), typesOf("فضت الشرطة بالقوة مسيرة لأنصار الحزب في مدينة بنغازي."));
        // a drone brought down stays a drone (foiled), beside the interception (InterceptedStrike)
        assertEquals(List.of("AirDroneStrike", "DisruptedWeaponsUse"), typesOf("أسقطت الدفاعات الجوية مسيرة قرب مطار حلب."));
    }

    @Test
    void aCrowdCountedWhereItStandsIsAProtest() throws Exception {
        assertEquals(List.of("PeacefulProtest"), typesOf("عشرات المعتصمين أمام مقر الحكومة في الرباط"));
        assertEquals(List.of("PeacefulProtest"), typesOf("مئات المتظاهرين قرب قصر العدل للمطالبة بمحاكمة المسؤولين"));
        // a count of the dead is no crowd, and a crowd said nowhere is no event
        assertEquals(List.of(), typesOf("آلاف المتظاهرين"));
    }
}
