package io.dragoman.tm.tmx;

import io.dragoman.core.FormatException;
import io.dragoman.core.InvalidInputException;
import io.dragoman.core.LimitExceededException;
import io.dragoman.tm.MemoryService;
import io.dragoman.tm.UnitBulkWriter;
import io.dragoman.tm.UnitImports;
import io.dragoman.tm.UnitValidator;
import io.dragoman.tm.ValidUnit;
import io.dragoman.text.LanguageTag;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * Imports TMX files into a memory, all or nothing: units stream from the parser and are written
 * in chunks of {@value ImportSession#CHUNK}, each in a short transaction, under an entry of the
 * import ledger ({@link UnitImports}) that keeps them hidden until the import commits at the end,
 * or removes them when it fails. A dry run does exactly the same work, duplicate detection
 * included, and then discards it, so its report is the real one.
 */
@ApplicationScoped
public class TmxImporter {
    static final Set<String> VERSIONS = Set.of("1.1", "1.2", "1.3", "1.4", "1.4a", "1.4b");

    private final MemoryService memories;
    private final UnitValidator validator;
    private final UnitBulkWriter writer;
    private final UnitImports imports;
    private final TmxConfig config;

    TmxImporter(MemoryService memories, UnitValidator validator, UnitBulkWriter writer, UnitImports imports,
                TmxConfig config) {
        this.memories = memories;
        this.validator = validator;
        this.writer = writer;
        this.imports = imports;
        this.config = config;
    }

    /**
     * Imports the files, in order, as one unit of work.
     *
     * @throws FormatException when a file is not well-formed XML or not TMX, or (unless lenient)
     *         holds an invalid unit; nothing is written then
     * @throws LimitExceededException when a configured cap is hit; nothing is written then
     */
    public ImportReport importFiles(List<ImportFile> files, ImportOptions options, ImportProgress progress) {
        long total = 0;
        for (ImportFile file : files) {
            total += file.path().toFile().length();
        }
        long bytesTotal = total;
        // One transaction: a memory created for an import always has the ledger row that removes it
        // if the import fails, even when the disk fills between the two.
        long[] opened = QuarkusTransaction.requiringNew().call(() -> {
            var existing = memories.findMemoryByName(options.memory());
            long created = existing.orElseGet(() -> memories.createMemory(options.memory(), "Imported from TMX")).id();
            return new long[] {created, imports.open(created, existing.isEmpty())};
        });
        long memoryId = opened[0];
        long importId = opened[1];
        try {
            ImportReport report = run(files, options, progress, bytesTotal, memoryId, importId);
            if (options.dryRun()) {
                imports.discard(importId, "dry run");
            } else {
                // Only an overwrite of a stored unit writes a pending new version.
                imports.commit(importId, report.updated() > 0);
            }
            return report;
        } catch (RuntimeException | Error e) {
            discardAfter(importId, e);
            throw e;
        }
    }

    /** Removes what a failed import wrote; a failure to do so is left to the next sweep. */
    private void discardAfter(long importId, Throwable cause) {
        try {
            imports.discard(importId, String.valueOf(cause.getMessage()));
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private ImportReport run(List<ImportFile> files, ImportOptions options, ImportProgress progress, long bytesTotal,
                             long memoryId, long importId) {
        ReportBuilder report = new ReportBuilder(options, config.maxReportedProblems());
        ImportSession session = new ImportSession(writer, imports, options.policy(), memoryId, importId, report);
        TmxInput input = new TmxInput(config.maxExpandedSize());
        Run run = new Run(options, report, session, input, progress, bytesTotal, memoryId);
        for (ImportFile file : files) {
            run.file(file);
        }
        session.finish();
        report.bytes = input.fileBytes();
        progress.update(input.fileBytes(), bytesTotal, report.unitsRead);
        return report.build();
    }

    /** The state of one import run while it reads its files. */
    private final class Run {
        private final ImportOptions options;
        private final ReportBuilder report;
        private final ImportSession session;
        private final TmxInput input;
        private final ImportProgress progress;
        private final long bytesTotal;
        private final long memoryId;
        private long lastProgress = System.nanoTime();

        Run(ImportOptions options, ReportBuilder report, ImportSession session, TmxInput input,
            ImportProgress progress, long bytesTotal, long memoryId) {
            this.options = options;
            this.report = report;
            this.session = session;
            this.input = input;
            this.progress = progress;
            this.bytesTotal = bytesTotal;
            this.memoryId = memoryId;
        }

        void file(ImportFile file) {
            try {
                input.open(file, this::stream);
            } catch (FormatException e) {
                throw limitOr(e);
            } catch (IOException e) {
                throw limitOr(new UncheckedIOException(e));
            }
        }

        /** Once the expansion cap is hit, any failure that follows is the cap's doing. */
        private RuntimeException limitOr(RuntimeException e) {
            LimitExceededException exceeded = input.exceeded();
            return exceeded != null ? exceeded : e;
        }

        private void stream(String name, InputStream xml) {
            report.file(name);
            try (TmxReader reader = TmxReader.open(xml, name)) {
                UnitMapper mapper = new UnitMapper(memoryId, name, fileSource(reader.header(), name), options.user(),
                        OffsetDateTime.now(ZoneOffset.UTC));
                for (TmxUnit unit = reader.next(); unit != null; unit = reader.next()) {
                    if (++report.unitsRead > config.maxUnits()) {
                        throw new LimitExceededException("file", "dragoman.tmx.max-units", config.maxUnits(), report.unitsRead, "units");
                    }
                    accept(unit, mapper, name);
                    if (report.unitsRead % 256 == 0 && System.nanoTime() - lastProgress >= config.progressInterval().toNanos()) {
                        lastProgress = System.nanoTime();
                        progress.update(input.fileBytes(), bytesTotal, report.unitsRead);
                    }
                }
            }
        }

        private void accept(TmxUnit unit, UnitMapper mapper, String file) {
            if (!unit.issues().isEmpty()) {
                invalid(unit, file, unit.issues().get(0));
                return;
            }
            UnitMapper.Mapped mapped = mapper.map(unit);
            if (mapped.problem() != null) {
                report.problem(mapped.problem());
            }
            if (mapped.invalid() != null) {
                invalid(unit, file, new TmxIssue(unit.line(), unit.column(), mapped.invalid()));
            } else if (mapped.skip() != null) {
                report.skip(mapped.skip());
            } else {
                try {
                    ValidUnit valid = validator.validate(mapped.draft());
                    session.add(valid, mapped.dated());
                } catch (InvalidInputException e) {
                    invalid(unit, file, new TmxIssue(unit.line(), unit.column(), e.getMessage()));
                }
            }
        }

        private void invalid(TmxUnit unit, String file, TmxIssue issue) {
            if (!options.lenient()) {
                throw new FormatException(file, issue.line(), issue.column(), "invalid unit"
                        + (unit.tuid() == null ? "" : " " + unit.tuid()) + ": " + issue.message()
                        + " (import with lenient=true to skip invalid units instead)");
            }
            report.skip("invalid");
            report.problem(new ImportProblem("invalid", file, issue.line(), issue.column(), unit.tuid(), issue.message()));
        }

        /** The file's source language: the header's when it is Arabic or English, else the default. */
        private LanguageTag fileSource(TmxHeader header, String file) {
            if (header.version() != null && !VERSIONS.contains(header.version().strip())) {
                report.problem(new ImportProblem("version", file, header.line(), header.column(), null,
                        "TMX version '" + header.version() + "' is unknown; read as TMX 1.4"));
            }
            LanguageTag fallback = LanguageTag.of(config.defaultSourceLang());
            String srclang = header.srclang();
            if (TmxHeader.ALL.equals(srclang)) {
                return fallback;
            }
            String why = srclang == null ? "the header has no srclang"
                    : !LanguageTag.isValid(srclang) ? "the header's srclang '" + srclang + "' is not a language code"
                    : null;
            if (why == null) {
                LanguageTag tag = LanguageTag.of(srclang);
                if (tag.isArabic() || tag.isEnglish()) {
                    return tag;
                }
                why = "the header's srclang '" + srclang + "' is neither Arabic nor English";
            }
            report.problem(new ImportProblem("srclang", file, header.line(), header.column(), null,
                    why + "; units without their own srclang are stored with " + fallback + " as source"));
            return fallback;
        }
    }
}
