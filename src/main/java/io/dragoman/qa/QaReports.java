package io.dragoman.qa;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.text.StringEscapeUtils;
import org.jboss.logging.Logger;

/**
 * A run's report in JSON, CSV or HTML ({@link HtmlReport}), streamed from the database check by
 * check, so a report of tens of thousands of findings never sits in memory.
 */
@ApplicationScoped
public class QaReports {
    private static final Logger LOG = Logger.getLogger(QaReports.class);
    private static final List<String> CSV_COLUMNS = List.of("finding", "run", "check", "issue_type", "severity",
            "unit", "source_lang", "target_lang", "source_text", "target_text", "source_spans", "target_spans",
            "message", "suggestion");

    private final RunStore runs;
    private final FindingReader findings;
    private final ObjectMapper json;

    QaReports(RunStore runs, FindingReader findings, ObjectMapper json) {
        this.runs = runs;
        this.findings = findings;
        this.json = json;
    }

    public void write(RunView run, ReportFormat format, OutputStream out) throws IOException {
        long start = System.nanoTime();
        switch (format) {
            case JSON -> writeJson(run, out);
            case CSV -> writeCsv(run, out);
            case HTML -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                new HtmlReport(writer, run, memoryName(run)).write(findings);
                writer.flush();
            }
        }
        LOG.infof("QA run %d: %s report of %d findings written in %d ms", run.id(), format, run.findings(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private String memoryName(RunView run) {
        return run.memoryId() == null ? null : runs.memoryName(run.memoryId());
    }

    private void writeJson(RunView run, OutputStream out) throws IOException {
        try (JsonGenerator gen = json.getFactory().createGenerator(out)) {
            gen.writeStartObject();
            gen.writeObjectField("run", run);
            gen.writeStringField("memory", memoryName(run));
            gen.writeArrayFieldStart("findings");
            findings.forEach(run.id(), f -> {
                try {
                    gen.writeObject(f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            gen.writeEndArray();
            gen.writeEndObject();
        }
    }

    /** UTF-8 with a byte-order mark, so spreadsheet programs read the Arabic right. */
    private void writeCsv(RunView run, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writer.write(String.join(",", CSV_COLUMNS));
        writer.write("\r\n");
        findings.forEach(run.id(), f -> {
            List<Object> cells = List.of(f.id(), f.runId(), f.checkId(), f.type(), f.severity(), f.unitId(),
                    f.sourceLang(), f.targetLang(), f.sourceText(), f.targetText(), java.util.Objects.toString(SpanCodec.encode(f.sourceSpans()), ""),
                    java.util.Objects.toString(SpanCodec.encode(f.targetSpans()), ""), f.message(), f.suggestion() == null ? "" : f.suggestion());
            try {
                for (int i = 0; i < cells.size(); i++) {
                    writer.write(i == 0 ? "" : ",");
                    writer.write(csv(String.valueOf(cells.get(i))));
                }
                writer.write("\r\n");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.flush();
    }

    /**
     * RFC 4180 quoting; a cell that a spreadsheet would take for a formula (= + @ or a tab or
     * carriage return first) gets a leading apostrophe, so a hostile TM cannot run one.
     */
    public static String csv(String cell) {
        String safe = cell;
        if (!safe.isEmpty() && "=+@\t\r".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        return StringEscapeUtils.escapeCsv(safe);
    }
}
