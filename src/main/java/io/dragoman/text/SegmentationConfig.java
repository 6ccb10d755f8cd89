package io.dragoman.text;

import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Optional;

/** Sentence segmentation settings, under {@code dragoman.segmentation}. */
@ConfigMapping(prefix = "dragoman.segmentation")
public interface SegmentationConfig {
    /** An SRX 2.0 file that replaces the shipped rules ({@value Segmenter#DEFAULT_RULES}). */
    Optional<Path> srx();

    /** Makes the configured {@link Segmenter} injectable; a bad rules file stops the start. */
    final class Producer {
        @Produces
        @Singleton
        Segmenter segmenter(SegmentationConfig config) {
            return config.srx().map(Segmenter::load).orElseGet(Segmenter::defaults);
        }
    }
}
