package io.dragoman.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dragoman.glossary.IndexedConcept.IndexedTerm;
import io.dragoman.glossary.TermHit.TargetTerm;
import io.dragoman.text.AnalyzedText;
import io.dragoman.text.LanguageTag;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermIndexTest {
    static final LanguageTag AR = LanguageTag.ARABIC;
    static final LanguageTag EN = LanguageTag.ENGLISH;

    final TermIndex index = CuratedIndex.build();

    @Test
    void spansCountUtf16UnitsAndCodePoints() {
        String text = "\uD83D\uDCF0 وصل بالبنتاجون";
        TermHit hit = index.recognize(text, AR, EN).get(0);
        assertEquals("بالبنتاجون", hit.surface());
        assertEquals(7, hit.span().start());
        assertEquals(17, hit.span().end());
        assertEquals(6, hit.span().codePointStart(text));
        assertEquals(16, hit.span().codePointEnd(text));
        assertEquals("ب", hit.proclitic());
        assertEquals("البنتاجون", hit.term());
    }

    @Test
    void hitsCarryTheStatusAndTheTargetTerms() {
        TermHit pentagon = index.recognize("البنتاجون", AR, EN).get(0);
        assertEquals(List.of("Pentagon"), pentagon.targets().stream().map(TargetTerm::text).toList());
        assertEquals(List.of("Ministry of War"), pentagon.avoid().stream().map(TargetTerm::text).toList());
        assertFalse(pentagon.flagged());

        TermHit defence = index.recognize("the Defence Ministry said", EN, AR).get(0);
        assertEquals(TermStatus.DEPRECATED, defence.status());
        assertTrue(defence.flagged());
        assertEquals(List.of("وزارة الدفاع"), defence.targets().stream().map(TargetTerm::text).toList());

        TermHit zionist = index.recognize("الكيان الصهيوني", AR, EN).get(0);
        assertEquals(TermStatus.FORBIDDEN, zionist.status());
        assertTrue(zionist.flagged());
        assertEquals(List.of("Israel"), zionist.targets().stream().map(TargetTerm::text).toList());
    }

    @Test
    void diacritisedTextMatchesAndKeepsItsSurface() {
        TermHit hit = index.recognize("تمويلُ قُوَّةِ حِفْظِ السَّلَامِ", AR, EN).get(1);
        assertEquals("قُوَّةِ حِفْظِ السَّلَامِ", hit.surface());
        assertEquals("peacekeeping-force", hit.externalId());
    }

    @Test
    void theSameSpanInTwoConceptsGivesTwoHits() {
        TermIndex small = new TermIndex();
        small.put(new IndexedConcept(1, 0, "bank-river", null, List.of(term(10, "en", "bank"))));
        small.put(new IndexedConcept(2, 0, "bank-money", null, List.of(term(20, "en", "bank"))));
        assertEquals(List.of(1L, 2L), small.recognize("the banks", EN, AR).stream()
                .map(TermHit::conceptId).sorted().toList());
    }

    @Test
    void aLigatureHoldsItsWholePhraseNotAWordOfIt() {
        TermIndex small = new TermIndex();
        small.put(new IndexedConcept(1, 0, "allah", null, List.of(term(10, "ar", "الله"))));
        small.put(new IndexedConcept(2, 0, "pbuh", null, List.of(term(20, "ar", "صلى الله عليه وسلم"))));
        List<TermHit> hits = small.recognize("قال النبي ﷺ", AR, EN);
        assertEquals(List.of(2L), hits.stream().map(TermHit::conceptId).toList());
        assertEquals("ﷺ", hits.get(0).surface());
        assertEquals(10, hits.get(0).span().start());
        // Written out, the phrase is found the same way, and its one word alone elsewhere.
        assertEquals(List.of(2L, 1L), small.recognize("قال النبي صلى الله عليه وسلم: الله أعلم", AR, EN).stream()
                .map(TermHit::conceptId).toList());
        small.remove(2);
        assertEquals(List.of(), small.recognize("قال النبي ﷺ", AR, EN));
    }

    @Test
    void aFormWithOneMarkerCharacterIsFoundInTextsThatReadItEitherWay() {
        TermIndex small = new TermIndex();
        small.put(new IndexedConcept(1, 0, "proxy", null, List.of(term(10, "en", "http_proxy"))));
        small.put(new IndexedConcept(2, 0, "rnd", null, List.of(term(20, "en", "R&D"))));
        // One marker character in the text: it folds, as in the form read alone.
        assertEquals(List.of(1L), ids(small.recognize("Set http_proxy first", EN, AR)));
        assertEquals(List.of(2L), ids(small.recognize("The R&D budget", EN, AR)));
        // Two: the text reads them literally, and so must the form.
        assertEquals(List.of(1L), ids(small.recognize("Set http_proxy and ftp_proxy", EN, AR)));
        assertEquals(List.of(2L), ids(small.recognize("Q&A on R&D", EN, AR)));
        assertEquals("R&D", small.recognize("Q&A on R&D", EN, AR).get(0).surface());
        // Both readings belong to the concept: removing it forgets both.
        small.remove(1);
        small.remove(2);
        assertEquals(0, small.size());
        assertEquals(List.of(), small.recognize("Set http_proxy and ftp_proxy, Q&A on R&D, R&D", EN, AR));
    }

    private static List<Long> ids(List<TermHit> hits) {
        return hits.stream().map(TermHit::conceptId).toList();
    }

    @Test
    void putReplacesAndRemoveForgetsAConcept() {
        TermIndex small = new TermIndex();
        small.put(new IndexedConcept(1, 0, "x", null, List.of(term(10, "ar", "هدنة"))));
        assertEquals(1, small.recognize("وهدنة", AR, EN).size());
        small.put(new IndexedConcept(1, 0, "x", null, List.of(term(11, "ar", "تهدئة"))));
        assertEquals(0, small.recognize("وهدنة", AR, EN).size());
        assertEquals(1, small.recognize("للتهدئة", AR, EN).size());
        small.remove(1);
        assertEquals(0, small.recognize("للتهدئة", AR, EN).size());
        assertEquals(0, small.size());
    }

    @Test
    void holdsDiscouragedFollowsPutAndRemovePerLanguage() {
        TermIndex small = new TermIndex();
        assertFalse(small.holdsDiscouraged(EN));
        IndexedTerm defence = new IndexedTerm(10, "en", "Defence Ministry", TermStatus.DEPRECATED, "noun",
                List.of("Defense Department"));
        small.put(new IndexedConcept(1, 0, "mod", null, List.of(defence, term(11, "ar", "وزارة الدفاع"))));
        assertTrue(small.holdsDiscouraged(EN));
        assertTrue(small.holdsDiscouraged(LanguageTag.of("en-GB")));
        assertFalse(small.holdsDiscouraged(AR));
        // Replaced by a concept whose only discouraged term is Arabic; then removed.
        small.put(new IndexedConcept(1, 0, "mod", null, List.of(term(10, "en", "Ministry of Defense"),
                new IndexedTerm(11, "ar", "الكيان", TermStatus.FORBIDDEN, "noun", List.of()))));
        assertFalse(small.holdsDiscouraged(EN));
        assertTrue(small.holdsDiscouraged(AR));
        small.remove(1);
        assertFalse(small.holdsDiscouraged(AR));
    }

    @Test
    void theCuratedGlossaryHoldsDiscouragedTermsInBothLanguages() {
        assertTrue(index.holdsDiscouraged(EN));
        assertTrue(index.holdsDiscouraged(AR));
    }

    @Test
    void otherLanguagesMatchNormalisedWordsExactly() {
        TermIndex small = new TermIndex();
        small.put(new IndexedConcept(1, 0, "x", null, List.of(term(10, "fr", "force de maintien de la paix"))));
        assertEquals(1, small.recognize("La Force de maintien de la paix", LanguageTag.of("fr"), EN).size());
        assertEquals(0, small.recognize("force de maintien de la paix", EN, AR).size());
    }

    @Test
    void searchFindsNormalisedForms() {
        long pk = CuratedIndex.concepts().stream().filter(c -> c.externalId().equals("peacekeeping-force"))
                .findFirst().orElseThrow().id();
        assertTrue(index.search("قوه حفظ", null, null, null).contains(pk));
        assertTrue(index.search("قُوَّة حفظ", "ar", TermStatus.PREFERRED, "Military").contains(pk));
        assertFalse(index.search("قوه حفظ", "en", null, null).contains(pk));
        assertFalse(index.search("قوه حفظ", null, TermStatus.FORBIDDEN, null).contains(pk));
        assertTrue(index.search("PEACE-KEEPING", "en", null, null).contains(pk));
    }

    static IndexedTerm term(long id, String lang, String text) {
        return new IndexedTerm(id, lang, text, TermStatus.PREFERRED, "noun", List.of());
    }

    @Test
    void anAnalysedTextFindsWhatItsStringFinds() {
        String text = "وأرسلت الأمم المتحدة قوة حفظ السلام إلى غزة";
        assertEquals(index.recognize(text, AR, EN), index.recognize(AnalyzedText.of(text, AR), EN));
        assertEquals(index.recognize(text, AR, EN), index.recognize(AnalyzedText.of(text, AR), null));
        assertFalse(index.recognize(AnalyzedText.of(text, AR), null).isEmpty());
    }
}
