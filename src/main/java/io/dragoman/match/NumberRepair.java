package io.dragoman.match;

import io.dragoman.text.Token;
import io.dragoman.text.Tokenizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * For a match that differs from the query only in numbers: the target with each changed number
 * replaced by the query's, written in the target's own digit script and separators (a query
 * ٤٫٢ against a unit ٣٫٨ → "3.8" gives "4.2"; against an Arabic target ٣٫٨ gives ٤٫٢). Refuses
 * (empty) when the replacement is ambiguous: a source number changed two different ways, a
 * changed number also kept elsewhere, or a changed number missing from the target.
 */
final class NumberRepair {
    /** The repaired target and how many number positions changed. */
    record Result(String target, int changed) {
    }

    private NumberRepair() {
    }

    static Optional<Result> repair(List<Token> queryScored, List<Token> matchScored, String target) {
        Map<String, String> replacement = new HashMap<>();
        int changed = 0;
        for (int i = 0; i < matchScored.size(); i++) {
            Token mine = matchScored.get(i);
            Token wanted = queryScored.get(i);
            if (mine.kind() != Token.Kind.NUMBER) {
                continue;
            }
            if (!mine.norm().equals(wanted.norm()) && !(mine.isWrittenInDigits() && wanted.isWrittenInDigits())) {
                // A changed number not written in digits alone (2019² is the number 20192, ½ the
                // numbers 1 and 2): what it should become is not plain enough to write into a translation.
                return Optional.empty();
            }
            String previous = replacement.putIfAbsent(mine.norm(), wanted.norm());
            if (previous != null && !previous.equals(wanted.norm())) {
                return Optional.empty();
            }
            if (!mine.norm().equals(wanted.norm())) {
                changed++;
            }
        }
        replacement.entrySet().removeIf(e -> e.getKey().equals(e.getValue()));
        if (changed == 0) {
            return Optional.empty();
        }
        List<Token> targetTokens = Tokenizer.tokenize(target);
        StringBuilder out = new StringBuilder(target);
        int found = 0;
        for (int i = targetTokens.size() - 1; i >= 0; i--) {
            Token token = targetTokens.get(i);
            String value = token.isWrittenInDigits() ? replacement.get(token.norm()) : null;
            if (value != null) {
                out.replace(token.start(), token.end(), render(value, token.surface()));
                found++;
            }
        }
        boolean everyChangeLanded = replacement.keySet().stream().allMatch(v -> targetTokens.stream()
                .anyMatch(t -> t.isWrittenInDigits() && t.norm().equals(v)));
        return found > 0 && everyChangeLanded ? Optional.of(new Result(out.toString(), changed)) : Optional.empty();
    }

    /** Writes an ASCII number ("4.2", "1,000") in the digit script and separators of {@code like}. */
    static String render(String ascii, String like) {
        char zero = '0';
        boolean arabicSeparators = like.indexOf('\u066B') >= 0 || like.indexOf('\u066C') >= 0;
        for (int i = 0; i < like.length(); i++) {
            char c = like.charAt(i);
            if (Character.isDigit(c)) {
                zero = (char) (c - Character.digit(c, 10));
                break;
            }
        }
        boolean arabicScript = zero == '\u0660' || zero == '\u06F0';
        StringBuilder sb = new StringBuilder(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if (c >= '0' && c <= '9') {
                sb.append((char) (zero + (c - '0')));
            } else if (c == '.' && (arabicSeparators || arabicScript)) {
                sb.append('\u066B');
            } else if (c == ',' && (arabicSeparators || arabicScript)) {
                sb.append('\u066C');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
