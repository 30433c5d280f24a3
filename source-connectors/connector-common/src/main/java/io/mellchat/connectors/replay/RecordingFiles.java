package io.mellchat.connectors.replay;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opens a recording from a file or from the classpath, decoding invalid UTF-8 as U+FFFD. */
public final class RecordingFiles {
    private RecordingFiles() {}

    public static BufferedReader open(String recording) throws IOException {
        InputStream in;
        if (recording.startsWith("classpath:")) {
            String resource = recording.substring("classpath:".length());
            in = RecordingFiles.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new NoSuchFileException(recording, null, "no such resource on the classpath");
            }
        } else {
            in = Files.newInputStream(Path.of(recording));
        }
        return new BufferedReader(
                new InputStreamReader(
                        in,
                        StandardCharsets.UTF_8
                                .newDecoder()
                                .onMalformedInput(CodingErrorAction.REPLACE)
                                .onUnmappableCharacter(CodingErrorAction.REPLACE)),
                1 << 16);
    }
}
