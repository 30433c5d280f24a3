package io.mellchat.classifier.train;

import io.mellchat.classifier.Category;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads corpus files: {@code <lang>.tsv} with one {@code label<TAB>text} per line. Lines starting
 * with {@code #} are comments, except {@code # group NAME}, which puts the following lines in one
 * split group (generated files mark each template that way). Lines without a group form their own.
 */
public final class Corpus {
    private Corpus() {}

    /** All {@code *.tsv} files directly in {@code dir}, language = file name without extension. */
    public static List<Example> readDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(
                    "corpus folder "
                            + dir.toAbsolutePath()
                            + " does not exist (pass --corpus DIR, e.g. classifier/corpus)");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList();
        }
        List<Example> all = new ArrayList<>();
        for (Path f : files) {
            all.addAll(readFile(f));
        }
        return all;
    }

    /** One corpus file. */
    public static List<Example> readFile(Path file) throws IOException {
        String name = file.getFileName().toString();
        String lang = name.substring(0, name.lastIndexOf('.'));
        List<Example> out = new ArrayList<>();
        String group = null;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank()) {
                    continue;
                }
                if (line.startsWith("#")) {
                    String c = line.substring(1).strip();
                    if (c.startsWith("group ")) {
                        group = c.substring(6).strip();
                    }
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new IOException(name + ":" + no + ": expected label<TAB>text");
                }
                String label = line.substring(0, tab);
                Optional<Category> c = Category.fromId(label);
                if (c.isEmpty()) {
                    throw new IOException(name + ":" + no + ": unknown label " + label);
                }
                String text = line.substring(tab + 1);
                out.add(
                        new Example(
                                lang, c.get(), text, group != null ? group : lang + ":" + text));
            }
        }
        return out;
    }
}
