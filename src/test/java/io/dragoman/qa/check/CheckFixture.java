package io.dragoman.qa.check;

import io.dragoman.glossary.ConceptView;
import io.dragoman.glossary.TermStatus;
import io.dragoman.glossary.TermView;
import io.dragoman.qa.ExactTermRecognizer;
import io.dragoman.qa.GlossaryTerms;
import io.dragoman.qa.QaCatalog;
import io.dragoman.qa.QaEngine;
import io.dragoman.qa.QaIssue;
import io.dragoman.qa.QaUnit;
import java.util.ArrayList;
import java.util.List;

/** Runs one check on pairs: one line per case in the tests. */
final class CheckFixture {
    /** A glossary slice of the seed article's, as the tests need it. */
    static final ExactTermRecognizer RECOGNIZER = new ExactTermRecognizer(List.of(
            concept(1, null, term("ar", "قوة حفظ السلام", TermStatus.PREFERRED, "noun", "قوات حفظ السلام"),
                    term("en", "peacekeeping force", TermStatus.PREFERRED, "noun"),
                    term("en", "peacekeepers", TermStatus.ADMITTED, "noun"),
                    term("en", "peace-keeping troops", TermStatus.DEPRECATED, "noun")),
            concept(2, null, term("ar", "البنتاجون", TermStatus.PREFERRED, "properNoun", "البنتاغون"),
                    term("en", "Pentagon", TermStatus.PREFERRED, "properNoun"),
                    term("en", "Ministry of War", TermStatus.FORBIDDEN, "properNoun")),
            concept(3, null, term("ar", "وزارة الدفاع", TermStatus.PREFERRED, "properNoun"),
                    term("en", "Department of Defense", TermStatus.PREFERRED, "properNoun"),
                    term("en", "Ministry of Defense", TermStatus.ADMITTED, "properNoun", "Defense Ministry"),
                    term("en", "Defence Ministry", TermStatus.DEPRECATED, "properNoun", "Ministry of Defence")),
            concept(4, null, term("ar", "جو بايدن", TermStatus.PREFERRED, "properNoun"),
                    term("en", "Joe Biden", TermStatus.PREFERRED, "properNoun")),
            concept(5, null, term("ar", "الدفاعات الجوية", TermStatus.PREFERRED, "noun"),
                    term("en", "air defenses", TermStatus.PREFERRED, "noun", "air defences"))));
    static final GlossaryTerms GLOSSARY = new GlossaryTerms(RECOGNIZER, RECOGNIZER.properNames());

    private CheckFixture() {
    }

    static ConceptView concept(long id, String subject, TermView... terms) {
        return new ConceptView(id, "c" + id, subject, null, null, null, null, null, null, 0, List.of(terms));
    }

    static TermView term(String lang, String text, TermStatus status, String pos, String... variants) {
        return new TermView(0, lang, text, status, pos, null, null, null, null, List.of(variants));
    }

    /** Findings of {@code checkId} on an English→Arabic pair. */
    static List<QaIssue> enAr(String checkId, String source, String target) {
        return run(checkId, List.of(new QaUnit(1, "en", "ar", source, target)));
    }

    /** Findings of {@code checkId} on an Arabic→English pair. */
    static List<QaIssue> arEn(String checkId, String source, String target) {
        return run(checkId, List.of(new QaUnit(1, "ar", "en", source, target)));
    }

    static List<QaIssue> run(String checkId, List<QaUnit> units) {
        return QaEngine.checkAll(units, QaCatalog.settings(List.of(checkId), null, null, null), GLOSSARY);
    }

    /** Units of an English→Arabic memory, numbered from 1. */
    static List<QaUnit> memory(String... sourceTargetPairs) {
        List<QaUnit> units = new ArrayList<>();
        for (int i = 0; i < sourceTargetPairs.length; i += 2) {
            units.add(new QaUnit(i / 2 + 1, "en", "ar", sourceTargetPairs[i], sourceTargetPairs[i + 1]));
        }
        return units;
    }
}
