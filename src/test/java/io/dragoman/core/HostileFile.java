package io.dragoman.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Mutates a real file the way a damaged or malicious upload differs from it: truncated, bytes
 * flipped, inserted, deleted or repeated, re-encoded or declared in the wrong encoding, nested
 * thousands deep, a multi-megabyte attribute, markup debris, and entity tricks (an external
 * entity naming a local secret file, an external DTD on a loopback listener, billion laughs).
 * {@link #secret()} and {@link #fetches()} tell whether a reader ever resolved one of them.
 */
public final class HostileFile implements AutoCloseable {
    /** The secret file's content: a reader that resolves an entity would put it into a text. */
    public static final String SECRET = "EXTERNAL-ENTITY-CONTENT-7f3a";

    private final Path secret;
    private final ServerSocket listener;
    private final AtomicInteger fetches = new AtomicInteger();

    public HostileFile(Path dir) throws IOException {
        secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(() -> {
            while (!listener.isClosed()) {
                try (Socket ignored = listener.accept()) {
                    fetches.incrementAndGet();
                } catch (IOException e) {
                    return;
                }
            }
        }, "hostile-file-listener");
        accept.setDaemon(true);
        accept.start();
    }

    /** Connections the loopback listener received: a reader fetched an external DTD or entity. */
    public int fetches() {
        return fetches.get();
    }

    /** An external DTD's address on the loopback listener: fetching it shows in {@link #fetches()}. */
    public String dtdUrl() {
        return "http://127.0.0.1:" + listener.getLocalPort() + "/x.dtd";
    }

    /** One random mutation (sometimes two) of the original bytes. */
    public byte[] mutate(byte[] original, Random random) {
        byte[] bytes = mutateOnce(original, random);
        return random.nextInt(4) == 0 ? mutateOnce(bytes, random) : bytes;
    }

    private byte[] mutateOnce(byte[] b, Random random) {
        int at = b.length == 0 ? 0 : random.nextInt(b.length + 1);
        switch (random.nextInt(11)) {
            case 0:
                return Arrays.copyOf(b, at);
            case 1:
                byte[] flipped = b.clone();
                for (int i = 0, n = 1 + random.nextInt(8); i < n && flipped.length > 0; i++) {
                    flipped[random.nextInt(flipped.length)] ^= (byte) (1 + random.nextInt(255));
                }
                return flipped;
            case 2:
                byte[] noise = new byte[1 + random.nextInt(16)];
                random.nextBytes(noise);
                return insert(b, at, noise);
            case 3:
                int end = Math.min(b.length, at + 1 + random.nextInt(200));
                return concat(Arrays.copyOf(b, at), Arrays.copyOfRange(b, end, b.length));
            case 4:
                int to = Math.min(b.length, at + 1 + random.nextInt(500));
                byte[] chunk = Arrays.copyOfRange(b, at, to);
                return insert(b, to, chunk);
            case 5:
                return reencode(b, random);
            case 6:
                int depth = 1 + random.nextInt(random.nextBoolean() ? 100 : 50_000);
                String open = "<n>".repeat(depth);
                return insert(b, afterTag(b, random), ascii(random.nextBoolean() ? open : open + "x" + "</n>".repeat(depth)));
            case 7:
                String attribute = " huge=\"" + "\u0642".repeat(1 + random.nextInt(1 << 20)) + "\"";
                return insert(b, insideTag(b, random), attribute.getBytes(StandardCharsets.UTF_8));
            case 8:
                return entityTrick(b, random);
            case 9:
                String[] debris = {"<![CDATA[", "]]>", "<!--", "-->", "&#0;", "&#xD800;", "&bogus;", "&", "<",
                    "<?xml version=\"1.0\"?>", "\u0000", "\"", ",", "\t", "\r", "\n", "\uFEFF", "\"\"\""};
                return insert(b, at, debris[random.nextInt(debris.length)].getBytes(StandardCharsets.UTF_8));
            default:
                return insert(b, at, ascii("&xxe;"));
        }
    }

    private byte[] reencode(byte[] b, Random random) {
        String text = new String(b, StandardCharsets.UTF_8);
        switch (random.nextInt(4)) {
            case 0:
                return text.getBytes(StandardCharsets.UTF_16LE);
            case 1:
                return text.getBytes(StandardCharsets.ISO_8859_1);
            case 2:
                return text.getBytes(StandardCharsets.UTF_16BE);
            default:
                String[] declared = {"UTF-16", "ISO-8859-1", "Shift_JIS", "x-bogus", "UTF-32", "EBCDIC-CP-US"};
                return text.replaceFirst("encoding=\"[^\"]*\"", "encoding=\"" + declared[random.nextInt(declared.length)] + "\"")
                        .getBytes(StandardCharsets.UTF_8);
        }
    }

    private byte[] entityTrick(byte[] b, Random random) {
        String url = dtdUrl();
        String[] doctypes = {
            "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>",
            "<!DOCTYPE r SYSTEM \"" + url + "\">",
            "<!DOCTYPE r [<!ENTITY % p SYSTEM \"" + url + "\"> %p;]>",
            "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + url + "\">]>",
            "<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">"
                + "<!ENTITY xxe \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]>",
        };
        String doctype = doctypes[random.nextInt(doctypes.length)];
        String text = new String(b, StandardCharsets.UTF_8);
        int root = text.indexOf("?>");
        int where = root < 0 ? 0 : root + 2;
        String withDoctype = text.substring(0, where) + doctype + text.substring(where).replaceFirst("<!DOCTYPE[^>]*>", "");
        byte[] bytes = withDoctype.getBytes(StandardCharsets.UTF_8);
        return insert(bytes, insideText(bytes, random), ascii("&xxe;"));
    }

    /** Whether a text a reader returned carries the secret file's content. */
    public static boolean leaks(Object read) {
        return String.valueOf(read).contains(SECRET);
    }

    /**
     * A format error says where: a line and column, or, where the parser lost its place (a file
     * cut off inside its DOCTYPE), that the file ended, or that its encoding (which has no line) is wrong.
     */
    public static boolean placed(FormatException e) {
        return e.line() >= 1 && e.column() >= 1 || e.getMessage().contains("end of file")
                || e.getMessage().contains("encoding");
    }

    private static int afterTag(byte[] b, Random random) {
        int at = insideTag(b, random);
        while (at < b.length && b[at] != '>') {
            at++;
        }
        return Math.min(b.length, at + 1);
    }

    /** A place just after a tag's name, where an attribute fits; 0 when the file has no tag. */
    private static int insideTag(byte[] b, Random random) {
        for (int tries = 0; tries < 50 && b.length > 1; tries++) {
            int i = random.nextInt(b.length - 1);
            if (b[i] == '<' && Character.isLetter(b[i + 1])) {
                int j = i + 1;
                while (j < b.length && (Character.isLetterOrDigit(b[j]) || b[j] == ':')) {
                    j++;
                }
                return j;
            }
        }
        return 0;
    }

    private static int insideText(byte[] b, Random random) {
        int at = afterTag(b, random);
        return at < b.length && b[at] != '<' ? at : Math.max(0, Math.min(b.length, at));
    }

    private static byte[] insert(byte[] b, int at, byte[] piece) {
        return concat(concat(Arrays.copyOf(b, at), piece), Arrays.copyOfRange(b, at, b.length));
    }

    private static byte[] concat(byte[] a, byte[] c) {
        byte[] out = Arrays.copyOf(a, a.length + c.length);
        System.arraycopy(c, 0, out, a.length, c.length);
        return out;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
