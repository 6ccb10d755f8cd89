package io.dragoman.core;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** A node whose database file is gone takes no more traffic: its writes would not survive it. */
@Readiness
@ApplicationScoped
public class DatabaseFileReadiness implements HealthCheck {
    private final DatabaseFileWatch watch;

    DatabaseFileReadiness(DatabaseFileWatch watch) {
        this.watch = watch;
    }

    @Override
    public HealthCheckResponse call() {
        return watch.lost().map(why -> HealthCheckResponse.named("database file").down().withData("problem", why).build())
                .orElseGet(() -> HealthCheckResponse.up("database file"));
    }
}
