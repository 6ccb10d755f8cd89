package io.dragoman.qa.check;

import static io.dragoman.qa.check.CheckFixture.arEn;
import static io.dragoman.qa.check.CheckFixture.enAr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dragoman.glossary.TermHit;
import io.dragoman.glossary.TermRecognizer;
import io.dragoman.qa.GlossaryTerms;
import io.dragoman.qa.QaCatalog;
import io.dragoman.qa.QaEngine;
import io.dragoman.qa.QaIssue;
import io.dragoman.qa.QaUnit;
import io.dragoman.qa.Severity;
import io.dragoman.text.LanguageTag;
import io.dragoman.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each per-unit check: findings it must make, and tempting pairs it must leave alone. */
class UnitChecksTest {

    private static void flags(List<QaIssue> issues) {
        assertEquals(1, issues.size(), () -> "expected one finding, got " + issues);
    }

    private static void clean(List<QaIssue> issues) {
        assertTrue(issues.isEmpty(), () -> "expected no finding, got " + issues);
    }

    @Test
    void numberMismatchComparesValuesAcrossScriptsAndSeparators() {
        String id = NumberMismatch.ID;
        List<QaIssue> decimal = arEn(id, "بلغ العجز ٣٫٨ مليار دولار", "The deficit reached 38 billion dollars");
        flags(decimal);
        assertEquals(List.of(Span.of(10, 13)), decimal.get(0).sourceSpans());
        assertEquals(List.of(Span.of(20, 22)), decimal.get(0).targetSpans());
        flags(enAr(id, "Released in 2023", "صدر في عام 2024"));
        flags(enAr(id, "Page %d of 10", "الصفحة %d من 100"));
        clean(arEn(id, "بلغ العجز ٣٫٨ مليار دولار", "The deficit reached 3.8 billion dollars"));
        clean(arEn(id, "في عام ٢٠٢٤", "In 2024"));
        clean(arEn(id, "نحو ١٬٠٠٠ جندي", "about 1,000 troops"));
        clean(arEn(id, "3.8 مليار", "3,800 million"));
        clean(enAr(id, "%1$d of %2$d files", "%2$d ملفًا من %1$d"));
    }

    @Test
    void numberMismatchAcceptsNumberWordsAndTheArabicDualAndSingular() {
        String id = NumberMismatch.ID;
        clean(enAr(id, "2 files selected", "تم تحديد ملفان"));
        clean(enAr(id, "1 file", "ملف واحد"));
        clean(arEn(id, "ثلاثة جنود", "3 soldiers"));
        flags(enAr(id, "2 files, 3 folders", "ملفان، 4 مجلدات"));
        clean(enAr(id, "Coordinates (eg: 10,10,150,10)", "الإحداثيات (مثلًا: 10، 10، 150، 10)"));
        flags(enAr(id, "Coordinates (eg: 10,10,150,10)", "الإحداثيات (مثلًا: 10، 10، 15، 10)"));
        clean(enAr(id, "Update to date ('yyyy-mm-dd'):", "حدِّث إلى تاريخ (يوم2-شهر2-سنة4)"));
        clean(enAr(id, "<body style=\"font-size:9pt\">Hello</body>", "<body>مرحبا</body>"));
        clean(enAr(id, "Your emails", "malham1@example.org"));
    }

