package io.mithril.http.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

class SqliteBusyTest {

    @Test
    void aRealBusyErrorFromTheDriverIsRecognised() throws Exception {
        SQLException busy = TestResources.realSqliteBusy();

        assertTrue(SqliteBusy.isInChain(busy), busy.toString());
    }

    @Test
    void busyIsFoundAnywhereInTheChain() throws Exception {
        SQLException busy = TestResources.realSqliteBusy();
        RuntimeException wrapped = new RuntimeException("repository failed",
                new IllegalStateException("store failed", busy));
        RuntimeException suppressed = new RuntimeException("rollback failed");
        suppressed.addSuppressed(busy);
        SQLException chained = new SQLException("batch failed");
        chained.setNextException(busy);

        assertTrue(SqliteBusy.isInChain(wrapped));
        assertTrue(SqliteBusy.isInChain(suppressed));
        assertTrue(SqliteBusy.isInChain(chained));
    }

    @Test
    void extendedBusyCodesCount() {
        // SQLITE_BUSY_SNAPSHOT (517) is a busy condition too
        SQLiteException snapshot = new SQLiteException("snapshot", SQLiteErrorCode.SQLITE_BUSY_SNAPSHOT);
        assertTrue(SqliteBusy.isInChain(new RuntimeException(snapshot)));
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertFalse(SqliteBusy.isInChain(new SQLiteException("[SQLITE_LOCKED] table locked",
                SQLiteErrorCode.SQLITE_LOCKED)));
        assertFalse(SqliteBusy.isInChain(new SQLException("other driver", "HY000", 5)));
        assertFalse(SqliteBusy.isInChain(new RuntimeException("plain failure")));
        RuntimeException cyclic = new RuntimeException("a");
        RuntimeException other = new RuntimeException("b", cyclic);
        cyclic.initCause(other);
        assertFalse(SqliteBusy.isInChain(cyclic));
    }
}
