package io.mellchat.model.flink;

import java.io.IOException;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * What MellChat's hand-written serializers share: stateless singletons of variable length that
 * never reuse an instance. A subclass writes and reads its record (starting with a format byte, so
 * that a new field can come with a new format that still reads the old one) and says how to copy
 * it.
 */
public abstract class RecordSerializer<T> extends TypeSerializerSingleton<T> {
    private static final long serialVersionUID = 1L;

    @Override
    public final T copy(T from, T reuse) {
        return copy(from);
    }

    @Override
    public final int getLength() {
        return -1;
    }

    @Override
    public final T deserialize(T reuse, DataInputView in) throws IOException {
        return deserialize(in);
    }

    @Override
    public final void copy(DataInputView source, DataOutputView target) throws IOException {
        serialize(deserialize(source), target);
    }

    /** For an immutable record: a copy is the record itself, so Flink never copies it. */
    public abstract static class Immutable<T> extends RecordSerializer<T> {
        private static final long serialVersionUID = 1L;

        @Override
        public final boolean isImmutableType() {
            return true;
        }

        @Override
        public final T createInstance() {
            return null;
        }

        @Override
        public final T copy(T from) {
            return from;
        }
    }
}
