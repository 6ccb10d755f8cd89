package io.dragoman.tm.tmx;

import io.dragoman.core.FormatException;
import io.dragoman.core.LimitExceededException;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Opens what users upload: a TMX file, a gzipped one, or a zip archive of {@code .tmx} files,
 * recognised by their first bytes rather than their names. Counts bytes twice: as read from the
 * file (progress against its size) and once decompressed (the cap that stops gzip and zip bombs).
 */
final class TmxInput {
    private final long maxExpanded;
    private long fileBytes;
    private long expandedBytes;
    private boolean exceeded;

    TmxInput(long maxExpanded) {
        this.maxExpanded = maxExpanded;
    }

    interface TmxConsumer {
        void accept(String name, InputStream xml) throws IOException;
    }

    /** Bytes read from the files so far. */
    long fileBytes() {
        return fileBytes;
    }

    /** The expansion cap was hit: whatever error the parser then reports, this is the cause. */
    LimitExceededException exceeded() {
        return exceeded ? new LimitExceededException("file", "dragoman.tmx.max-expanded-size", maxExpanded, expandedBytes, "bytes once decompressed") : null;
    }

    /** Gives each TMX stream of the file to the consumer, in order. */
    void open(ImportFile file, TmxConsumer consumer) throws IOException {
        try (InputStream raw = new BufferedInputStream(new Counting(Files.newInputStream(file.path()), true), 1 << 16)) {
            raw.mark(4);
            int b0 = raw.read();
            int b1 = raw.read();
            int b2 = raw.read();
            int b3 = raw.read();
            raw.reset();
            boolean gzip = b0 == 0x1f && b1 == 0x8b;
            boolean zip = b0 == 'P' && b1 == 'K' && b2 == 3 && b3 == 4;
            try {
                if (gzip) {
                    consumer.accept(file.name(), expanded(new GZIPInputStream(raw, 1 << 16)));
                } else if (zip) {
                    zip(file.name(), new ZipInputStream(raw), consumer);
                } else {
                    consumer.accept(file.name(), expanded(raw));
                }
            } catch (ZipException | EOFException e) {
                // Corrupt or cut-off compressed data is the upload's fault (422), not a failing disk.
                throw new FormatException(file.name(), -1, -1, "the " + (zip ? "zip archive" : "gzip file")
                        + " is damaged or incomplete: " + e.getMessage(), e);
            }
        }
    }

    private void zip(String name, ZipInputStream zip, TmxConsumer consumer) throws IOException {
        int found = 0;
        for (ZipEntry entry = nextEntry(zip); entry != null; entry = nextEntry(zip)) {
            if (!entry.isDirectory() && entry.getName().toLowerCase(Locale.ROOT).endsWith(".tmx")) {
                found++;
                consumer.accept(name + "!/" + entry.getName(), expanded(new KeepOpen(zip)));
            }
        }
        if (found == 0) {
            throw new FormatException(name, -1, -1, "the zip archive holds no .tmx file");
        }
    }

    private static ZipEntry nextEntry(ZipInputStream zip) throws IOException {
        try {
            return zip.getNextEntry();
        } catch (IllegalArgumentException e) {
            // The JDK decodes entry names as UTF-8 and throws this, not a ZipException, when one is not.
            throw new ZipException("an entry's name is not UTF-8");
        }
    }

    private InputStream expanded(InputStream in) {
        return new Counting(in, false);
    }

    /** Counts bytes as they pass; the expanded count stops the read at the cap. */
    private final class Counting extends FilterInputStream {
        private final boolean file;

        Counting(InputStream in, boolean file) {
            super(in);
            this.file = file;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            if (file) {
                fileBytes += n;
                return;
            }
            expandedBytes += n;
            if (expandedBytes > maxExpanded) {
                exceeded = true;
                throw new IOException("more than " + maxExpanded + " bytes once decompressed");
            }
        }
    }

    /** A zip entry's stream that the XML parser may close without closing the archive. */
    private static final class KeepOpen extends FilterInputStream {
        KeepOpen(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // The archive is closed by open(), after its last entry.
        }
    }
}
