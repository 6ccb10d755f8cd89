package io.dragoman.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dragoman.glossary.ConceptDraft;
import io.dragoman.glossary.TermDraft;
import io.dragoman.glossary.TermStatus;
import io.dragoman.text.LanguageTag;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlossaryAnchorsTest {
    private static final GlossaryAnchors GLOSSARY = GlossaryAnchors.ofDrafts(List.of(
            concept(TermDraft.of("ar", "وزارة الدفاع", TermStatus.PREFERRED), TermDraft.of("en", "Department of Defense", TermStatus.PREFERRED)),
            concept(TermDraft.of("ar", "الحكم المؤقت", TermStatus.PREFERRED), TermDraft.of("en", "interim governance", TermStatus.PREFERRED)),
            concept(TermDraft.of("ar", "البنتاجون", TermStatus.PREFERRED), TermDraft.of("en", "Pentagon", TermStatus.PREFERRED)),
            concept(TermDraft.of("ar", "قوة", TermStatus.PREFERRED), TermDraft.of("en", "force", TermStatus.PREFERRED)),
            concept(new TermDraft("ar", "قوة حفظ السلام", TermStatus.PREFERRED, null, null, null, null, null,
                    List.of("قوات حفظ السلام")), TermDraft.of("en", "peacekeeping force", TermStatus.PREFERRED))));

    private static ConceptDraft concept(TermDraft... terms) {
        return new ConceptDraft(null, null, null, null, null, List.of(terms));
    }

    private static void arabic(String text, String... expected) {
        assertEquals(List.of(expected), GLOSSARY.anchors(text, LanguageTag.ARABIC));
    }

    private static void english(String text, String... expected) {
        assertEquals(List.of(expected), GLOSSARY.anchors(text, LanguageTag.ENGLISH));
    }

    @Test
    void arabicTermsMatchAfterProcliticsAndFolds() {
        arabic("مقترحًا لوزارة الدفاع \"البنتاجون\"", "c:d0", "c:d2");
        arabic("سيناريوهات مختلفة للحكم المؤقت", "c:d1");
        arabic("وقالت وزارةُ الدفاعِ", "c:d0");
        arabic("وزاره الدفاع", "c:d0");
    }

    @Test
    void longestTermWinsAndVariantsCount() {
        arabic("لتمويل قوة حفظ السلام في غزة", "c:d4");
        arabic("نشر قوات حفظ السلام وقوة أخرى", "c:d4", "c:d3");
    }

    @Test
    void englishTermsMatchWholeWordsIgnoringCaseAndPlural() {
        english("the U.S. Department of Defense, or Pentagon, said", "c:d0", "c:d2");
        english("two peacekeeping forces", "c:d4");
        english("the forceful Pentagonal design");
    }

    @Test
    void otherLanguagesHaveNoAnchors() {
        assertEquals(List.of(), GLOSSARY.anchors("le Pentagon", LanguageTag.of("fr")));
    }
}
