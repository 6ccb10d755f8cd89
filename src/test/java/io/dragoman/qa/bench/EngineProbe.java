package io.dragoman.qa.bench;

import io.dragoman.qa.ExactTermRecognizer;
import io.dragoman.qa.GlossaryTerms;
import io.dragoman.qa.QaCatalog;
import io.dragoman.qa.QaCheck;
import io.dragoman.qa.QaEngine;
import io.dragoman.qa.QaIssue;
import io.dragoman.qa.QaUnit;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The checks alone over the benchmark TMX, without the database: how long the checking itself
 * takes and what it finds. Arguments: TMX file, output TSV of findings.
 */
public final class EngineProbe {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/data/debian-bookworm-ar-en.tmx.gz");
        List<QaUnit> units = new ArrayList<>();
        long[] id = {0};
        DebianTmx.read(file, p -> units.add(new QaUnit(++id[0], "en", "ar", p.en(), p.ar())));
        List<String> all = QaCatalog.all().stream().map(QaCheck::id).toList();
        // No glossary: the terminology checks find nothing.
        GlossaryTerms noGlossary = new GlossaryTerms(new ExactTermRecognizer(List.of()), java.util.Set.of());
        if (Boolean.getBoolean("perCheck")) {
            for (String check : all) {
                long t0 = System.nanoTime();
                int n = QaEngine.checkAll(units, QaCatalog.settings(List.of(check), null, null, null), noGlossary).size();
                System.out.println(check + "\t" + n + "\t" + (System.nanoTime() - t0) / 1_000_000 + " ms");
            }
        }
        long start = System.nanoTime();
        List<QaIssue> issues = QaEngine.checkAll(units, QaCatalog.settings(all, null, null, null), noGlossary);
        long ms = (System.nanoTime() - start) / 1_000_000;
        Map<String, Integer> counts = new TreeMap<>();
        issues.forEach(i -> counts.merge(i.checkId() + "/" + i.severity().code(), 1, Integer::sum));
        System.out.println(units.size() + " units, " + issues.size() + " findings in " + ms + " ms");
        counts.forEach((k, v) -> System.out.println(k + "\t" + v));
        if (args.length > 1) {
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
                for (QaIssue i : issues) {
                    QaUnit u = units.get((int) i.unitId() - 1);
                    out.println(i.checkId() + "\t" + i.severity().code() + "\t" + i.unitId() + "\t" + esc(u.source())
                            + "\t" + esc(u.target()) + "\t" + esc(i.message()));
                }
            }
        }
    }

    private static String esc(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }
}
