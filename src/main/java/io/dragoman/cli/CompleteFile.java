package io.dragoman.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file that appears complete or not at all: written to a hidden partial file beside the target
 * and renamed over it at the end, so that a failed or killed command never leaves a
 * plausible-looking export behind.
 */
final class CompleteFile {
    interface Content<T> {
        T writeTo(OutputStream out) throws IOException;
    }

    private CompleteFile() {
    }

    static <T> T write(Path target, Content<T> content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path partial = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".partial");
        try {
            T result;
            try (OutputStream out = Files.newOutputStream(partial)) {
                result = content.writeTo(out);
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
