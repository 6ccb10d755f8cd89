package io.dragoman.qa;

import io.dragoman.text.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A self-contained report a reviewer opens in any browser: well-formed XHTML (so tools can parse
 * it), styles inline, no script, font or image fetched from anywhere. A summary table counts the
 * findings by check and severity; then one section per check lists its findings with the source
 * and target as stored, the flagged stretches marked. Bidi: each text cell carries its language
 * and direction ({@code dir="rtl"} for Arabic), Arabic quoted in English messages is isolated in
 * {@code <bdi>}, and suggestions use {@code dir="auto"}, so mixed text never reorders its neighbours.
 */
final class HtmlReport {
    private static final Pattern QUOTED = Pattern.compile("«([^»]*)»");
    private static final String STYLE = String.join("\n",
            "body{font-family:system-ui,'Noto Sans','Noto Naskh Arabic',sans-serif;margin:2em;color:#222}",
            "table{border-collapse:collapse;width:100%;margin-bottom:1.5em}",
            "th,td{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;text-align:start}",
            "th{background:#f2f2f2}",
            "td.text{white-space:pre-wrap;font-size:1.05em}",
            "td[dir=rtl]{font-family:'Noto Naskh Arabic','Amiri','Arial',sans-serif}",
            "mark{background:#ffd54f}",
            "tr.error td.severity{color:#b00020;font-weight:bold}",
            "tr.warning td.severity{color:#8a5a00}",
            "tr.info td.severity{color:#555}",
            "span.count{font-weight:normal;color:#555}");

    private final Writer out;
    private final RunView run;
    private final String memoryName;

    HtmlReport(Writer out, RunView run, String memoryName) {
        this.out = out;
        this.run = run;
        this.memoryName = memoryName;
    }

    void write(FindingReader findings) throws IOException {
        out.write("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" dir=\"ltr\">\n<head>\n");
        out.write("<meta charset=\"UTF-8\"/>\n<title>Dragoman QA report, run " + run.id() + "</title>\n");
        out.write("<style>\n" + STYLE + "\n</style>\n</head>\n<body>\n");
        header();
        summary();
        try {
            for (QaCheck check : QaCatalog.all()) {
                Map<String, Long> counts = run.counts().get(check.id());
                if (counts != null) {
                    section(check, counts, findings);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.write("</body>\n</html>\n");
    }

    private void header() throws IOException {
        out.write("<header>\n<h1>QA report</h1>\n<p>Run " + run.id());
        if (memoryName != null) {
            out.write(" of memory <bdi class=\"memory\">" + escape(memoryName) + "</bdi>");
        }
        out.write(", " + run.unitsChecked() + " units checked, " + run.findings() + " findings ("
                + run.errors() + " errors), " + run.ignored() + " ignored. Status: " + escape(run.status().word()));
        if (run.finishedAt() != null) {
            out.write(", finished " + escape(run.finishedAt().toString()));
        }
        out.write(".</p>\n<p>Checks: " + escape(String.join(", ", run.checks())) + ".</p>\n</header>\n");
    }

    private void summary() throws IOException {
        out.write("<table class=\"summary\">\n<thead><tr><th>Check</th><th>ITS type</th><th>Errors</th><th>Warnings</th>"
                + "<th>Info</th><th>Total</th></tr></thead>\n<tbody>\n");
        for (QaCheck check : QaCatalog.all()) {
            Map<String, Long> c = run.counts().getOrDefault(check.id(), Map.of());
            long total = c.values().stream().mapToLong(Long::longValue).sum();
            out.write("<tr data-check=\"" + check.id() + "\"><td>" + (total > 0 ? "<a href=\"#check-" + check.id() + "\">"
                    + check.id() + "</a>" : check.id()) + "</td><td>" + check.type().code() + "</td><td>"
                    + c.getOrDefault("error", 0L) + "</td><td>" + c.getOrDefault("warning", 0L) + "</td><td>"
                    + c.getOrDefault("info", 0L) + "</td><td class=\"total\">" + total + "</td></tr>\n");
        }
        out.write("</tbody>\n</table>\n");
    }

    private void section(QaCheck check, Map<String, Long> counts, FindingReader findings) throws IOException {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        out.write("<section id=\"check-" + check.id() + "\" class=\"check\">\n<h2>" + check.id()
                + " <span class=\"count\">" + total + "</span></h2>\n<p>" + escape(check.description()) + "</p>\n");
        out.write("<table class=\"findings\">\n<thead><tr><th>Finding</th><th>Unit</th><th>Severity</th><th>Source</th>"
                + "<th>Target</th><th>Message</th><th>Suggestion</th></tr></thead>\n<tbody>\n");
        findings.forEach(run.id(), check.id(), f -> {
            try {
                row(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        out.write("</tbody>\n</table>\n</section>\n");
    }

    private void row(FindingView f) throws IOException {
        out.write("<tr class=\"" + f.severity() + "\" id=\"finding-" + f.id() + "\"><td>" + f.id() + "</td><td>"
                + f.unitId() + "</td><td class=\"severity\">" + f.severity() + "</td>");
        out.write(textCell(f.sourceText(), f.sourceLang(), f.sourceSpans()));
        out.write(textCell(f.targetText(), f.targetLang(), f.targetSpans()));
        out.write("<td class=\"message\">" + message(f.message()) + "</td>");
        out.write("<td class=\"suggestion\" dir=\"auto\">" + (f.suggestion() == null ? "" : escape(f.suggestion())) + "</td></tr>\n");
    }

    private static String textCell(String text, String lang, List<Span> spans) {
        StringBuilder sb = new StringBuilder("<td class=\"text\" lang=\"" + escape(lang) + "\" dir=\""
                + (QaUnit.isArabic(lang) ? "rtl" : "ltr") + "\">");
        int at = 0;
        for (Span span : spans.stream().sorted(java.util.Comparator.comparingInt(Span::start)).toList()) {
            if (span.start() < at || span.end() > text.length()) {
                continue;
            }
            sb.append(escape(text.substring(at, span.start()))).append("<mark>")
                    .append(escape(span.in(text))).append("</mark>");
            at = span.end();
        }
        return sb.append(escape(text.substring(at))).append("</td>").toString();
    }

    /** The message, each «quoted» stretch isolated so Arabic inside does not reorder the English around it. */
    private static String message(String message) {
        StringBuilder sb = new StringBuilder();
        Matcher m = QUOTED.matcher(message);
        int at = 0;
        while (m.find()) {
            sb.append(escape(message.substring(at, m.start()))).append("«<bdi>").append(escape(m.group(1))).append("</bdi>»");
            at = m.end();
        }
        return sb.append(escape(message.substring(at))).toString();
    }

    /** XML escaping; characters XML 1.0 cannot carry (stray controls in UI strings) become U+FFFD. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> {
                    boolean legal = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800)
                            || (c >= 0xE000 && c < 0xFFFE)
                            || (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)))
                            || (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
                    sb.append(legal ? c : '\uFFFD');
                }
            }
        }
        return sb.toString();
    }
}
