package io.dragoman.qa.check;

import static io.dragoman.qa.check.CheckFixture.memory;
import static io.dragoman.qa.check.CheckFixture.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dragoman.qa.QaIssue;
import io.dragoman.qa.QaUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks over a whole memory: consistency groups and the length-ratio distribution. */
class MemoryChecksTest {

    private static List<Long> units(List<QaIssue> issues) {
        return issues.stream().map(QaIssue::unitId).sorted().toList();
    }

    @Test
    void inconsistentTargetReportsTheMinorityVariantsAndNamesTheMostUsed() {
        List<QaIssue> issues = run(InconsistentTarget.ID, memory(
                "Open", "فتح",
                "_Open", "فتح",
                "&Open:", "فَتْح:",
                "Open", "افتح",
                "Close %s", "أغلق %s",
                "Close {0}", "إغلاق {0}",
                "Close %1", "أغلق %1"));
        assertEquals(List.of(4L, 6L), units(issues));
        QaIssue open = issues.stream().filter(i -> i.unitId() == 4).findFirst().orElseThrow();
        assertTrue(open.message().contains("«فتح» ×3 (most used), «افتح» ×1"), open.message());
        assertEquals(List.of(io.dragoman.text.Span.of(0, 4)), open.targetSpans());
    }

    @Test
    void inconsistentTargetIgnoresSpellingFoldsPlaceholderValuesAndOtherSources() {
        List<QaIssue> issues = run(InconsistentTarget.ID, memory(
                "Page %d of %d", "الصفحة %d من %d",
                "Page %1$d of %2$d", "الصفحة %1$d من %2$d",
                "Save", "إحفظ",
                "Save:", "احفظ",
                "Save As", "حفظ باسم",
                "_Directory:", "الدليل",
                "Directory", "دليل",
                "<b>Appearance</b>", "<b>مظهر</b>",
                "<b>Appearance</b>", "<b>المظهر</b>",
                "%(male_name)s died", "%(male_name)s مات",
                "%(female_name)s died", "%(female_name)s ماتت",
                "Your emails", "zayed@example.org",
                "Your emails", "safa@example.org",
                "Copy", "Copy"));
        assertTrue(issues.isEmpty(), issues::toString);
    }

    @Test
    void inconsistentSourceReportsOneTranslationForDifferentSources() {
        List<QaIssue> issues = run(InconsistentSource.ID, memory(
                "Show hidden files", "إظهار الملفات المخفية",
                "Show hidden files", "إظهار الملفات المخفية",
                "Hide hidden files", "إظهار الملفات المخفية",
                "Open file", "فتح ملف",
                "Open a file", "فتح ملف",
                "Open File", "فتح ملف"));
        assertEquals(List.of(3L, 5L), units(issues));
        assertTrue(run(InconsistentSource.ID, memory(
                "Open file", "فتح ملف",
                "Open File:", "فتح ملف:",
                "Hide hidden files", "إخفاء الملفات المخفية")).isEmpty());
    }

    @Test
    void lengthRatioFlagsOutliersOfTheMemorysOwnDistribution() {
        List<QaUnit> units = new ArrayList<>();
        String[][] typical = {
                {"Save the current document", "احفظ المستند الحالي"},
                {"Open a file from the disk", "افتح ملفًا من القرص"},
                {"Print the selected pages", "اطبع الصفحات المحددة"},
                {"Close all open windows", "أغلق كل النوافذ المفتوحة"},
                {"Show the hidden files too", "أظهر الملفات المخفية أيضًا"},
                {"The printer is out of paper", "نفد ورق الطابعة"},
                {"Could not connect to the server", "تعذّر الاتصال بالخادم"},
                {"Select the color of the background", "اختر لون الخلفية"},
                {"Enable spell checking while typing", "فعّل التدقيق الإملائي أثناء الكتابة"},
                {"Restart the application now", "أعد تشغيل التطبيق الآن"},
                {"Remember my password on this computer", "تذكّر كلمة السر الخاصة بي على هذا الحاسوب"}};
        long id = 1;
        for (int i = 0; i < 4; i++) {
            for (String[] pair : typical) {
                units.add(new QaUnit(id++, "en", "ar", pair[0], pair[1]));
            }
        }
        units.add(new QaUnit(100, "en", "ar", "Remove the selected items from the list permanently", "احذف"));
        units.add(new QaUnit(101, "en", "ar", "Rename the file",
                "أعد تسمية الملف المحدد في القائمة الحالية مع الاحتفاظ بامتداده الأصلي وتاريخه"));
        // Tempting: short strings swing wildly but are too short to judge; a long faithful pair is typical.
        units.add(new QaUnit(102, "en", "ar", "OK", "موافق تمامًا"));
        units.add(new QaUnit(104, "en", "ar", "Islamic month lexeme|Ramadan", "رمضان"));
        units.add(new QaUnit(105, "en", "ar", "translator-credits", "فريق عربآيز للترجمة: أحمد، محمد، علي، فاطمة، خديجة"));
        units.add(new QaUnit(103, "en", "ar", "The peacekeeping force will be funded by the Department of Defense",
                "ستموّل وزارة الدفاع قوة حفظ السلام"));
        List<QaIssue> issues = run(LengthRatio.ID, units);
        assertEquals(List.of(100L, 101L), units(issues), issues::toString);
        assertTrue(issues.get(0).message().contains("short") || issues.get(1).message().contains("short"));
    }

    @Test
    void lengthRatioJudgesASmallMemoryAgainstThePrior() {
        List<QaIssue> issues = run(LengthRatio.ID, List.of(
                new QaUnit(1, "ar", "en", "واشنطن تشرع في بدء محادثات لتمويل قوة حفظ السلام في غزة", "Washington"),
                new QaUnit(2, "ar", "en", "واشنطن تشرع في بدء محادثات", "Washington begins talks")));
        assertEquals(List.of(1L), units(issues));
    }
}
