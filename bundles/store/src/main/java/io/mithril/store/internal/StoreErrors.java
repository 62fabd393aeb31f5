package io.mithril.store.internal;

import java.sql.SQLException;

import io.mithril.store.StoreException;

/** Turns jOOQ/JDBC failures into {@link StoreException}, flagging SQLITE_BUSY. */
final class StoreErrors {
    private static final int SQLITE_BUSY = 5;

    private StoreErrors() {
    }

    static RuntimeException translate(String database, Throwable failure) {
        if (failure instanceof StoreException storeException) {
            return storeException;
        }
        if (!isSqlFailure(failure)) {
            return failure instanceof RuntimeException runtime ? runtime : new RuntimeException(failure);
        }
        return new StoreException(database + ": " + failure.getMessage(), failure, isBusy(failure));
    }

    static boolean isBusy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            // Extended result codes keep the primary code in the low byte.
            if (t instanceof SQLException sql && (sql.getErrorCode() & 0xff) == SQLITE_BUSY) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().contains("SQLITE_BUSY")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSqlFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException || t instanceof org.jooq.exception.DataAccessException) {
                return true;
            }
        }
        return false;
    }
}
