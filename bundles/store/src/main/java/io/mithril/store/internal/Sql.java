package io.mithril.store.internal;

import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** Table and column references for jOOQ without generated code (the schema is the migration scripts). */
final class Sql {
    private Sql() {
    }

    static Table<?> table(String name) {
        return DSL.table(DSL.name(name));
    }

    static Field<String> text(String column) {
        return DSL.field(DSL.name(column), String.class);
    }

    static Field<Long> integer(String column) {
        return DSL.field(DSL.name(column), Long.class);
    }

    static Field<Integer> smallInteger(String column) {
        return DSL.field(DSL.name(column), Integer.class);
    }

    static Field<Boolean> bool(String column) {
        return DSL.field(DSL.name(column), Boolean.class);
    }

    /** The same column qualified by a table alias. */
    static <T> Field<T> of(String alias, Field<T> column) {
        return DSL.field(DSL.name(alias, column.getName()), column.getType());
    }

    static final Field<Long> ROWID = DSL.field(DSL.name("rowid"), Long.class);
}
