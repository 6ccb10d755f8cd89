package io.dragoman.it;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** One packaged node for all the tests of a class, on a data directory of its own. */
abstract class OnePackagedApp {
    @TempDir
    static Path work;
    static PackagedApp app;

    @BeforeAll
    static void start() throws Exception {
        app = PackagedApp.start(work);
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }
}
