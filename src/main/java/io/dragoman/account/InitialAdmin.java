package io.dragoman.account;

import io.dragoman.core.DataDirectory;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * First start: an empty account table gets an {@code admin} whose password is
 * {@code dragoman.security.initial-admin-password} when set, otherwise random and written once to
 * {@code admin-password} in the data directory, readable by its owner only, and to the log.
 */
@ApplicationScoped
class InitialAdmin {
    static final String FILE = "admin-password";
    private static final Logger LOG = Logger.getLogger(InitialAdmin.class);

    private final AccountService accounts;
    private final Path dataPath;
    private final Optional<String> configured;

    InitialAdmin(AccountService accounts, @ConfigProperty(name = DataDirectory.DATA_PATH) String dataPath,
                 SecurityConfig config) {
        this.accounts = accounts;
        this.dataPath = Path.of(dataPath);
        this.configured = config.initialAdminPassword().filter(p -> !p.isBlank());
    }

    void onStart(@Observes StartupEvent start) {
        if (accounts.any()) {
            return;
        }
        String password = configured.orElseGet(Secrets::password);
        try {
            accounts.create("admin", password, Role.ADMIN, "dragoman");
        } catch (RuntimeException e) {
            // Another node sharing the database made it first.
            if (accounts.find("admin").isPresent()) {
                return;
            }
            throw e;
        }
        if (configured.isPresent()) {
            LOG.warn("Created the account 'admin' with the password set in dragoman.security.initial-admin-password");
            return;
        }
        Path file = write(password);
        LOG.warnf("Created the account 'admin' with the password %s (also written to %s, readable by its owner only);"
                + " sign in and change it, or delete the file once it is kept elsewhere", password, file);
    }

    private Path write(String password) {
        Path file = dataPath.resolve(FILE);
        try {
            Files.createDirectories(dataPath);
            Path draft = Files.createTempFile(dataPath, FILE, ".tmp");
            if (Files.getFileStore(draft).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(draft, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(draft, password + "\n", StandardCharsets.UTF_8);
            return Files.move(draft, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the first admin password to " + file, e);
        }
    }
}
