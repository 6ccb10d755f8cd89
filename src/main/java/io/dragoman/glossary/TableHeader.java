package io.dragoman.glossary;

import io.dragoman.glossary.DelimitedText.Cell;
import io.dragoman.glossary.DelimitedText.Row;
import io.dragoman.glossary.GlossaryTable.Binding;
import io.dragoman.text.LanguageTag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Maps header cells to {@link TableColumn}s, with a language where the header names one. */
final class TableHeader {
    private static final Pattern TAG = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{2,8})*");
    /** English language names ("arabic") to tags, for headers such as "Arabic term". */
    private static final Map<String, String> NAMES = new HashMap<>();

    static {
        for (String code : Locale.getISOLanguages()) {
            NAMES.putIfAbsent(Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH)
                    .toLowerCase(Locale.ROOT), code);
        }
    }

    private TableHeader() {
    }

    static List<Binding> bind(Row header, List<ImportWarning> warnings) {
        List<Binding> bindings = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            Cell cell = header.cells().get(i);
            String key = TableColumn.key(cell.text().replace("\uFEFF", ""));
            TableColumn plain = TableColumn.byHeader(key);
            Binding binding = plain != null ? new Binding(i, null, plain) : qualified(i, key);
            if (binding == null) {
                warnings.add(new ImportWarning(cell.line(), cell.column(), "column '" + cell.text()
                        + "' is not a glossary column; it was ignored"));
            } else {
                bindings.add(binding);
            }
        }
        return bindings;
    }

    /** {@code ar}, {@code arabic}, {@code ar_term}, {@code english_status}, {@code en-us_note}. */
    private static Binding qualified(int index, String key) {
        String lang = language(key);
        if (lang != null) {
            return new Binding(index, lang, TableColumn.TERM);
        }
        int cut = key.indexOf('_');
        if (cut < 0) {
            return null;
        }
        lang = language(key.substring(0, cut));
        TableColumn column = TableColumn.byHeader(key.substring(cut + 1));
        if (lang == null || column == null || column.conceptLevel || column == TableColumn.LANG) {
            return null;
        }
        return new Binding(index, lang, column);
    }

    private static String language(String key) {
        if (NAMES.containsKey(key)) {
            return NAMES.get(key);
        }
        return TAG.matcher(key).matches() && LanguageTag.isValid(key) ? LanguageTag.of(key).tag() : null;
    }
}
