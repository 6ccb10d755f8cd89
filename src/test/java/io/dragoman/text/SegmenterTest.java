package io.dragoman.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dragoman.core.FormatException;
import io.dragoman.seed.GoldAlignment;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {
    private static final Segmenter SEGMENTER = Segmenter.defaults();

    private static void arabic(String text, String... expected) {
        assertEquals(List.of(expected), SEGMENTER.split(text, LanguageTag.ARABIC));
    }

    private static void english(String text, String... expected) {
        assertEquals(List.of(expected), SEGMENTER.split(text, LanguageTag.ENGLISH));
    }

    @Test
    void arabicBreaksAfterSentenceEnds() {
        arabic("جملة أولى. جملة ثانية؟ جملة ثالثة! جملة رابعة", "جملة أولى.", "جملة ثانية؟", "جملة ثالثة!", "جملة رابعة");
        arabic("هل هذا صحيح؟! نعم.", "هل هذا صحيح؟!", "نعم.");
        arabic("انتهى الأمر… ثم بدأ من جديد.", "انتهى الأمر…", "ثم بدأ من جديد.");
    }

    @Test
    void arabicBreaksAfterClosingQuotesAndBrackets() {
        arabic("قال: \"انتهى الاجتماع.\" وغادر القاعة.", "قال: \"انتهى الاجتماع.\"", "وغادر القاعة.");
        arabic("وصف الهجوم بأنه «إرهابي.» ثم صمت.", "وصف الهجوم بأنه «إرهابي.»", "ثم صمت.");
        arabic("(انظر الملحق.) ويتبع ذلك الجدول.", "(انظر الملحق.)", "ويتبع ذلك الجدول.");
    }

    @Test
    void arabicSemicolonAndColonDoNotEndASentence() {
        arabic("تأخر القطار؛ فوصلنا متأخرين.", "تأخر القطار؛ فوصلنا متأخرين.");
        arabic("وقال براون: إنه حوار مستمر.", "وقال براون: إنه حوار مستمر.");
    }

    @Test
    void arabicAbbreviationsAndInitialsDoNotBreak() {
        arabic("التقى د. محمد علي بالوفد.", "التقى د. محمد علي بالوفد.");
        arabic("حاضر أ. أحمد سعيد في الجامعة.", "حاضر أ. أحمد سعيد في الجامعة.");
        arabic("أشرف م. خالد على المشروع.", "أشرف م. خالد على المشروع.");
        arabic("راسلونا على ص.ب. 1234 في الرياض.", "راسلونا على ص.ب. 1234 في الرياض.");
        arabic("بنيت المدينة عام 300 ق.م. على ضفة النهر.", "بنيت المدينة عام 300 ق.م. على ضفة النهر.");
        arabic("صرح الجنرال تشارلز ك. براون بذلك.", "صرح الجنرال تشارلز ك. براون بذلك.");
        arabic("صرح مندوب U.N. أمس بذلك.", "صرح مندوب U.N. أمس بذلك.");
        arabic("الرحلات المباشرة من A إلى B. تعلم الخطوط الجوية ذلك.", "الرحلات المباشرة من A إلى B.", "تعلم الخطوط الجوية ذلك.");
    }

    @Test
    void titleAbbreviationsAfterTheConjunctionDoNotBreak() {
        String[][] table = {
                {"استقبل د. أحمد وم. خالد الوفد أمس. ثم غادرا.", "استقبل د. أحمد وم. خالد الوفد أمس.", "ثم غادرا."},
                {"حضر د. سامي وأ. ليلى الندوة.", "حضر د. سامي وأ. ليلى الندوة."},
                // A word that merely ends in وم or وأ still ends its sentence.
                {"انتهى الاجتماع اليوم. ثم غادر الوفد.", "انتهى الاجتماع اليوم.", "ثم غادر الوفد."},
                {"صار الوضع أسوأ. ثم صمت.", "صار الوضع أسوأ.", "ثم صمت."},
                // ود is a word (affection): left to the sentence-end rules.
                {"بينهما ود. ثم افترقا.", "بينهما ود.", "ثم افترقا."},
        };
        for (String[] row : table) {
            arabic(row[0], java.util.Arrays.copyOfRange(row, 1, row.length));
        }
    }

    @Test
    void arabicSpelledLatinInitialsDoNotBreak() {
        arabic("وقال نائب المفتش العام دي. كي. أريا إنه اعتقل خمسة.", "وقال نائب المفتش العام دي. كي. أريا إنه اعتقل خمسة.");
        arabic("التقى د. علي و م. خالد في ص. ب. 12 أمس.", "التقى د. علي و م. خالد في ص. ب. 12 أمس.");
        arabic("قال لا. لن نعود.", "قال لا.", "لن نعود.");
    }

    /** After SRX: before a reporting verb with no punctuation, once the sentence has six words. */
    @Test
    void arabicReportingVerbWithoutPunctuationStartsASentence() {
        String[][] table = {
                {"أعلنت وزارة الدفاع عن خطة جديدة لتعزيز الأمن في المنطقة وقال الوزير إن الخطة ستبدأ قريبا",
                        "أعلنت وزارة الدفاع عن خطة جديدة لتعزيز الأمن في المنطقة", "وقال الوزير إن الخطة ستبدأ قريبا"},
                {"وصل الوفد إلى العاصمة صباح اليوم للمشاركة في المحادثات وأضاف المتحدث أن الجولة ستستمر يومين",
                        "وصل الوفد إلى العاصمة صباح اليوم للمشاركة في المحادثات", "وأضاف المتحدث أن الجولة ستستمر يومين"},
                {"ارتفعت الأسعار بنسبة كبيرة خلال الشهر الماضي في معظم المدن وأشارت الدراسة إلى أسباب عدة",
                        "ارتفعت الأسعار بنسبة كبيرة خلال الشهر الماضي في معظم المدن", "وأشارت الدراسة إلى أسباب عدة"},
                // a closing quotation mark may stand before the verb
                {"حث البلاد النامية \"على تجنب الطريق القديم للتلوث\" وأضاف أنه \"لا ينبغي أن تُجبر على ذلك\"",
                        "حث البلاد النامية \"على تجنب الطريق القديم للتلوث\"", "وأضاف أنه \"لا ينبغي أن تُجبر على ذلك\""},
                // a comma before the verb: one sentence, as the writer punctuated it
                {"أعلنت وزارة الدفاع عن خطة جديدة لتعزيز الأمن في المنطقة، وقال الوزير إن الخطة ستبدأ قريبا"},
                // too few words before: "announced and said"
                {"أعلن الوزير وقال إن الخطة ستبدأ قريبا"},
                // too few words after
                {"أعلنت وزارة الدفاع عن خطة جديدة لتعزيز الأمن في المنطقة وقال ذلك"},
                // a word that only starts like the verb
                {"أعلنت وزارة الدفاع عن خطة جديدة لتعزيز الأمن في المنطقة وقالب الحلوى على الطاولة اليوم"},
        };
        for (String[] row : table) {
            String[] expected = row.length == 1 ? row : java.util.Arrays.copyOfRange(row, 1, row.length);
            arabic(row[0], expected);
        }
    }

    @Test
    void quotationsStayWhole() {
        arabic("قال «انتهى الاجتماع. سنعود غداً» ثم غادر.", "قال «انتهى الاجتماع. سنعود غداً» ثم غادر.");
        arabic("قال دانيوس \"لن نقوم بشيء. هذا يكفي\". ثم صمت.", "قال دانيوس \"لن نقوم بشيء. هذا يكفي\".", "ثم صمت.");
        english("He said: \"We will go. They will stay.\" Then he left.", "He said: \"We will go. They will stay.\"", "Then he left.");
        english("He said: \u201CWe will go. They will stay.\u201D Then he left.",
                "He said: \u201CWe will go. They will stay.\u201D", "Then he left.");
        // an odd number of straight quotes pairs nothing
        english("He said \"no. Then he left. A 5\" pipe and a 6\" one broke.", "He said \"no.", "Then he left.",
                "A 5\" pipe and a 6\" one broke.");
    }

    @Test
    void englishAbbreviationsInsideTheSentence() {
        english("U.S. Sen. John Smith met Gen. Brown on Jan. 5 in Washington.",
                "U.S. Sen. John Smith met Gen. Brown on Jan. 5 in Washington.");
        english("He arrived in Jan. and left in Feb. The talks ended.", "He arrived in Jan. and left in Feb.", "The talks ended.");
        english("Dr. Ali and Mr. Brown left. They came back.", "Dr. Ali and Mr. Brown left.", "They came back.");
        english("Prices rose 0.5%. Markets fell 2.75 points.", "Prices rose 0.5%.", "Markets fell 2.75 points.");
    }

    @Test
    void arabicEraGluedToANumberEndsASentence() {
        arabic("ولد الشاعر عام 1950م. وتوفي في القاهرة.", "ولد الشاعر عام 1950م.", "وتوفي في القاهرة.");
    }

    @Test
    void arabicNumbersWithDecimalPointsDoNotBreak() {
        arabic("بقيمة 3.8 مليار دولار سنويًا.", "بقيمة 3.8 مليار دولار سنويًا.");
        arabic("بقيمة ٣٫٨ مليار دولار. وذلك منذ ٢٠٢٤.", "بقيمة ٣٫٨ مليار دولار.", "وذلك منذ ٢٠٢٤.");
        arabic("بلغ المعدل ٣.٨ في المئة.", "بلغ المعدل ٣.٨ في المئة.");
    }

    @Test
    void arabicDotRunsInsideALineArePauses() {
        arabic("اقرأ أيضاً .. لجنة التحقيق الروسية", "اقرأ أيضاً .. لجنة التحقيق الروسية");
        arabic("لا نرغب في تقديمها... الآن.. إنه حوار مستمر.", "لا نرغب في تقديمها... الآن.. إنه حوار مستمر.");
    }

    @Test
    void headlinesAndCaptionsAreTheirOwnSegments() {
        arabic("عنوان الخبر\n\nالرئيس الأمريكي، جو بايدن\nالرئيس الأمريكي، جو بايدن\n\nنص الخبر. جملة ثانية.",
                "عنوان الخبر", "الرئيس الأمريكي، جو بايدن", "الرئيس الأمريكي، جو بايدن", "نص الخبر.", "جملة ثانية.");
        english("Headline without a period\r\n\r\nBody text. More text.", "Headline without a period", "Body text.", "More text.");
    }

    @Test
    void englishBreaksBeforeCapitalsDigitsAndQuotes() {
        english("The talks began. They lasted a week.", "The talks began.", "They lasted a week.");
        english("Is it true? Yes! \"Certainly,\" he said.", "Is it true?", "Yes!", "\"Certainly,\" he said.");
        english("He left. 2024 was a hard year.", "He left.", "2024 was a hard year.");
        english("She said \"Stop.\" Then she left.", "She said \"Stop.\"", "Then she left.");
        english("Talks ended (finally.) Nobody smiled.", "Talks ended (finally.)", "Nobody smiled.");
    }

    @Test
    void englishSmallLetterContinuesTheSentence() {
        english("\"Is it?\" she asked.", "\"Is it?\" she asked.");
        english("not willing to provide... right now... it is an ongoing dialogue.",
                "not willing to provide... right now... it is an ongoing dialogue.");
        english("The meeting starts at 9 a.m. on Monday.", "The meeting starts at 9 a.m. on Monday.");
    }

    @Test
    void englishAbbreviationsAndInitialsDoNotBreak() {
        english("Mr. Smith met Dr. Jones and Gen. Charles Q. Brown.", "Mr. Smith met Dr. Jones and Gen. Charles Q. Brown.");
        english("The U.S. Department of Defense and the U.N. Security Council agreed.",
                "The U.S. Department of Defense and the U.N. Security Council agreed.");
        english("He works for the Defense Dept. In Washington.", "He works for the Defense Dept. In Washington.");
        english("See No. 5 and Vol. 2 from Sept. 11 onward.", "See No. 5 and Vol. 2 from Sept. 11 onward.");
        english("Several groups, e.g. Politico, reported it.", "Several groups, e.g. Politico, reported it.");
    }

    @Test
    void aSingleCapitalIsAnInitialOnlyAfterACapitalisedWord() {
        english("Novels by J. K. Rowling sold well.", "Novels by J. K. Rowling sold well.");
        english("Fly direct from A to B. Airlines know it.", "Fly direct from A to B.", "Airlines know it.");
        english("It began in 400 A.D. Its status grew.", "It began in 400 A.D.", "Its status grew.");
    }

    @Test
    void aCapitalEndingAWordIsNotAnInitial() {
        english("He finished eleventh in the Super-G. Czech skiers followed.",
                "He finished eleventh in the Super-G.", "Czech skiers followed.");
        english("Talks with (U.S.) officials.", "Talks with (U.S.) officials.");
    }

    @Test
    void englishInitialismBeforeASentenceStarterBreaks() {
        english("Aid was sent by the U.S. The talks continue.", "Aid was sent by the U.S.", "The talks continue.");
    }

    @Test
    void englishDecimalsDoNotBreak() {
        english("Washington provides $3.8 billion a year.", "Washington provides $3.8 billion a year.");
    }

    @Test
    void otherLanguagesUseIcuAndLines() {
        LanguageTag french = LanguageTag.of("fr");
        assertEquals(List.of("Il est parti.", "Elle est restée.", "Titre"),
                SEGMENTER.split("Il est parti. Elle est restée.\nTitre", french));
    }

    @Test
    void emptyAndBlankTextHaveNoSegments() {
        arabic("");
        english("  \n\n \t ");
    }

    @Test
    void offsetsAndParagraphsPointIntoTheDocument() {
        String text = "  First one. Second one.\n\n\nThird one.  ";
        List<Segment> segments = SEGMENTER.segment(text, LanguageTag.ENGLISH);
        assertEquals(List.of(new Segment("First one.", 2, 12, 0), new Segment("Second one.", 13, 24, 0),
                new Segment("Third one.", 27, 37, 1)), segments);
    }

    @Test
    void everySentenceOfTheSeedArticleOnBothSides() throws IOException {
        GoldAlignment gold = GoldAlignment.load("000_ddf57a01e70e49b5");
        List<String> arabic = gold.beads().stream().flatMap(b -> b.arabic().stream()).toList();
        List<String> english = gold.beads().stream().flatMap(b -> b.english().stream()).toList();
        assertEquals(arabic, SEGMENTER.split(resource("000_ddf57a01e70e49b5.ar.txt"), LanguageTag.ARABIC));
        assertEquals(english, SEGMENTER.split(resource("000_ddf57a01e70e49b5.en.txt"), LanguageTag.ENGLISH));
    }

    @Test
    void userRulesReplaceTheShippedOnes() {
        String srx = """
                <srx xmlns="http://www.lisa.org/srx20" version="2.0"><header cascade="no"/><body>
                <languagerules><languagerule languagerulename="Semicolons">
                <rule break="yes"><beforebreak>؛</beforebreak><afterbreak>\\s</afterbreak></rule>
                </languagerule></languagerules>
                <maprules><languagemap languagepattern="ar.*" languagerulename="Semicolons"/></maprules>
                </body></srx>""";
        Segmenter custom = new Segmenter(SrxReader.read(new StringReader(srx), "custom.srx"));
        assertEquals(List.of("تأخر القطار؛", "فوصلنا متأخرين. ثم نمنا."),
                custom.split("تأخر القطار؛ فوصلنا متأخرين. ثم نمنا.", LanguageTag.ARABIC));
    }

    @Test
    void badRuleFilesReportWhere() {
        FormatException badRegex = assertThrows(FormatException.class, () -> SrxReader.read(new StringReader("""
                <srx xmlns="http://www.lisa.org/srx20" version="2.0"><body><languagerules>
                <languagerule languagerulename="X">
                  <rule break="yes"><beforebreak>[.</beforebreak></rule>
                </languagerule></languagerules></body></srx>"""), "bad.srx"));
        assertEquals("bad.srx", badRegex.file());
        assertEquals(3, badRegex.line());
        FormatException undefined = assertThrows(FormatException.class, () -> SrxReader.read(new StringReader("""
                <srx xmlns="http://www.lisa.org/srx20" version="2.0"><body><maprules>
                <languagemap languagepattern="ar" languagerulename="Nothing"/></maprules></body></srx>"""), "u.srx"));
        assertEquals("languagemap names the undefined languagerule 'Nothing'", undefined.getMessage());
        assertThrows(FormatException.class, () -> SrxReader.read(new StringReader("<rules/>"), "x.srx"));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SegmenterTest.class.getClassLoader().getResourceAsStream("corpus/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
