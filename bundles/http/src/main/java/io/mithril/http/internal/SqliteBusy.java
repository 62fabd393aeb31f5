package io.mithril.http.internal;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Finds a SQLite {@code SQLITE_BUSY} (primary result code 5) anywhere in an error chain, which the reference answers
 * with 503. sqlite-jdbc reports it as an {@code org.sqlite.SQLiteException} whose vendor code is the result code and
 * whose message starts with {@code [SQLITE_BUSY]}; jOOQ and others wrap it, so causes and suppressed errors are
 * searched. No compile-time dependency on the driver.
 */
final class SqliteBusy {
    private static final int SQLITE_BUSY = 5;

    private SqliteBusy() {
    }

    static boolean isInChain(Throwable error) {
        return search(error, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean search(Throwable error, Set<Throwable> seen) {
        if (error == null || !seen.add(error)) {
            return false;
        }
        if (isBusy(error)) {
            return true;
        }
        for (Throwable suppressed : error.getSuppressed()) {
            if (search(suppressed, seen)) {
                return true;
            }
        }
        if (error instanceof SQLException sql && search(sql.getNextException(), seen)) {
            return true;
        }
        return search(error.getCause(), seen);
    }

    private static boolean isBusy(Throwable error) {
        String message = error.getMessage();
        if (message != null && message.contains("[SQLITE_BUSY")) {
            return true;
        }
        // Extended codes (e.g. SQLITE_BUSY_SNAPSHOT = 517) keep the primary code in the low byte.
        return error instanceof SQLException sql && error.getClass().getName().startsWith("org.sqlite.")
                && (sql.getErrorCode() & 0xff) == SQLITE_BUSY;
    }
}
