package io.mellchat.connectors.kick.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The real frames of platform-protocols.md part C6, one per resource file. */
final class Frames {
    private Frames() {}

    static String load(String name) {
        try (InputStream in = Frames.class.getResourceAsStream("/kick-frames/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no frame " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
