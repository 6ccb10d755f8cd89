package io.dragoman.api;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;

/** Which failures of the database are conditions of the node or of a race, not of the request. */
final class DatabaseFailures {
    private DatabaseFailures() {
    }

    /**
     * The database cannot be reached (its host died, the network is cut, the pool could not open a
     * connection): a condition of the node, not of the request, which the client may retry and
     * the load balancer route around (readiness is DOWN meanwhile). SQL state class 08 is the
     * standard's "connection exception".
     */
    static boolean isUnavailable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two requests edited one record with the same version: the database let one win (its
     * version check or row lock), so the other is a conflict, as a stale version is, and not a failure.
     */
    static boolean isConcurrentWrite(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof PessimisticLockException
                    || cause instanceof LockTimeoutException || cause instanceof StaleStateException
                    || cause instanceof LockAcquisitionException) {
                return true;
            }
        }
        return false;
    }

    /** The innermost cause, for the log: an operator reads which lock or connection failed. */
    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
