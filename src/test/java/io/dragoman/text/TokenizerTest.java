package io.dragoman.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static String describe(List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t.kind() == Token.Kind.PLACEHOLDER ? 'X' : t.kind().name().charAt(0)).append(':').append(t.surface());
        }
        return sb.toString();
    }

    private static void check(String text, String expected) {
        assertEquals(expected, describe(Tokenizer.tokenize(text)));
    }

    /** Words and numbers with their matching forms: {@code W:&Save/save}. */
    private static void checkNorms(String text, String expected) {
        StringBuilder sb = new StringBuilder();
        for (Token t : Tokenizer.tokenize(text)) {
            sb.append(sb.length() > 0 ? " " : "").append(t.kind() == Token.Kind.PLACEHOLDER ? 'X' : t.kind().name().charAt(0))
                    .append(':').append(t.surface());
            if (t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.NUMBER) {
                sb.append('/').append(t.norm());
            }
        }
        assertEquals(expected, sb.toString());
    }

    @Test void arabicWordsAndComma() { check("الرئيس الأمريكي، جو بايدن", "W:الرئيس W:الأمريكي P:، W:جو W:بايدن"); }

    @Test void englishPossessive() { check("Biden's administration", "W:Biden's W:administration"); }

    @Test void quotesAroundWordAreNotApostrophes() { check("'Politico'", "P:' W:Politico P:'"); }

    @Test void alphanumericWord() { check("A320 jets", "W:A320 W:jets"); }

    @Test void decimalNumber() { check("3.8 billion", "N:3.8 W:billion"); }

    @Test void arabicDecimalNumber() { check("٣٫٨ مليار", "N:٣٫٨ W:مليار"); }

    @Test void thousands() { check("1,000,000.", "N:1,000,000 P:."); }

    @Test void persianDigits() { check("۱۴۰۳", "N:۱۴۰۳"); }

    @Test void printfPlaceholders() { check("Copied %s of %1$d files (%-5.2f%%)", "W:Copied X:%s W:of X:%1$d W:files P:( X:%-5.2f X:%% P:)"); }

    @Test void percentAfterNumberIsPunctuation() { check("50% off", "N:50 P:% W:off"); }

    @Test void placeholdersGluedToPunctuation() {
        check("'%s', %1$d, {0}. (%s)", "P:' X:%s P:' P:, X:%1$d P:, X:{0} P:. P:( X:%s P:)");
    }

    @Test void glibcLengthModifiersAndFlags() { check("%ld of %'d (%zu)", "X:%ld W:of X:%'d P:( X:%zu P:)"); }

    // Found by MatchBenchmark's raw-text reference: "%(n" read as printf (flag "(", conversion n).
    @Test void pythonNamedPlaceholder() { check("أعد %(name)s.", "W:أعد X:%(name)s P:."); }

    @Test void qtArguments() { check("%1 (%2%) %L3", "X:%1 P:( X:%2 P:% P:) X:%L3"); }

    @Test void qtArgumentBeforeALetterIsNotAConversion() { check("%1h %2m", "X:%1 W:h X:%2 W:m"); }

    @Test void arabicQtArgument() { check("حذف %1؟", "W:حذف X:%1 P:؟"); }

    @Test void controlsInsideANumberAreSkipped() { check("١⁭⁭٫١٥ سطر", "N:١⁭⁭٫١٥ W:سطر"); }

    @Test void acceleratorStartsTheWord() { checkNorms("&Save the file", "W:&Save/save W:the/the W:file/file"); }

    @Test void acceleratorInsideAnEnglishWord() { checkNorms("De&lete all", "W:De&lete/delete W:all/all"); }

    @Test void markersOfTwoKinds() { checkNorms("De&lete A_ll", "W:De&lete/delete W:A_ll/all"); }

    @Test void acceleratorBetweenJoiners() { checkNorms("أل\u200D_\u200Dغ", "W:أل\u200D_\u200Dغ/الغ"); }

    @Test void identifierWithOneUnderscoreIsOneWord() { checkNorms("New_York", "W:New_York/newyork"); }

    @Test void acceleratorInsideAnArabicWord() { checkNorms("الإ_سم:", "W:الإ_سم/الاسم P::"); }

    @Test void tildeAccelerator() { checkNorms("س~طر الموضوع", "W:س~طر/سطر W:الموضوع/الموضوع"); }

    @Test void acceleratorBeforeADigit() { checkNorms("Key&2", "W:Key&2/key2"); }

    @Test void doubledAmpersandStaysPunctuation() { checkNorms("Tom && Jerry", "W:Tom/tom P:& P:& W:Jerry/jerry"); }

    @Test void spacedAmpersandStaysPunctuation() { checkNorms("a & b", "W:a/a P:& W:b/b"); }

    @Test void entityStaysAsWritten() { checkNorms("&amp; x", "P:& W:amp/amp P:; W:x/x"); }

    @Test void snakeCaseIsOneWord() { checkNorms("snake_case", "W:snake_case/snakecase"); }

    @Test void identifierWithTwoUnderscoresIsItsWords() {
        checkNorms("G_FILE_NAME", "W:G/g P:_ W:FILE/file P:_ W:NAME/name");
    }

    // Compatibility characters read as NFKC reads them before the text is split; each token keeps
    // the original character as its surface and offsets, shared by the tokens it expands into.
    @Test void vulgarFractionIsTwoNumbers() { checkNorms("½ كوب", "N:½/1 P:½ N:½/2 W:كوب/كوب"); }

    @Test void superscriptJoinsWhatTouchesIt() { checkNorms("م² 10³", "W:م²/م2 N:10³/103"); }

    @Test void ligatureOfAPhraseIsItsWords() {
        checkNorms("محمد ﷺ", "W:محمد/محمد W:ﷺ/صلي W:ﷺ/الله W:ﷺ/عليه W:ﷺ/وسلم");
    }

    @Test void expandedTokensKeepTheOriginalOffsets() {
        List<Token> tokens = Tokenizer.tokenize("a ½ b");
        assertEquals(List.of(0, 2, 2, 2, 4), tokens.stream().map(Token::start).toList());
        assertEquals(List.of(1, 3, 3, 3, 5), tokens.stream().map(Token::end).toList());
    }

    @Test void fullWidthPlaceholderAndAccelerator() { checkNorms("％ｓ ＆Ｆｉｌｅ", "X:％ｓ W:＆Ｆｉｌｅ/file"); }

    @Test void acceleratorInsideANumber() { checkNorms("Workspace 1_0", "W:Workspace/workspace N:1_0/10"); }

    @Test
    void aTextWithAMarkerReadsBothWaysAsPartOfALongerOne() {
        assertEquals(List.of(List.of("rd"), List.of("r", "&", "d")), Tokenizer.readings("R&D").stream()
                .map(reading -> reading.stream().map(Token::norm).toList()).toList());
        assertEquals(List.of(Tokenizer.tokenize("http_proxy and ftp_proxy")), Tokenizer.readings("http_proxy and ftp_proxy"));
        assertEquals(List.of(Tokenizer.tokenize("Tom & Jerry")), Tokenizer.readings("Tom & Jerry"));
    }

    @Test void tildeBetweenDigitsIsARange() { checkNorms("1~3", "N:1/1 N:~3/3"); }

    @Test void formatSpecOfAnArgument() { check("{0:x} خطأ {1,10:N2}", "X:{0:x} W:خطأ X:{1,10:N2}"); }

    @Test void underscoreBetweenPlaceholdersStays() { checkNorms("%s_%d", "X:%s P:_ X:%d"); }

    @Test void messageFormat() { check("{0} تم حذف {count} ملفات", "X:{0} W:تم W:حذف X:{count} W:ملفات"); }

    @Test void emptyInlineTag() { check("اضغط <ph x=\"1\"/> هنا", "W:اضغط X:<ph x=\"1\"/> W:هنا"); }

    // Found by TextFuzzTest: unbounded, each unclosed <bpt> was scanned to the end of the text
    // (7 s for 100,000 characters of them). A code longer than the bound is read tag by tag.
    @Test void pairedCodeLongerThanTheBoundIsReadTagByTag() {
        String content = "x".repeat(Tokenizer.MAX_CODE_LENGTH + 1);
        check("<bpt i=\"1\">" + content + "</bpt>", "X:<bpt i=\"1\"> W:" + content + " X:</bpt>");
    }

    @Test void unclosedPairedCodesAreTagPlaceholders() {
        check("<bpt i=\"1\"> a <bpt i=\"2\"> b", "X:<bpt i=\"1\"> W:a X:<bpt i=\"2\"> W:b");
    }

    @Test void pairedInlineCodeIsOnePlaceholder() { check("<bpt i=\"1\">&lt;b&gt;</bpt>bold<ept i=\"1\">&lt;/b&gt;</ept>",
            "X:<bpt i=\"1\">&lt;b&gt;</bpt> W:bold X:<ept i=\"1\">&lt;/b&gt;</ept>"); }

    @Test void lessThanIsPunctuation() { check("a < b", "W:a P:< W:b"); }

    @Test void harakatStayInWord() { check("مُحَمَّدٌ", "W:مُحَمَّدٌ"); }

    @Test void loneTatweelDropped() { check("ـ قال", "W:قال"); }

    @Test void zwnjInsideWord() { check("می\u200Cخواهم", "W:می\u200Cخواهم"); }

    @Test void emptyText() { check("", ""); }

    @Test
    void placeholderKind() {
        List<Token> tokens = Tokenizer.tokenize("%s {0} <x id=\"2\"/> </g>");
        assertEquals(4, tokens.size());
        tokens.forEach(t -> assertEquals(Token.Kind.PLACEHOLDER, t.kind(), t.surface()));
    }

    @Test
    void normsAreMatchingForms() {
        List<Token> tokens = Tokenizer.tokenize("إلى غزةَ ٣٫٨ THE");
        assertEquals(List.of("الي", "غزه", "3.8", "the"), tokens.stream().map(Token::norm).toList());
        assertEquals(List.of("الي", "غزه", "3.8", "the"), Tokenizer.scoredNorms("إلى غزةَ، ٣٫٨ THE"));
    }

    @Test
    void offsetsPointIntoTheOriginal() {
        String text = "قال 𝐀 «بايدن»";
        List<Token> tokens = Tokenizer.tokenize(text);
        Token biden = tokens.get(3);
        assertEquals("بايدن", biden.surface());
        assertEquals(biden.surface(), text.substring(biden.start(), biden.end()));
        assertEquals(biden.start() - 1, biden.span().codePointStart(text));
        assertEquals(biden.end() - 1, biden.span().codePointEnd(text));
    }

    @Test
    void randomTextTokensAreOrderedSlicesOfTheOriginal() {
        Random random = new Random(11);
        for (int round = 0; round < 3000; round++) {
            String text = ArabicNormalizerTest.randomText(random) + " %s {1} 3.5";
            int previousEnd = 0;
            for (Token token : Tokenizer.tokenize(text)) {
                assertTrue(token.start() >= previousEnd, text);
                assertEquals(token.surface(), text.substring(token.start(), token.end()));
                assertTrue(!token.norm().isEmpty(), text);
                previousEnd = token.end();
            }
        }
    }
}
