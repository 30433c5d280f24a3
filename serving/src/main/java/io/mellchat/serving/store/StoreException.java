package io.mellchat.serving.store;

import java.sql.SQLException;

/** PostgreSQL failed while serving a request (answered as 503, logged with the cause). */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(SQLException cause) {
        super(
                "database error: " + cause.getMessage() + " (SQLState " + cause.getSQLState() + ")",
                cause);
    }

    public String sqlState() {
        return getCause() instanceof SQLException s && s.getSQLState() != null
                ? s.getSQLState()
                : "";
    }
}
