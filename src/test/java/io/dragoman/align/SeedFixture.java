package io.dragoman.align;

import io.dragoman.glossary.tbx.TbxReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The seed article and the curated glossary, read from the classpath. */
final class SeedFixture {
    static final String DOCUMENT = "000_ddf57a01e70e49b5";

    private SeedFixture() {
    }

    static String text(String language) {
        return resource("corpus/" + DOCUMENT + "." + language + ".txt");
    }

    static GlossaryAnchors glossary() {
        try (InputStream in = SeedFixture.class.getClassLoader().getResourceAsStream("glossary/dragoman-glossary.tbx")) {
            return GlossaryAnchors.ofDrafts(TbxReader.read(in, "glossary").concepts());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = SeedFixture.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
