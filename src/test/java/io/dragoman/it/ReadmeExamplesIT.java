package io.dragoman.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every {@code curl}, {@code bin/dragoman} and {@code java -jar} example of README.md, run in README
 * order against the packaged jar on the shipped configuration. Only the host and port, the jar's
 * path and the data directory are substituted; the files the examples name ({@code memory.tmx.gz},
 * {@code terms.tbx}, …) are fixtures copied under those names. An HTTP answer must be 2xx, unless
 * the example or the comment line above it names the status it shows (e.g. "(400)"), in which case it
 * must be that status and problem+json; a command must exit 0 (or as its comment says). On the
 * PostgreSQL pass, examples marked "(H2 only)" are left out.
 */
class ReadmeExamplesIT extends OnePackagedApp {
    private static final Path README = Path.of("README.md").toAbsolutePath();
    private static final Path RESOURCES = Path.of("target/test-classes").toAbsolutePath();
    private static final Pattern STATUS = Pattern.compile("@@status (\\d{3}) (\\S*)");
    private static final Pattern DOCUMENTED_STATUS = Pattern.compile("\\((\\d{3})\\)");
    private static final Pattern DOCUMENTED_EXITS = Pattern.compile("exits? ((?:\\d, )*\\d)");
    /** Files the examples read, as a user would have them. */
    private static final Map<String, String> FILES = Map.of(
            "memory.tmx", "tmx/full-features.tmx",
            "memory.tmx.gz", "tmx/gzipped.tmx.gz",
            "more.zip", "tmx/archive.zip",
            "terms.tbx", "glossary/tbx-v2.tbx");

    record Example(String command, String comment) {
        boolean runnable() {
            // What the README marks "(H2 only)" (backup, restore) has PostgreSQL's own tools there.
            if (PackagedApp.onPostgres() && (comment + command).contains("(H2 only)")) {
                return false;
            }
            return command.startsWith("curl ") || command.startsWith("bin/dragoman ")
                    || command.startsWith("java ") && !command.contains("&&")
                    || command.matches("^\\w+=\\$\\(curl .*") || command.startsWith("until ");
        }

        /** What the example documents as its answer, when it is not a success. */
        String expected() {
            Matcher status = DOCUMENTED_STATUS.matcher(comment + " " + command);
            return status.find() ? status.group(1) : "2xx";
        }

        List<Integer> exits() {
            Matcher exits = DOCUMENTED_EXITS.matcher(comment + " " + command);
            return exits.find() ? List.of(exits.group(1).split(", ")).stream().map(Integer::valueOf).toList() : List.of(0);
        }
    }

