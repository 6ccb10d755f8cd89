package io.dragoman.qa.check;

import io.dragoman.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The software placeholders of a text, each with a key that says which argument it stands for,
 * so that a reordered translation ({@code %s … %d} → {@code %2$d … %1$s}) compares equal while a
 * lost or swapped one does not. Formats, tried in this order at each {@code %}, {@code {} or
 * {@code $}:
 * <ul>
 *   <li>{@code %%}: a literal percent sign, not a placeholder.</li>
 *   <li>Python {@code %(name)s}; key {@code %(name)s}.</li>
 *   <li>C printf with glibc extensions: {@code %s %d %1$s %-5.2f %ld %'d %Id %zu}; key: argument
 *       position (explicit, or counted among the unpositioned ones) and conversion, flags and width
 *       ignored (glibc's {@code I} flag prints the locale's digits, which Arabic catalogs use),
 *       {@code i} read as {@code d}.</li>
 *   <li>Upper-case names ({@code %PRODUCTNAME}, LibreOffice); Qt and KDE arguments {@code %1}…
 *       {@code %99} and {@code %L1}; strftime conversions ({@code %Y %b %H}).</li>
 *   <li>{@code {0}}, {@code {0,number}}, {@code {1:08X}}, {@code {name}}, {@code {}},
 *       {@code {{name}}}, {@code ${name}} and {@code $(ARG1)}.</li>
 * </ul>
 * A text with strftime-only conversions is a date pattern: its {@code %d} is the day, not an
 * argument, so every conversion is keyed by what it shows (month, day, hour…) and order is free.
 */
final class Placeholders {
    private static final String PRINTF_CONVERSIONS = "diouxXeEfFgGaAcspnCS@";
    private static final Pattern PATTERN = Pattern.compile(String.join("|",
            "(?<literal>%%)",
            "(?<python>%\\([A-Za-z_][\\w.-]*\\)[-#0+]*\\d*(?:\\.\\d+)?[diouxXeEfFgGcrsa])",
            "(?<printf>%(?:(?<pos>[1-9]\\d{0,2})\\$)?[-#0+'I]*(?:\\d+|\\*)?(?:\\.(?:\\d+|\\*))?"
                    + "(?<len>hh|h|ll|l|L|q|j|z|Z|t)?(?<conv>[" + PRINTF_CONVERSIONS + "]))",
            "(?<name>%[A-Z][A-Z0-9_]{2,}\\b)",
            "(?<qt>%L?[1-9]\\d?)",
            "(?<time>%[-_0^#]?[EO]?[A-Za-z+])",
            "(?<brace>\\{\\{\\s*[A-Za-z_][\\w.]*\\s*\\}\\}|\\{(?:\\d+|[A-Za-z_][\\w.]*)?(?:[,:][^{}]*)?\\})",
            "(?<dollar>\\$\\{[^{}\\s]+\\}|\\$\\([A-Za-z_]\\w*\\))"));
    private static final Pattern BRACE_NAME = Pattern.compile("\\{+\\s*([^,:}\\s]*)");

    /** One placeholder: the key it is compared by and where it is. */
    record Found(String key, Span span) {
    }

    private Placeholders() {
    }

    static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        if (text.indexOf('%') < 0 && text.indexOf('{') < 0 && text.indexOf('$') < 0) {
            return found;
        }
        boolean datePattern = isDatePattern(text);
        int sequential = 0;
        Matcher m = PATTERN.matcher(text);
        while (m.find()) {
            if (m.group("literal") != null) {
                continue;
            }
            String surface = m.group();
            String key;
            if (datePattern && (m.group("printf") != null || m.group("time") != null)) {
                key = dateFamily(surface.charAt(surface.length() - 1));
                if (key == null) {
                    continue;
                }
            } else if (m.group("printf") != null) {
                String conv = m.group("conv").equals("i") ? "d" : m.group("conv");
                String len = m.group("len") == null ? "" : m.group("len");
                String pos = m.group("pos") != null ? m.group("pos") : String.valueOf(++sequential);
                key = "%" + pos + "$" + len + conv;
            } else if (m.group("qt") != null) {
                key = "%" + surface.substring(surface.length() - (Character.isDigit(surface.charAt(surface.length() - 2)) ? 2 : 1));
            } else if (m.group("brace") != null) {
                Matcher name = BRACE_NAME.matcher(surface);
                key = name.lookingAt() ? "{" + name.group(1) + "}" : surface;
            } else {
                key = surface;
            }
            found.add(new Found(key, Span.of(m.start(), m.end())));
        }
        return found;
    }

    /** Whether the placeholder stands for a number: printf d/i/u/x…, or a Qt/KDE argument. */
    static boolean isNumeric(Found p) {
        String key = p.key();
        return key.matches("%\\d+\\$[hlLqjzZt]*[diouxXfFeEgGaA]") || key.matches("%\\d{1,2}");
    }

    /**
     * Qt's {@code %1} glued to a letter ({@code %1s} "seconds", {@code %1x%2}, {@code %1@%2}) reads as printf with
     * a width; when the other side has the bare Qt form, the two are the same argument.
     */
    static void reconcileQtWidths(String source, List<Found> missing, String target, List<Found> extra) {
        cancelQtWidths(source, missing, extra);
        cancelQtWidths(target, extra, missing);
    }

    private static void cancelQtWidths(String text, List<Found> withWidth, List<Found> others) {
        for (java.util.Iterator<Found> it = withWidth.iterator(); it.hasNext(); ) {
            Matcher w = QT_WIDTH.matcher(it.next().span().in(text));
            if (w.matches()) {
                Found twin = others.stream().filter(o -> o.key().equals("%" + w.group(1))).findFirst().orElse(null);
                if (twin != null) {
                    others.remove(twin);
                    it.remove();
                }
            }
        }
    }

    private static final Pattern QT_WIDTH = Pattern.compile("%([1-9]\\d?)[a-zA-Z@]");

    /**
     * What a date conversion shows, so that a locale's own choice (%b → %B, %d/%m → %m/%d, %I → %H)
     * is not a mismatch while a lost year or month is. AM/PM is left out: a 24-hour locale drops it.
     */
    private static String dateFamily(char conversion) {
        return switch (conversion) {
            case 'b', 'B', 'h', 'm' -> "%month";
            case 'a', 'A', 'u', 'w' -> "%weekday";
            case 'y', 'Y', 'C', 'G', 'g' -> "%year";
            case 'd', 'e', 'j' -> "%day";
            case 'H', 'I', 'k', 'l' -> "%hour";
            case 'p', 'P' -> null;
            default -> "%" + conversion;
        };
    }

    /** True when the text uses conversions that only strftime has (%Y, %H, %b…). */
    static boolean isDatePattern(String text) {
        Matcher m = PATTERN.matcher(text);
        while (m.find()) {
            if (m.group("time") != null && m.group("name") == null) {
                return true;
            }
        }
        return false;
    }
}
