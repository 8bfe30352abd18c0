package io.tierdesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures mean "the database is away" (503 with Retry-After) rather than a bug (500). */
class DatabaseUnavailableTest {

    @Test
    void connectionFailuresAnywhereInTheChainAreUnavailability() {
        assertThat(ProblemMappers.databaseUnavailable(new PersistenceException(
                        new JDBCConnectionException("refused", new SQLException("refused", "08001")))))
                .isTrue();
        assertThat(ProblemMappers.databaseUnavailable(new RuntimeException(
                        new SQLException("terminating connection due to administrator command", "57P01"))))
                .isTrue();
        assertThat(ProblemMappers.databaseUnavailable(
                        new RuntimeException(new SQLException("Sorry, acquisition timeout!"))))
                .isFalse();
        assertThat(ProblemMappers.databaseUnavailable(
                        new RuntimeException(new SQLException("Acquisition timeout while waiting for new connection"))))
                .isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(ProblemMappers.databaseUnavailable(new IllegalStateException("bug")))
                .isFalse();
        assertThat(ProblemMappers.databaseUnavailable(new RuntimeException(new SQLException("duplicate key", "23505"))))
                .isFalse();
    }
}
