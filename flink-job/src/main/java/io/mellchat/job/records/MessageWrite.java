package io.mellchat.job.records;

import io.mellchat.model.ChatMessage;
import java.util.Objects;
import org.apache.flink.api.common.typeinfo.TypeInfo;

/**
 * A write to the {@code messages} table: a new message, or a deletion flag for a message this job
 * wrote earlier. Both go through one sink so that, per channel, a deletion is never applied before
 * the insert it refers to.
 *
 * <p>Immutable, like the message it carries, so Flink hands it on without copying it (see {@link
 * MessageWriteSerializer}).
 */
@TypeInfo(MessageWriteSerializer.Factory.class)
public final class MessageWrite {
    /** The message; for a deletion only its identity fields matter. */
    public final ChatMessage message;

    /** True: only set {@code deleted} on the existing row. */
    public final boolean deletionOnly;

    public MessageWrite(ChatMessage message, boolean deletionOnly) {
        this.message = Objects.requireNonNull(message, "message");
        this.deletionOnly = deletionOnly;
    }

    public static MessageWrite insert(ChatMessage m) {
        return new MessageWrite(m, false);
    }

    public static MessageWrite deletion(ChatMessage identity) {
        return new MessageWrite(identity, true);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MessageWrite
                && ((MessageWrite) o).deletionOnly == deletionOnly
                && Objects.equals(((MessageWrite) o).message, message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(message, deletionOnly);
    }

    @Override
    public String toString() {
        return (deletionOnly ? "delete " : "insert ") + message;
    }
}
