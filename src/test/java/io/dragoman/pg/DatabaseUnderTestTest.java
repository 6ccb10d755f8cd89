package io.dragoman.pg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import org.junit.jupiter.api.Test;

/**
 * The suite's second pass in .ci/run asks for PostgreSQL with {@code -Dquarkus.test.profile=test,pg}:
 * this fails if that pass would quietly run on the in-memory H2 of the %test profile again.
 */
@QuarkusTest
class DatabaseUnderTestTest {
    @Inject
    AgroalDataSource dataSource;

    @Test
    void theSuiteRunsOnTheDatabaseItsProfileNames() throws Exception {
        boolean postgres = System.getProperty("quarkus.test.profile", "test").contains("pg");
        try (Connection connection = dataSource.getConnection()) {
            assertEquals(postgres ? "PostgreSQL" : "H2", connection.getMetaData().getDatabaseProductName());
        }
    }
}