    @Test
    void placeholderMismatchKeysPlaceholdersByArgument() {
        String id = PlaceholderMismatch.ID;
        List<QaIssue> lost = enAr(id, "Could not open %s: %s", "تعذر فتح الملف: %s");
        flags(lost);
        assertEquals(Severity.ERROR, lost.get(0).severity());
        assertEquals(List.of(Span.of(19, 21)), lost.get(0).sourceSpans());
        // Without positions, %d takes the first argument, which is the string: both sides differ.
        List<QaIssue> shifted = enAr(id, "Could not open %s: %d", "تعذر فتح الملف: %d");
        flags(shifted);
        assertEquals(List.of(Span.of(15, 17), Span.of(19, 21)), shifted.get(0).sourceSpans());
        flags(enAr(id, "Copied %1 of %2", "نُسخ %١ من %2"));
        flags(enAr(id, "%s has %d items", "%d فيه %s عنصر"));
        flags(enAr(id, "Hello {name}", "مرحبا {الاسم}"));
        clean(enAr(id, "%s has %d items", "%2$d عنصرًا في %1$s"));
        clean(enAr(id, "Progress: 100%% of {0}", "التقدم: 100%% من {0}"));
        clean(enAr(id, "%(count)s files in %(folder)s", "%(folder)s فيه %(count)s ملف"));
        clean(enAr(id, "%d items", "%Id عنصر"));
        clean(enAr(id, "Thank you for using %PRODUCTNAME.", "شكرًا لاستخدامك %PRODUCTNAME."));
        clean(enAr(id, "Skip %1s backward", "تخطَّ %1 ث إلى الوراء"));
        clean(enAr(id, "%1x%2", "%1×%2"));
    }

    @Test
    void placeholderMismatchInADatePatternIsOnlyAWarning() {
        List<QaIssue> date = enAr(PlaceholderMismatch.ID, "%a %d %b %Y", "%d %B");
        flags(date);
        assertEquals(Severity.WARNING, date.get(0).severity());
        flags(enAr(PlaceholderMismatch.ID, "%H:%M:%S", "%H:%M"));
        clean(enAr(PlaceholderMismatch.ID, "%d/%m/%Y", "%Y/%m/%d"));
        clean(enAr(PlaceholderMismatch.ID, "%a %b %e, %l:%M %p", "%A %e %B، %H:%M"));
    }

    @Test
    void placeholderMismatchAcceptsTheArabicZeroOneAndTwoPluralForms() {
        clean(enAr(PlaceholderMismatch.ID, "%d file deleted", "لم تُحذف أي ملفات"));
        clean(enAr(PlaceholderMismatch.ID, "%'d selected item", "عنصر واحد محدد"));
        clean(enAr(PlaceholderMismatch.ID, "%d minutes", "دقيقتان"));
        clean(enAr(PlaceholderMismatch.ID, "%1 page", "٠ صفحة"));
        clean(enAr(PlaceholderMismatch.ID, "%.0f second", "الآن"));
        clean(enAr(PlaceholderMismatch.ID, "%1@%2", "%1 على %2"));
        flags(enAr(PlaceholderMismatch.ID, "Deleting %s", "لا يُحذف أي ملف"));
        flags(enAr(PlaceholderMismatch.ID, "%d files in %s", "لا ملفات"));
    }

    @Test
    void tagMismatchSeesTmxCodesHtmlAndEscapedHtml() {
        String id = TagMismatch.ID;
        flags(enAr(id, "Press <bpt i=\"1\">&lt;b&gt;</bpt>Save<ept i=\"1\">&lt;/b&gt;</ept> now",
                "اضغط حفظ الآن"));
        flags(enAr(id, "<b>Warning:</b> disk full", "<b>تحذير:<b> القرص ممتلئ"));
        flags(enAr(id, "&lt;i&gt;Draft&lt;/i&gt;", "مسودة"));
        List<QaIssue> reversed = enAr(id, "<b>Bold</b> text", "</b>عريض<b> نص");
        flags(reversed);
        assertTrue(reversed.get(0).message().contains("nest"));
        clean(enAr(id, "Line one<br>Line two", "السطر الأول<br/>السطر الثاني"));
        clean(enAr(id, "Visit <a href=\"https://example.org\">our site</a>", "زر <a href=\"https://example.org/ar\">موقعنا</a>"));
        clean(enAr(id, "Unknown value <unknown>", "قيمة مجهولة <مجهول>"));
        clean(enAr(id, "Press <Ctrl>S to save", "اضغط <Ctrl>S للحفظ"));
        clean(enAr(id, "<qt>Unable to open <b>%1</b></qt>", "<html dir=\"rtl\">تعذّر فتح <b>%1</b></html>"));
    }

