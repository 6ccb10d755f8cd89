package io.dragoman.align;

import com.ibm.icu.lang.UScript;
import io.dragoman.text.LanguageTag;
import io.dragoman.text.Token;
import io.dragoman.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Anchors any translation keeps without a dictionary: names and acronyms in Latin script
 * («استوديو Lionsgate» and "Lionsgate studio" share {@code l:lionsgate}), and marks a translator
 * carries over: a question mark (? or ؟), an exclamation mark, a percent sign (% or ٪), an
 * opening parenthesis and an opening quotation mark. In a Latin-script language only words with
 * a capital letter count as names; in a text of another script every Latin word does.
 */
public final class SurfaceAnchors implements AnchorSource {
    @Override
    public double weight() {
        return 0.5;
    }

    @Override
    public List<String> anchors(String text, LanguageTag language) {
        boolean latinLanguage = language.isEnglish() || !language.isArabic() && isLatinLanguage(language);
        List<String> anchors = new ArrayList<>();
        int straightQuotes = 0;
        boolean first = true;
        for (Token token : Tokenizer.tokenize(text)) {
            // A capital at the start of a sentence says nothing about a name.
            boolean initial = first && latinLanguage && token.kind() == Token.Kind.WORD
                    && !token.surface().equals(token.surface().toUpperCase(Locale.ROOT));
            first &= token.kind() != Token.Kind.WORD;
            if (token.kind() == Token.Kind.WORD && token.surface().length() > 1 && isLatin(token.surface())
                    && (!latinLanguage || hasCapital(token.surface())) && !initial) {
                anchors.add("l:" + token.surface().toLowerCase(Locale.ROOT));
            } else if (token.kind() == Token.Kind.PUNCT) {
                String mark = mark(token.surface());
                if (mark != null) {
                    anchors.add(mark);
                }
                straightQuotes += token.surface().equals("\"") ? 1 : 0;
            }
        }
        for (int k = 0; k < straightQuotes / 2; k++) {
            anchors.add("p:quote");
        }
        return anchors;
    }

    private static String mark(String punct) {
        return switch (punct) {
            case "?", "\u061F" -> "p:question";
            case "!" -> "p:exclamation";
            case "%", "\u066A" -> "p:percent";
            case "(" -> "p:parenthesis";
            case "\u00AB", "\u201C" -> "p:quote";
            default -> null;
        };
    }

    private static boolean isLatinLanguage(LanguageTag language) {
        int[] scripts = UScript.getCode(new com.ibm.icu.util.ULocale(language.tag()));
        return scripts != null && scripts.length == 1 && scripts[0] == UScript.LATIN;
    }

    private static boolean isLatin(String word) {
        return UScript.getScript(word.codePointAt(0)) == UScript.LATIN;
    }

    private static boolean hasCapital(String word) {
        return word.codePoints().anyMatch(Character::isUpperCase);
    }
}
