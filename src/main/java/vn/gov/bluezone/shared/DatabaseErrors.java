package vn.gov.bluezone.shared;

/**
 * Tells a database that cannot be reached (no connection from the pool in time, a connection lost
 * mid-transaction) from other failures: users are told to try again in a moment, jobs log one line
 * and wait for their next turn. Nothing was stored, since the transaction failed.
 */
public final class DatabaseErrors {

    private DatabaseErrors() {
    }

    public static boolean unavailable(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.springframework.transaction.CannotCreateTransactionException
                    || cause instanceof org.springframework.dao.DataAccessResourceFailureException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException
                    || cause instanceof java.sql.SQLTransientConnectionException
                    || cause instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
