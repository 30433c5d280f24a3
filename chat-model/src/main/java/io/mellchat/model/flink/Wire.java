package io.mellchat.model.flink;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.apache.flink.types.StringValue;

/** Primitive field codecs shared by the model's Flink serializers. Strings may exceed 64 KB. */
final class Wire {
    private Wire() {}

    static void writeString(String s, DataOutputView out) throws IOException {
        StringValue.writeString(s, out);
    }

    static String readString(DataInputView in) throws IOException {
        return StringValue.readString(in);
    }

    static void writeInstant(Instant t, DataOutputView out) throws IOException {
        out.writeLong(t.getEpochSecond());
        out.writeInt(t.getNano());
    }

    static Instant readInstant(DataInputView in) throws IOException {
        long seconds = in.readLong();
        return Instant.ofEpochSecond(seconds, in.readInt());
    }

    static void writeUuid(UUID id, DataOutputView out) throws IOException {
        out.writeLong(id.getMostSignificantBits());
        out.writeLong(id.getLeastSignificantBits());
    }

    static UUID readUuid(DataInputView in) throws IOException {
        long msb = in.readLong();
        return new UUID(msb, in.readLong());
    }

    static void writeDecimal(BigDecimal d, DataOutputView out) throws IOException {
        writeString(d.toPlainString(), out);
    }

    static BigDecimal readDecimal(DataInputView in) throws IOException {
        return new BigDecimal(readString(in));
    }

    static void writeStringMap(Map<String, String> m, DataOutputView out) throws IOException {
        out.writeInt(m.size());
        for (Map.Entry<String, String> e : m.entrySet()) {
            writeString(e.getKey(), out);
            writeString(e.getValue(), out);
        }
    }

    static Map<String, String> readStringMap(DataInputView in) throws IOException {
        int n = in.readInt();
        if (n == 0) {
            return Map.of();
        }
        Map<String, String> m = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            m.put(readString(in), readString(in));
        }
        return m;
    }

    interface Writer<T> {
        void write(T value, DataOutputView out) throws IOException;
    }

    interface Reader<T> {
        T read(DataInputView in) throws IOException;
    }

    static <T> void writeList(List<T> list, Writer<T> w, DataOutputView out) throws IOException {
        out.writeInt(list.size());
        for (T t : list) {
            w.write(t, out);
        }
    }

    static <T> List<T> readList(Reader<T> r, DataInputView in) throws IOException {
        int n = in.readInt();
        if (n == 0) {
            return List.of();
        }
        List<T> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(r.read(in));
        }
        return list;
    }
}
