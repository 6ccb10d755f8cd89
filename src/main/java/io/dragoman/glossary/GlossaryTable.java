package io.dragoman.glossary;

import io.dragoman.core.FormatException;
import io.dragoman.glossary.DelimitedText.Cell;
import io.dragoman.glossary.DelimitedText.Row;
import io.dragoman.text.LanguageTag;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a glossary from CSV or TSV with a header row. Two layouts are understood:
 * <ul>
 *   <li><b>one row per term</b> (what Dragoman writes): {@code concept_id, lang, term} and any of
 *   the other {@link TableColumn}s; rows sharing a {@code concept_id} form one concept;</li>
 *   <li><b>one row per concept</b>: a column per language holding its term ({@code ar},
 *   {@code en}, {@code Arabic term}, {@code en_term}), with optional per-language columns
 *   ({@code ar_status}, {@code English note}, {@code en_variants}); unqualified {@code status}
 *   or {@code part of speech} apply to every term of the row, {@code note} to the concept.</li>
 * </ul>
 * Variants are separated by {@code |}. Unknown columns are reported and ignored.
 */
public final class GlossaryTable {
    /** A header column: a field, qualified by a language in the one-row-per-concept layout. */
    record Binding(int index, String lang, TableColumn column) {
    }

    private GlossaryTable() {
    }

    public static ParsedGlossary read(Reader input, char delimiter, String fileName) {
        DelimitedText text = new DelimitedText(input, delimiter, fileName);
        Row header = text.next();
        if (header == null || header.isBlank()) {
            throw new FormatException(fileName, 1, 1, "the file is empty; expected a header row");
        }
        List<ImportWarning> warnings = new ArrayList<>();
        List<Binding> bindings = TableHeader.bind(header, warnings);
        boolean wide = bindings.stream().anyMatch(b -> b.lang() != null);
        TableRows rows = wide ? new TableRows.PerConcept(bindings, fileName) : TableRows.perTerm(bindings, header, fileName);
        Row row;
        while ((row = text.next()) != null) {
            if (row.isBlank()) {
                continue;
            }
            if (row.cells().size() != header.cells().size()) {
                throw new FormatException(fileName, row.line(), 1, "expected " + header.cells().size()
                        + " cells as in the header, found " + row.cells().size()
                        + "; quote a cell that contains the delimiter");
            }
            rows.add(row);
        }
        return rows.result(warnings);
    }

    /** Parses a status cell; empty means admitted. */
    static TermStatus status(Cell cell, String fileName) {
        try {
            return cell == null || cell.text().isBlank() ? null : TermStatus.parse(cell.text());
        } catch (IllegalArgumentException e) {
            throw new FormatException(fileName, cell.line(), cell.column(), e.getMessage());
        }
    }

    /** Checks and canonicalises a language cell. */
    static String lang(Cell cell, String fileName) {
        if (cell.text().isBlank() || !LanguageTag.isValid(cell.text())) {
            throw new FormatException(fileName, cell.line(), cell.column(),
                    "'" + cell.text() + "' is not a language tag such as ar or en");
        }
        return LanguageTag.of(cell.text()).tag();
    }

    /** Builds a term from the cells bound to term-level columns; {@code fallback} fills gaps. */
    static TermDraft term(String lang, Map<TableColumn, Cell> cells, Map<TableColumn, Cell> fallback, String fileName) {
        Map<TableColumn, Cell> merged = new EnumMap<>(TableColumn.class);
        merged.putAll(fallback);
        cells.forEach((column, cell) -> {
            if (!cell.text().isBlank()) {
                merged.put(column, cell);
            }
        });
        String variants = value(merged, TableColumn.VARIANTS);
        return new TermDraft(lang, value(merged, TableColumn.TERM), status(merged.get(TableColumn.STATUS), fileName),
                value(merged, TableColumn.PART_OF_SPEECH), value(merged, TableColumn.TERM_TYPE),
                value(merged, TableColumn.GENDER), value(merged, TableColumn.CONTEXT),
                value(merged, TableColumn.TERM_NOTE),
                variants == null ? List.of() : Arrays.stream(variants.split("\\|")).map(String::strip)
                        .filter(v -> !v.isEmpty()).toList());
    }

    static String value(Map<TableColumn, Cell> cells, TableColumn column) {
        Cell cell = cells.get(column);
        return cell == null || cell.text().isBlank() ? null : cell.text().strip();
    }

    /** Concept fields from the concept-level cells. */
    static ConceptDraft concept(Map<TableColumn, Cell> fields, List<TermDraft> terms) {
        return new ConceptDraft(value(fields, TableColumn.CONCEPT_ID), value(fields, TableColumn.SUBJECT),
                value(fields, TableColumn.DEFINITION), value(fields, TableColumn.DEFINITION_LANG),
                value(fields, TableColumn.CONCEPT_NOTE), value(fields, TableColumn.SOURCE), terms);
    }

    /**
     * Writes the one-row-per-term layout with every column; concept-level cells repeat on each
     * row of the concept. Cells holding the delimiter, a quote or a line break are quoted.
     */
    public static void write(List<ConceptDraft> concepts, Writer out, char delimiter) throws IOException {
        String lineEnd = delimiter == ',' ? "\r\n" : "\n";
        List<String> header = Arrays.stream(TableColumn.values()).map(TableColumn::header).toList();
        writeRow(header, out, delimiter, lineEnd);
        for (ConceptDraft concept : concepts) {
            for (TermDraft term : concept.terms()) {
                writeRow(Arrays.asList(concept.externalId(), concept.subject(), concept.definition(),
                        concept.definitionLang(), concept.note(), concept.source(), term.lang(), term.text(),
                        term.status().code(), term.partOfSpeech(), term.termType(), term.gender(), term.context(),
                        String.join("|", term.variants()), term.note()), out, delimiter, lineEnd);
            }
        }
        out.flush();
    }

    private static void writeRow(List<String> cells, Writer out, char delimiter, String lineEnd) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(delimiter);
            }
            String cell = cells.get(i) == null ? "" : cells.get(i);
            boolean quote = cell.indexOf(delimiter) >= 0 || cell.indexOf('"') >= 0
                    || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
            out.write(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        out.write(lineEnd);
    }
}
