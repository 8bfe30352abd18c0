package io.tierdesk.journal;

import org.hibernate.query.NativeQuery;

/**
 * A row an action writes in its own feature's table, a ticket's history entry for instance, sent in the statement
 * that records the action instead of a statement of its own.
 */
public interface JournalRow {

    /** One {@code INSERT ... VALUES (...)} of one row, with positional parameters ({@code ?}) and no RETURNING. */
    String insertSql();

    /** Binds the parameters of {@link #insertSql} from {@code position}; returns the position after them. */
    int bind(NativeQuery<?> query, int position);
}
