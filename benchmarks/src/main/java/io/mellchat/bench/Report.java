package io.mellchat.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The benchmark report: Markdown, printed as it grows and written to a file at the end. */
final class Report {
    private final StringBuilder text = new StringBuilder();

    void heading(String title) {
        add("\n## " + title + "\n");
    }

    void line(String s) {
        add(s);
    }

    void table(List<String> header, List<List<String>> rows) {
        add("| " + String.join(" | ", header) + " |");
        add("|" + "---|".repeat(header.size()));
        for (List<String> r : rows) {
            add("| " + String.join(" | ", r) + " |");
        }
        add("");
    }

    private void add(String s) {
        text.append(s).append('\n');
        System.out.println(s);
        System.out.flush();
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
