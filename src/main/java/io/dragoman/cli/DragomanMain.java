package io.dragoman.cli;

import io.quarkus.picocli.runtime.PicocliRunner;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Dragoman's entry point: the picocli commands, started after one JVM-wide setting that must be in
 * place before the HTTP layer loads. Quarkus refuses with a bare 400 any request whose target
 * {@link java.net.URI} cannot parse, and OmegaT's Apertium connector sends its language pair with a
 * literal {@code |} ({@code langpair=ar|en}), which browsers and curl would encode but OmegaT does
 * not. Netty has already checked the request line for spaces and control characters.
 */
@QuarkusMain
public final class DragomanMain {
    /** The Vert.x switch Quarkus reads once, when its HTTP recorder class loads. */
    public static final String LENIENT_URIS = "vertx.disableURIValidation";

    private DragomanMain() {
    }

    public static void main(String... args) {
        System.setProperty(LENIENT_URIS, "true");
        Quarkus.run(PicocliRunner.class, args);
    }
}
