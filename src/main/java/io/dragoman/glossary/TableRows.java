package io.dragoman.glossary;

import io.dragoman.core.FormatException;
import io.dragoman.glossary.DelimitedText.Cell;
import io.dragoman.glossary.DelimitedText.Row;
import io.dragoman.glossary.GlossaryTable.Binding;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns the data rows of a glossary table into concepts, for each of the two layouts. */
abstract class TableRows {
    final List<Binding> bindings;
    final String fileName;

    TableRows(List<Binding> bindings, String fileName) {
        this.bindings = bindings;
        this.fileName = fileName;
    }

    abstract void add(Row row);

    abstract ParsedGlossary result(List<ImportWarning> warnings);

    static TableRows perTerm(List<Binding> bindings, Row header, String fileName) {
        for (TableColumn required : List.of(TableColumn.CONCEPT_ID, TableColumn.LANG, TableColumn.TERM)) {
            if (bindings.stream().noneMatch(b -> b.column() == required)) {
                throw new FormatException(fileName, header.line(), 1, "the header has no '" + required.header()
                        + "' column; name the columns concept_id, lang, term, … (one row per term)"
                        + " or give one column per language such as ar and en (one row per concept)");
            }
        }
        return new PerTerm(bindings, fileName);
    }

    /** The cells of the unqualified (or, with a language, qualified) columns of a row. */
    Map<TableColumn, Cell> cells(Row row, String lang) {
        Map<TableColumn, Cell> cells = new EnumMap<>(TableColumn.class);
        for (Binding b : bindings) {
            boolean wanted = lang == null ? b.lang() == null : lang.equals(b.lang());
            if (wanted) {
                cells.put(b.column(), row.cells().get(b.index()));
            }
        }
        return cells;
    }

    /** One row per term; rows sharing a concept id (anywhere in the file) form one concept. */
    static final class PerTerm extends TableRows {
        private final Map<String, Map<TableColumn, Cell>> fields = new LinkedHashMap<>();
        private final Map<String, List<TermDraft>> terms = new LinkedHashMap<>();
        private final Map<String, Long> lines = new LinkedHashMap<>();

        PerTerm(List<Binding> bindings, String fileName) {
            super(bindings, fileName);
        }

        @Override
        void add(Row row) {
            Map<TableColumn, Cell> cells = cells(row, null);
            Cell id = cells.get(TableColumn.CONCEPT_ID);
            if (id.text().isBlank()) {
                throw new FormatException(fileName, id.line(), id.column(), "the concept_id is empty");
            }
            String key = id.text().strip();
            lines.putIfAbsent(key, row.line());
            Map<TableColumn, Cell> known = fields.computeIfAbsent(key, k -> new EnumMap<>(TableColumn.class));
            cells.forEach((column, cell) -> {
                if (column.conceptLevel && !cell.text().isBlank()) {
                    Cell before = known.putIfAbsent(column, cell);
                    if (before != null && !before.text().strip().equals(cell.text().strip())) {
                        throw new FormatException(fileName, cell.line(), cell.column(), "concept '" + key + "' has "
                                + column.header() + " '" + before.text().strip() + "' on line " + before.line()
                                + " and '" + cell.text().strip() + "' here");
                    }
                }
            });
            String lang = GlossaryTable.lang(cells.get(TableColumn.LANG), fileName);
            terms.computeIfAbsent(key, k -> new ArrayList<>()).add(GlossaryTable.term(lang, cells, Map.of(), fileName));
        }

        @Override
        ParsedGlossary result(List<ImportWarning> warnings) {
            List<ConceptDraft> concepts = new ArrayList<>();
            fields.forEach((id, cells) -> {
                Map<TableColumn, Cell> withId = new EnumMap<>(cells);
                withId.put(TableColumn.CONCEPT_ID, new Cell(id, lines.get(id), 1));
                concepts.add(GlossaryTable.concept(withId, terms.get(id)));
            });
            return new ParsedGlossary(concepts, new ArrayList<>(lines.values()), warnings);
        }
    }

    /** One row per concept, one term column per language. */
    static final class PerConcept extends TableRows {
        private final List<String> langs;
        private final List<ConceptDraft> concepts = new ArrayList<>();
        private final List<Long> lines = new ArrayList<>();
        private final Set<String> ids = new HashSet<>();

        PerConcept(List<Binding> bindings, String fileName) {
            super(bindings, fileName);
            this.langs = bindings.stream().filter(b -> b.lang() != null).map(Binding::lang).distinct().toList();
            if (bindings.stream().anyMatch(b -> b.lang() == null && b.column() == TableColumn.LANG)) {
                throw new FormatException(fileName, 1, 1, "a 'lang' column cannot be combined with one column per language");
            }
        }

        @Override
        void add(Row row) {
            Map<TableColumn, Cell> shared = cells(row, null);
            Cell note = shared.remove(TableColumn.TERM_NOTE);
            if (note != null) {
                // Without a language, "note" describes the concept, not one of its terms.
                shared.putIfAbsent(TableColumn.CONCEPT_NOTE, note);
            }
            List<TermDraft> terms = new ArrayList<>();
            for (String lang : langs) {
                Map<TableColumn, Cell> own = cells(row, lang);
                if (GlossaryTable.value(own, TableColumn.TERM) != null) {
                    terms.add(GlossaryTable.term(lang, own, shared, fileName));
                }
            }
            if (terms.isEmpty()) {
                throw new FormatException(fileName, row.line(), 1, "the row has no term in any language");
            }
            String id = GlossaryTable.value(shared, TableColumn.CONCEPT_ID);
            if (id != null && !ids.add(id)) {
                Cell cell = shared.get(TableColumn.CONCEPT_ID);
                throw new FormatException(fileName, cell.line(), cell.column(), "concept id '" + id + "' appears twice");
            }
            concepts.add(GlossaryTable.concept(shared, terms));
            lines.add(row.line());
        }

        @Override
        ParsedGlossary result(List<ImportWarning> warnings) {
            return new ParsedGlossary(concepts, lines, warnings);
        }
    }
}
