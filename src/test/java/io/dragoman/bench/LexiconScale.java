package io.dragoman.bench;

import io.dragoman.align.LearnedLexicon;
import io.dragoman.align.LexiconLearner;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * What learning the memory lexicon costs at the size the server learns from (the newest
 * {@code dragoman.alignment.lexicon.max-units}, 50,000 by default): the last N Arabic-English
 * units of a TMX file, learned as {@code MemoryLexicon} learns them.
 * <pre>
 * java -cp ... io.dragoman.bench.LexiconScale ../shared/data/debian-bookworm-ar-en.tmx.gz [N]
 * </pre>
 */
public final class LexiconScale {
    private LexiconScale() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int newest = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        Deque<String[]> pairs = new ArrayDeque<>();
        try (InputStream in = StaxBaseline.open(file)) {
            XMLStreamReader xml = StaxBaseline.reader(in);
            String lang = null;
            String[] unit = new String[2];
            StringBuilder seg = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "tu" -> unit = new String[2];
                        case "tuv" -> lang = xml.getAttributeValue("http://www.w3.org/XML/1998/namespace", "lang");
                        case "seg" -> seg = new StringBuilder();
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.CHARACTERS && seg != null) {
                    seg.append(xml.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT && "seg".equals(xml.getLocalName())) {
                    if (lang != null && lang.toLowerCase().startsWith("ar")) {
                        unit[0] = seg.toString();
                    } else if (lang != null && lang.toLowerCase().startsWith("en")) {
                        unit[1] = seg.toString();
                    }
                    seg = null;
                } else if (event == XMLStreamConstants.END_ELEMENT && "tu".equals(xml.getLocalName())
                        && unit[0] != null && unit[1] != null) {
                    pairs.addLast(unit);
                    if (pairs.size() > newest) {
                        pairs.removeFirst();
                    }
                }
            }
        }
        List<String[]> units = new ArrayList<>(pairs);
        pairs.clear();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long before = usedHeap();
        long c0 = cpu.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        LearnedLexicon lexicon = new LexiconLearner(LexiconLearner.Settings.DEFAULTS).learn(units);
        long cpuMs = (cpu.getCurrentThreadCpuTime() - c0) / 1_000_000;
        long wallMs = (System.nanoTime() - w0) / 1_000_000;
        long heap = usedHeap() - before;
        System.out.printf("%d units -> %d word pairs; learning %d ms CPU (%d ms wall); table about %d KB of heap%n",
                units.size(), lexicon.size(), cpuMs, wallMs, heap / 1024);
        System.out.println("  first entries: " + String.join(", ", lexicon.entries().stream().limit(15)
                .map(e -> e.arabic() + "=" + e.english()).toList()));
    }

    static long usedHeap() {
        for (int k = 0; k < 3; k++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
