package io.dragoman.glossary;

import io.dragoman.core.FormatException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the curated glossary's TSV layout: one row per term, rows of one concept consecutive and
 * sharing {@code concept_id}; columns are found by their header names, so their order is free.
 * Variants are separated by {@code |}.
 */
public final class GlossaryTsv {
    static final List<String> REQUIRED = List.of("concept_id", "lang", "term");

    private GlossaryTsv() {
    }

    public static List<ConceptDraft> read(Reader input, String fileName) {
        try (BufferedReader reader = new BufferedReader(input)) {
            String headerLine = reader.readLine();
            if (headerLine == null) {
                throw new FormatException(fileName, 1, 1, "the file is empty; expected a header row");
            }
            Map<String, Integer> columns = header(headerLine.replace("\uFEFF", ""), fileName);
            Map<String, List<TermDraft>> terms = new LinkedHashMap<>();
            Map<String, String[]> firstRows = new HashMap<>();
            String line;
            int lineNo = 1;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != columns.size()) {
                    throw new FormatException(fileName, lineNo, 1, "expected " + columns.size()
                            + " tab-separated cells, found " + cells.length);
                }
                String conceptId = cell(cells, columns, "concept_id");
                firstRows.putIfAbsent(conceptId, cells);
                TermStatus status;
                try {
                    String raw = cell(cells, columns, "status");
                    status = raw.isEmpty() ? TermStatus.ADMITTED : TermStatus.parse(raw);
                } catch (IllegalArgumentException e) {
                    throw new FormatException(fileName, lineNo, column(line, columns.get("status")), e.getMessage());
                }
                String variants = cell(cells, columns, "variants");
                terms.computeIfAbsent(conceptId, k -> new ArrayList<>()).add(new TermDraft(
                        cell(cells, columns, "lang"), cell(cells, columns, "term"), status,
                        cell(cells, columns, "part_of_speech"), null, null, null,
                        cell(cells, columns, "term_note"),
                        variants.isEmpty() ? List.of() : Arrays.stream(variants.split("\\|")).map(String::strip).toList()));
            }
            List<ConceptDraft> concepts = new ArrayList<>();
            terms.forEach((id, list) -> {
                String[] first = firstRows.get(id);
                concepts.add(new ConceptDraft(id, cell(first, columns, "subject"), cell(first, columns, "definition"),
                        cell(first, columns, "concept_note"), null, list));
            });
            return concepts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Integer> header(String line, String fileName) {
        Map<String, Integer> columns = new HashMap<>();
        String[] names = line.split("\t", -1);
        for (int i = 0; i < names.length; i++) {
            columns.put(names[i].strip(), i);
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                throw new FormatException(fileName, 1, 1, "the header has no '" + required + "' column");
            }
        }
        return columns;
    }

    private static String cell(String[] cells, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        return index == null ? "" : cells[index].strip();
    }

    private static long column(String line, int cellIndex) {
        int col = 1;
        for (int i = 0, cell = 0; i < line.length() && cell < cellIndex; i++) {
            col++;
            if (line.charAt(i) == '\t') {
                cell++;
            }
        }
        return col;
    }
}