    @Test
    void untranslatedFindsEmptyCopiedAndLeftOverText() {
        String id = Untranslated.ID;
        List<QaIssue> empty = enAr(id, "Save the file", " ");
        flags(empty);
        assertEquals(Severity.ERROR, empty.get(0).severity());
        flags(enAr(id, "Delete unused payee", "Delete unused payee"));
        flags(enAr(id, "_Delete unused", "Delete unused"));
        flags(enAr(id, "Current: MEM1 size is too small for the image", "الحالي: MEM1 size is too small for the image"));
        flags(arEn(id, "قال جو بايدن إن القوة جاهزة", "Joe Biden said the قوة is ready"));
        clean(enAr(id, "Inkscape", "Inkscape"));
        clean(enAr(id, "SMTP", "SMTP"));
        clean(enAr(id, "%d × %d", "%d × %d"));
        clean(enAr(id, "Steven P. Ulrick", "Steven P. Ulrick"));
        clean(enAr(id, "Copyright 2001-2011, David Faure <faure@kde.org>", "Copyright 2001-2011, David Faure <faure@kde.org>"));
        clean(enAr(id, "removelocale (rloc) [OPTIONS] <LOCALE> ...", "removelocale (rloc) [OPTIONS] <LOCALE> ..."));
        clean(enAr(id, "Open the SMTP server settings", "افتح إعدادات خادم SMTP"));
        clean(enAr(id, "Use Meta, Ctrl, Alt, or Shift", "استخدم Meta أو Ctrl أو Alt أو Shift"));
        clean(enAr(id, "It is known as 'Authenticated SMTP' here", "يُعرف باسم \"Authenticated SMTP for the web\" هنا"));
        clean(arEn(id, "قال جو بايدن", "Joe Biden (جو بايدن) said"));
        // ﷺ is four words for matching, and one word left in the translation.
        List<QaIssue> ligature = arEn(id, "قال النبي ﷺ إن الصدق يهدي", "The Prophet ﷺ said that truthfulness guides");
        flags(ligature);
        assertEquals("The target still has Arabic words: ﷺ.", ligature.get(0).message());
        assertEquals(1, ligature.get(0).targetSpans().size());
    }

    @Test
    void punctuationComparesFinalMarksAcrossScripts() {
        String id = Punctuation.ID;
        flags(enAr(id, "Do you want to quit?", "هل تريد الخروج."));
        flags(enAr(id, "Open File...", "افتح ملفًا"));
        List<QaIssue> visual = enAr(id, "Save the file.", ".احفظ الملف");
        flags(visual);
        assertTrue(visual.get(0).message().contains("visual"));
        List<QaIssue> period = enAr(id, "The file was saved.", "حُفظ الملف");
        flags(period);
        assertEquals(Severity.INFO, period.get(0).severity());
        clean(enAr(id, "Do you want to quit?", "هل تريد الخروج؟"));
        clean(enAr(id, "Name, age; height", "الاسم، العمر؛ الطول"));
        clean(enAr(id, "Open File…", "افتح ملفًا..."));
        clean(enAr(id, "Saving %s...", "يحفظ %s..."));
    }

    @Test
    void punctuationFindsUnbalancedBracketsAndQuotes() {
        String id = Punctuation.ID;
        flags(enAr(id, "Size (in pixels)", "الحجم (بالبكسل"));
        flags(enAr(id, "The \"Pentagon\" said", "قال »البنتاجون«"));
        flags(enAr(id, "Size (in pixels)", "الحجم )بالبكسل("));
        clean(enAr(id, "1) Choose a file", "1) اختر ملفًا"));
        clean(enAr(id, "The \"Pentagon\" said", "قال «البنتاجون»"));
        clean(enAr(id, "It's “fine”", "إنه \"جيد\""));
    }