    @Test
    void everyExampleInTheReadmeWorksOnThePackagedJar() throws Exception {
        Path dir = Files.createDirectories(work.resolve("user"));
        Files.createSymbolicLink(dir.resolve("src"), Path.of("src").toAbsolutePath());
        for (var file : FILES.entrySet()) {
            Files.copy(RESOURCES.resolve(file.getValue()), dir.resolve(file.getKey()), StandardCopyOption.REPLACE_EXISTING);
        }
        List<Example> examples = examples(Files.readString(README)).stream().filter(Example::runnable).toList();
        assertTrue(examples.size() >= 20, "the README's examples were found: " + examples.size());

        StringBuilder script = new StringBuilder("curl() { command curl --write-out '%{stderr}@@status %{http_code} %{content_type}\\n' \"$@\"; }\n");
        for (int i = 0; i < examples.size(); i++) {
            // The marker goes to both streams: bodies are on stdout, statuses on stderr.
            script.append("echo '@@example ").append(i).append("'; echo '@@example ").append(i).append("' >&2\n")
                    .append(localise(examples.get(i).command())).append('\n')
                    .append("echo \"@@exit $?\" >&2\n");
        }
        Path scriptFile = dir.resolve("readme.sh");
        Files.writeString(scriptFile, script);
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder("bash", scriptFile.toString()).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(app.cliEnvironment());
        Process process = builder.start();
        assertTrue(process.waitFor(15, TimeUnit.MINUTES), "the README's examples finished");

        List<String> failures = check(examples, Files.readString(err, StandardCharsets.UTF_8));
        failures.addAll(refusedInTheBody(examples, Files.readString(out, StandardCharsets.UTF_8)));
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private String localise(String command) {
        String jar = PackagedApp.jar().toString();
        String local = command.replace("http://localhost:8080", app.baseUri())
                .replace("localhost:8080", "127.0.0.1:" + app.port())
                .replace("data/admin-password", app.adminPasswordFile().toString())
                .replace("target/quarkus-app/quarkus-run.jar", jar)
                .replaceFirst("^bin/dragoman ", Path.of("bin/dragoman").toAbsolutePath() + " ");
        if (local.startsWith("java ")) {
            local = "java " + app.cliJavaOptions() + " " + local.substring("java ".length());
        }
        return local;
    }

    private static List<String> check(List<Example> examples, String stderr) {
        List<String> failures = new ArrayList<>();
        String[] parts = stderr.split("@@example ");
        for (int p = 1; p < parts.length; p++) {
            String part = parts[p];
            int index = Integer.parseInt(part.substring(0, part.indexOf('\n')));
            Example example = examples.get(index);
            Matcher exit = Pattern.compile("@@exit (\\d+)").matcher(part);
            int code = exit.find() ? Integer.parseInt(exit.group(1)) : -1;
            String what = "README example `" + example.command().lines().findFirst().orElse("") + "`"
                    + " (its output: " + part.substring(0, Math.min(part.length(), 1500)).strip() + ")";
            if (example.command().startsWith("curl ") || example.command().contains("$(curl")) {
                if (code != 0) {
                    failures.add(what + ": curl exited " + code);
                }
                Matcher status = STATUS.matcher(part);
                while (status.find()) {
                    String expected = example.expected();
                    boolean ok = expected.equals("2xx") ? status.group(1).startsWith("2")
                            : status.group(1).equals(expected) && status.group(2).startsWith("application/problem+json");
                    if (!ok) {
                        failures.add(what + ": answered " + status.group(1) + " " + status.group(2) + ", documented " + expected);
                    }
                }
            } else if (!example.exits().contains(code)) {
                failures.add(what + ": exited " + code + ", documented " + example.exits());
            }
        }
        if (parts.length - 1 != examples.size()) {
            failures.add("only " + (parts.length - 1) + " of " + examples.size() + " examples ran");
        }
        return failures;
    }

    /**
     * MyMemory's clients read a refusal from the body of a 200 ({@code "responseStatus":403}), so
     * the status line alone would let a README example pass that MateCat would show as an error.
     */
    private static List<String> refusedInTheBody(List<Example> examples, String stdout) {
        List<String> failures = new ArrayList<>();
        Pattern refused = Pattern.compile("\"responseStatus\"\\s*:\\s*\"?(\\d{3})");
        String[] parts = stdout.split("@@example ");
        for (int p = 1; p < parts.length; p++) {
            Example example = examples.get(Integer.parseInt(parts[p].substring(0, parts[p].indexOf('\n'))));
            Matcher status = refused.matcher(parts[p]);
            while (status.find()) {
                if (!status.group(1).equals("200") && example.expected().equals("2xx")) {
                    failures.add("README example `" + example.command().lines().findFirst().orElse("")
                            + "`: its body says responseStatus " + status.group(1) + ": "
                            + parts[p].substring(0, Math.min(parts[p].length(), 1500)).strip());
                }
            }
        }
        return failures;
    }

    /** Commands of the README's bash blocks: continuation lines and multi-line quoted strings joined. */
    static List<Example> examples(String readme) {
        List<Example> examples = new ArrayList<>();
        Matcher block = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        while (block.find()) {
            String comment = "";
            StringBuilder command = new StringBuilder();
            boolean single = false;
            boolean dbl = false;
            for (String line : block.group(1).split("\n", -1)) {
                if (command.length() == 0 && line.strip().startsWith("#")) {
                    comment = line.strip();
                    continue;
                }
                if (command.length() == 0 && line.isBlank()) {
                    continue;
                }
                command.append(command.length() == 0 ? "" : "\n").append(line);
                for (int i = 0; i < line.length(); i++) {
                    char c = line.charAt(i);
                    if (c == '\'' && !dbl) {
                        single = !single;
                    } else if (c == '"' && !single && (i == 0 || line.charAt(i - 1) != '\\')) {
                        dbl = !dbl;
                    } else if (c == '#' && !single && !dbl && (i == 0 || line.charAt(i - 1) == ' ')) {
                        break;
                    }
                }
                if (!single && !dbl && !line.endsWith("\\")) {
                    examples.add(new Example(command.toString().strip(), comment));
                    command.setLength(0);
                    comment = "";
                }
            }
        }
        return examples;
    }
}
