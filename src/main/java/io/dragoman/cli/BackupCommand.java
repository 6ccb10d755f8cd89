package io.dragoman.cli;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dragoman backup -o FILE}: a consistent copy of the H2 database while a server may be
 * running (H2's online {@code BACKUP TO} reads one committed snapshot; nothing is locked), as a
 * zip that {@code bin/dragoman restore} puts back. PostgreSQL is backed up with its own tools.
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Write a consistent backup of the H2 database to a zip file, even while a server runs.",
        footer = "Restore with: bin/dragoman restore FILE (into an empty data directory)."
                + "%nExit codes: 0 written, 2 not an H2 database (use pg_dump), 3 database or disk failure.")
public class BackupCommand implements Callable<Integer> {
    @Option(names = {"-o", "--output"}, required = true, description = "the zip file to write")
    Path output;

    @Inject
    DataSource dataSource;

    @Override
    public Integer call() {
        Path target = output.toAbsolutePath();
        Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            if (!"H2".equals(c.getMetaData().getDatabaseProductName())) {
                System.err.println("dragoman backup: the database is " + c.getMetaData().getDatabaseProductName()
                        + "; back it up with pg_dump (see docs/reliability.md)");
                return ExitCode.BAD_INPUT;
            }
            Files.deleteIfExists(partial);
            // An absolute path: with AUTO_SERVER the running server's process writes the file.
            st.execute("BACKUP TO '" + partial.toString().replace("'", "''") + "'");
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            System.err.printf("Backed up the database to %s (%,d bytes)%n", output, Files.size(target));
            return ExitCode.OK;
        } catch (SQLException | IOException e) {
            System.err.println("dragoman backup: failed: " + e.getMessage());
            return ExitCode.FAILURE;
        }
    }
}