    @Test
    void whitespaceComparesEdgesAndDoubleSpaces() {
        String id = Whitespace.ID;
        List<QaIssue> trailing = enAr(id, "  Edit this Command  ", " حرر هذا الأمر");
        flags(trailing);
        assertEquals(List.of(Span.of(19, 21)), trailing.get(0).sourceSpans());
        flags(enAr(id, "Name:\n", "الاسم:"));
        List<QaIssue> doubled = enAr(id, "Save the file", "احفظ  الملف");
        flags(doubled);
        assertEquals(Severity.INFO, doubled.get(0).severity());
        clean(enAr(id, " D     ", " D     "));
        clean(enAr(id, "First.  Second.", "الأول.  الثاني."));
        clean(enAr(id, "Name: ", "الاسم:\u00a0 "));
    }

    @Test
    void termMissingWantsTheConceptsTargetTerm() {
        String id = TermMissing.ID;
        List<QaIssue> missing = arEn(id, "تمويل قوة حفظ السلام في غزة", "funding a peace force in Gaza");
        flags(missing);
        assertEquals("peacekeeping force", missing.get(0).suggestion());
        assertEquals(List.of(Span.of(6, 20)), missing.get(0).sourceSpans());
        flags(arEn(id, "قال مسؤولون في البنتاغون", "Defense officials said"));
        clean(arEn(id, "لتمويل قوات حفظ السلام", "to fund peacekeeping forces"));
        clean(arEn(id, "اقتراح لوزارة الدفاع", "a proposal for Israel's Ministry of Defense"));
        clean(arEn(id, "قال مسؤولون في البنتاجون", "Pentagon officials said"));
    }

    @Test
    void termForbiddenFlagsDiscouragedTermsOnly() {
        String id = TermForbidden.ID;
        List<QaIssue> forbidden = arEn(id, "البنتاجون", "the Ministry of War");
        flags(forbidden);
        assertEquals(Severity.ERROR, forbidden.get(0).severity());
        assertEquals("Pentagon", forbidden.get(0).suggestion());
        List<QaIssue> deprecated = arEn(id, "قوات حفظ السلام", "peace-keeping troops");
        flags(deprecated);
        assertEquals(Severity.WARNING, deprecated.get(0).severity());
        clean(arEn(id, "وزارة الدفاع الإسرائيلية", "the Israeli Defense Ministry"));
        clean(arEn(id, "وزارة الدفاع", "the Ministry of Defense"));
        clean(arEn(id, "حرب", "the ministry said the war"));
    }

    @Test
    void termForbiddenRecognizesNothingInALanguageWithoutDiscouragedTerms() {
        // The fixture's glossary discourages English terms only: the Arabic side is never recognized.
        List<String> recognized = new java.util.ArrayList<>();
        TermRecognizer counting = new TermRecognizer() {
            @Override
            public List<TermHit> recognize(String text, LanguageTag lang, LanguageTag target) {
                synchronized (recognized) {
                    recognized.add(lang.tag());
                }
                return CheckFixture.RECOGNIZER.recognize(text, lang, target);
            }

            @Override
            public List<String> terms(long conceptId, LanguageTag lang) {
                return CheckFixture.RECOGNIZER.terms(conceptId, lang);
            }

            @Override
            public boolean holdsDiscouraged(LanguageTag lang) {
                return CheckFixture.RECOGNIZER.holdsDiscouraged(lang);
            }
        };
        GlossaryTerms terms = new GlossaryTerms(counting, CheckFixture.RECOGNIZER.properNames());
        List<QaIssue> issues = QaEngine.checkAll(List.of(new QaUnit(1, "ar", "en", "البنتاجون", "the Ministry of War")),
                QaCatalog.settings(List.of(TermForbidden.ID), null, null, null), terms);
        assertEquals(1, issues.size());
        assertEquals("Pentagon", issues.get(0).suggestion());
        assertEquals(List.of("en", "en"), recognized);
    }
}
