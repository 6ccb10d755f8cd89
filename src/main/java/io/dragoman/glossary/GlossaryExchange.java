package io.dragoman.glossary;

import io.dragoman.core.FormatException;
import io.dragoman.core.InvalidInputException;
import io.dragoman.core.Violation;
import io.dragoman.glossary.tbx.TbxReader;
import io.dragoman.glossary.tbx.TbxVersion;
import io.dragoman.glossary.tbx.TbxWriter;
import io.dragoman.text.LanguageTag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;

/** Termbase import and export in TBX (v2 and v3), CSV and TSV, and export as an OmegaT glossary. */
@ApplicationScoped
public class GlossaryExchange {
    private static final Pattern CONCEPT_PATH = Pattern.compile("concepts\\[(\\d+)]\\.(.*)");

    private final ConceptService glossary;
    private final TransactionManager transactions;

    GlossaryExchange(ConceptService glossary, TransactionManager transactions) {
        this.glossary = glossary;
        this.transactions = transactions;
    }

    /** Reads a termbase file without storing anything. */
    public static ParsedGlossary parse(InputStream in, GlossaryFormat format, String fileName) {
        if (!format.isReadable()) {
            throw InvalidInputException.of("format", format.code + " is written only; import tbx, csv or tsv");
        }
        if (format.isTbx()) {
            return TbxReader.read(in, fileName);
        }
        // Malformed UTF-8 is an error, not a silent U+FFFD in someone's term.
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return GlossaryTable.read(new BufferedReader(new InputStreamReader(in, decoder)), format.delimiter(), fileName);
        } catch (UncheckedIOException e) {
            throw new FormatException(fileName, -1, -1, "the file is not UTF-8 text: " + e.getCause().getMessage(), e);
        }
    }

    /**
     * Imports every concept of the file or none. With {@code dryRun} the import runs in full
     * (validation, id conflicts) and is then rolled back.
     */
    @Transactional
    public ImportReport importFile(InputStream in, GlossaryFormat format, String fileName, ImportMode mode, boolean dryRun) {
        ParsedGlossary parsed = parse(in, format, fileName);
        ImportCounts counts;
        try {
            counts = glossary.importConcepts(parsed.concepts(), mode);
        } catch (InvalidInputException e) {
            throw located(e, parsed, fileName);
        }
        if (dryRun) {
            rollbackOnly();
        }
        return new ImportReport(format.code, fileName, mode, dryRun, parsed.concepts().size(),
                parsed.termCount(), counts.created(), counts.updated(), parsed.warnings());
    }

    /**
     * Writes the whole termbase. {@code sourceLang} is the direction of the OmegaT glossary
     * (Arabic or English; the other is the target) and is not used by the other formats.
     */
    public void export(GlossaryFormat format, LanguageTag sourceLang, OutputStream out) throws IOException {
        List<ConceptDraft> concepts = glossary.all().stream().map(ConceptView::toDraft).toList();
        String description = "Dragoman termbase export: " + concepts.size() + " concepts";
        try {
            if (format.isTbx()) {
                TbxWriter.write(concepts, description, format == GlossaryFormat.TBX2 ? TbxVersion.V2 : TbxVersion.V3, out);
                return;
            }
        } catch (XMLStreamException e) {
            throw new IOException("could not write TBX", e);
        }
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (format == GlossaryFormat.OMEGAT) {
            OmegatGlossary.write(concepts, sourceLang, otherLanguage(sourceLang), writer);
            return;
        }
        if (format == GlossaryFormat.CSV) {
            // Spreadsheet programs read a CSV as UTF-8 (and show Arabic) only when it has a BOM.
            writer.write('\uFEFF');
        }
        GlossaryTable.write(concepts, writer, format.delimiter());
    }

    /**
     * The direction's other side: Arabic for English and English for Arabic.
     *
     * @throws InvalidInputException when the language is neither
     */
    public static LanguageTag otherLanguage(LanguageTag sourceLang) {
        if (sourceLang.isArabic()) {
            return LanguageTag.ENGLISH;
        }
        if (sourceLang.isEnglish()) {
            return LanguageTag.ARABIC;
        }
        throw InvalidInputException.of("sourceLang", "must be ar or en, not " + sourceLang);
    }

    /** A validation failure inside a file, placed at the line of the concept it concerns. */
    private static FormatException located(InvalidInputException e, ParsedGlossary parsed, String fileName) {
        Violation first = e.violations().get(0);
        Matcher m = CONCEPT_PATH.matcher(first.field());
        if (!m.matches()) {
            return new FormatException(fileName, -1, -1, e.getMessage(), e);
        }
        int index = Integer.parseInt(m.group(1));
        ConceptDraft concept = parsed.concepts().get(index);
        String which = concept.externalId() == null ? "concept " + (index + 1) : "concept '" + concept.externalId() + "'";
        String more = e.violations().size() > 1 ? " (and " + (e.violations().size() - 1) + " more)" : "";
        return new FormatException(fileName, parsed.lines().get(index), -1,
                which + ": " + m.group(2) + " " + first.message() + more, e);
    }

    private void rollbackOnly() {
        try {
            transactions.setRollbackOnly();
        } catch (SystemException e) {
            throw new IllegalStateException("could not roll the dry run back", e);
        }
    }
}
