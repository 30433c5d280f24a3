package io.mellchat.serving.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Opaque paging cursors: the sort key of the last item of a page, as base64url text. Clients pass
 * {@code next} back unchanged; a cursor that does not decode is a 400 naming the parameter.
 */
public final class Cursor {
    private static final Base64.Encoder ENC = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DEC = Base64.getUrlDecoder();

    private Cursor() {}

    public static String encode(Object... parts) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                b.append('|');
            }
            b.append(parts[i]);
        }
        return ENC.encodeToString(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The parts of a cursor, exactly {@code count} of them, or a 400 naming {@code param}. */
    public static List<String> decode(String param, String cursor, int count) {
        try {
            String text = new String(DEC.decode(cursor), StandardCharsets.UTF_8);
            List<String> parts = List.of(text.split("\\|", -1));
            if (parts.size() != count) {
                throw new IllegalArgumentException();
            }
            return parts;
        } catch (IllegalArgumentException e) {
            throw ApiException.badField(
                    param, "is not a cursor returned as \"next\" by this endpoint");
        }
    }
}
