package io.dragoman.qa;

import java.util.List;
import java.util.Map;

/**
 * What a run checks: the units of a memory, or of every memory, optionally narrowed by language
 * and by a text they contain; and which checks with which thresholds ({@link QaCatalog#settings}).
 */
public record RunSpec(Long memoryId, String sourceLang, String targetLang, String contains,
                      List<String> only, List<String> enable, List<String> disable, Map<String, Double> thresholds) {
    public static RunSpec ofMemory(long memoryId) {
        return new RunSpec(memoryId, null, null, null, null, null, null, null);
    }
}
