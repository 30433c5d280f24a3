package io.mellchat.classifier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mellchat.classifier.ChatClassifier;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassifyCommandTest {
    @Test
    void writesOneJsonObjectPerLineAndSurvivesInvalidUtf8() throws Exception {
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        in.write("what game is this?\n!uptime\r\n".getBytes(StandardCharsets.UTF_8));
        in.write(new byte[] {(byte) 0xC3, (byte) 0x28, ' ', 'h', 'i', '\n'}); // invalid UTF-8
        in.write("\"quoted\" \\ <b>html</b>\n\nKEKW KEKW".getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long n =
                ClassifyCommand.run(
                        new ByteArrayInputStream(in.toByteArray()), out, ChatClassifier.load());

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(n).isEqualTo(6);
        assertThat(lines).hasSize(6);
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> objs = lines.stream().map(l -> read(json, l)).toList();
        assertThat(objs.get(0).get("text").asText()).isEqualTo("what game is this?");
        assertThat(objs.get(0).get("category").asText()).isEqualTo("question");
        assertThat(objs.get(0).get("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(objs.get(1).get("category").asText()).isEqualTo("command");
        assertThat(objs.get(1).get("text").asText()).isEqualTo("!uptime");
        assertThat(objs.get(2).get("text").asText()).isEqualTo("\uFFFD( hi");
        assertThat(objs.get(3).get("text").asText()).isEqualTo("\"quoted\" \\ <b>html</b>");
        assertThat(objs.get(4).get("text").asText()).isEmpty();
        assertThat(objs.get(5).get("category").asText()).isEqualTo("emote_only");
        for (JsonNode o : objs) {
            assertThat(o.fieldNames())
                    .toIterable()
                    .containsExactly("text", "category", "confidence");
        }
    }

    private static JsonNode read(ObjectMapper json, String line) {
        try {
            return json.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
