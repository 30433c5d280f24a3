package io.mellchat.serving.logging;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * One JSON object per line: {@code {"ts","level","logger","thread","msg","error"?}}. Access log
 * records (logger {@value AccessLog#LOGGER}) carry a ready JSON object as their message and are
 * written as they are.
 */
public final class JsonLogFormatter extends Formatter {

    @Override
    public String format(LogRecord record) {
        if (AccessLog.LOGGER.equals(record.getLoggerName())) {
            return record.getMessage() + "\n";
        }
        StringBuilder b = new StringBuilder(256);
        b.append("{\"ts\":\"").append(Instant.ofEpochMilli(record.getMillis())).append('"');
        field(b, "level", record.getLevel().getName());
        field(b, "logger", record.getLoggerName());
        field(b, "thread", Thread.currentThread().getName());
        field(b, "msg", formatMessage(record));
        if (record.getThrown() != null) {
            StringWriter w = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(w));
            field(b, "error", w.toString());
        }
        return b.append("}\n").toString();
    }

    private static void field(StringBuilder b, String name, String value) {
        b.append(",\"").append(name).append("\":");
        quote(b, value == null ? "" : value);
    }

    /** Appends a JSON string literal. */
    public static void quote(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
