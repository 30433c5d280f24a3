package io.mellchat.classifier.train;

import io.mellchat.classifier.Category;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A corpus template file ({@code corpus/templates/*.tpl}): slot lists and labelled sections of
 * template lines. Format (see corpus/README.md):
 *
 * <pre>
 * # comment
 * &#64;gear = mouse | keyboard | {head|}set        slot list ('|' at top level separates values)
 * &#64;gear += webcam | mic                        more values
 * == question x6                              section: label, samples per template
 * == spam x2 raw                              'raw': no surface noise
 * what {&#64;gear} do you use                      template line
 * *2 wie alt bist du                          '*N ' overrides the samples of one line
 * </pre>
 */
final class TemplateFile {
    record Line(Category label, int samples, boolean raw, Template template, String source) {}

    final Map<String, List<Template>> slots = new LinkedHashMap<>();
    final List<Line> lines = new ArrayList<>();

    static TemplateFile read(Path file) throws IOException {
        TemplateFile f = new TemplateFile();
        String name = file.getFileName().toString();
        List<String> text = Files.readAllLines(file, StandardCharsets.UTF_8);
        Category label = null;
        int samples = 4;
        boolean raw = false;
        for (int i = 0; i < text.size(); i++) {
            String line = text.get(i).strip();
            String where = name + ":" + (i + 1);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                if (line.matches("@[A-Za-z0-9_]+\\s*\\+?=.*")) {
                    f.slot(line);
                } else if (line.startsWith("==")) {
                    String[] parts = line.substring(2).trim().split("\\s+");
                    label =
                            Category.fromId(parts[0])
                                    .orElseThrow(
                                            () ->
                                                    new IllegalArgumentException(
                                                            "unknown label " + parts[0]));
                    samples = 4;
                    raw = false;
                    for (int k = 1; k < parts.length; k++) {
                        if (parts[k].startsWith("x")) {
                            samples = Integer.parseInt(parts[k].substring(1));
                        } else if (parts[k].equals("raw")) {
                            raw = true;
                        } else {
                            throw new IllegalArgumentException("unknown option " + parts[k]);
                        }
                    }
                } else {
                    if (label == null) {
                        throw new IllegalArgumentException("template before any '== label'");
                    }
                    int n = samples;
                    if (line.startsWith("*")) {
                        int sp = line.indexOf(' ');
                        n = Integer.parseInt(line.substring(1, sp));
                        line = line.substring(sp + 1).strip();
                    }
                    f.lines.add(new Line(label, n, raw, Template.parse(line), where));
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        return f;
    }

    private void slot(String line) {
        boolean append = line.contains("+=");
        int eq = line.indexOf(append ? "+=" : "=");
        if (eq < 0) {
            throw new IllegalArgumentException("slot line without '='");
        }
        String name = line.substring(1, eq).trim();
        String values = line.substring(eq + (append ? 2 : 1));
        List<Template> list = append ? slots.computeIfAbsent(name, k -> new ArrayList<>()) : null;
        if (list == null) {
            list = new ArrayList<>();
            slots.put(name, list);
        }
        for (String v : splitTopLevel(values)) {
            String t = v.strip();
            if (!t.isEmpty()) {
                list.add(Template.parse(t));
            }
        }
    }

    /** Splits on '|' outside braces (and not escaped). */
    static List<String> splitTopLevel(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }
}
