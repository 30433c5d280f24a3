package io.mellchat.classifier.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One corpus template line, parsed: literal text, {@code {a|b|c}} alternatives (nestable; {@code
 * {a|}} makes {@code a} optional), slot references ({@code {@slot}}, or an option that is exactly
 * {@code @slot} as in {@code {@game|this game}}), and repeats: {@code {*8-12 X}} expands X once and
 * repeats it 8 to 12 times separated by spaces ({@code {+20-30 X}} glues the copies). A backslash
 * escapes the next character. Expansion picks at random.
 */
final class Template {
    private final Node root;

    private Template(Node root) {
        this.root = root;
    }

    /** Parses a template; throws {@link IllegalArgumentException} with the position on errors. */
    static Template parse(String text) {
        Parser p = new Parser(text);
        Node n = p.sequence(false);
        if (p.pos < text.length()) {
            throw new IllegalArgumentException("unbalanced '}' at " + p.pos + " in: " + text);
        }
        return new Template(n);
    }

    /** True when the template has no alternatives and no slots (a literal line). */
    boolean isLiteral() {
        return root.literal();
    }

    /** One random expansion; slots are looked up (and expanded) in {@code slots}. */
    String expand(Random rnd, Map<String, List<Template>> slots) {
        StringBuilder b = new StringBuilder();
        root.expand(rnd, slots, b, 0);
        return b.toString().replaceAll(" {2,}", " ").trim();
    }

    private interface Node {
        void expand(Random rnd, Map<String, List<Template>> slots, StringBuilder out, int depth);

        boolean literal();
    }

    private record Text(String s) implements Node {
        public void expand(Random r, Map<String, List<Template>> slots, StringBuilder o, int d) {
            o.append(s);
        }

        public boolean literal() {
            return true;
        }
    }

    private record Seq(List<Node> parts) implements Node {
        public void expand(Random r, Map<String, List<Template>> slots, StringBuilder o, int d) {
            for (Node n : parts) {
                n.expand(r, slots, o, d);
            }
        }

        public boolean literal() {
            return parts.stream().allMatch(Node::literal);
        }
    }

    private record Choice(List<Node> options) implements Node {
        public void expand(Random r, Map<String, List<Template>> slots, StringBuilder o, int d) {
            options.get(r.nextInt(options.size())).expand(r, slots, o, d);
        }

        public boolean literal() {
            return false;
        }
    }

    /**
     * {@code {*a-b X}}: X expanded once, repeated a..b times, space-separated ({@code +}: glued).
     */
    private record Repeat(Node body, int min, int max, boolean spaced) implements Node {
        public void expand(Random r, Map<String, List<Template>> slots, StringBuilder o, int d) {
            StringBuilder one = new StringBuilder();
            body.expand(r, slots, one, d);
            int n = min + r.nextInt(max - min + 1);
            for (int i = 0; i < n; i++) {
                if (i > 0 && spaced) {
                    o.append(' ');
                }
                o.append(one);
            }
        }

        public boolean literal() {
            return false;
        }
    }

    private record Slot(String name) implements Node {
        public void expand(Random r, Map<String, List<Template>> slots, StringBuilder o, int d) {
            List<Template> values = slots.get(name);
            if (values == null) {
                throw new IllegalArgumentException("unknown slot @" + name);
            }
            if (d > 8) {
                throw new IllegalArgumentException("slot @" + name + " nests too deeply");
            }
            values.get(r.nextInt(values.size())).root.expand(r, slots, o, d + 1);
        }

        public boolean literal() {
            return false;
        }
    }

    private static final class Parser {
        final String s;
        int pos;

        Parser(String s) {
            this.s = s;
        }

        Node sequence(boolean inChoice) {
            List<Node> parts = new ArrayList<>();
            StringBuilder lit = new StringBuilder();
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == '\\' && pos + 1 < s.length()) {
                    lit.append(s.charAt(pos + 1));
                    pos += 2;
                } else if (c == '{') {
                    flush(parts, lit);
                    pos++;
                    parts.add(group());
                } else if (inChoice && (c == '|' || c == '}')) {
                    break;
                } else if (c == '}') {
                    break;
                } else {
                    lit.append(c);
                    pos++;
                }
            }
            flush(parts, lit);
            return parts.size() == 1 ? parts.get(0) : new Seq(parts);
        }

        Node group() {
            if (pos < s.length() && (s.charAt(pos) == '*' || s.charAt(pos) == '+')) {
                boolean spaced = s.charAt(pos) == '*';
                int sp = s.indexOf(' ', pos);
                String[] range = s.substring(pos + 1, sp).split("-");
                pos = sp + 1;
                Node body = sequence(true);
                if (pos >= s.length() || s.charAt(pos) != '}') {
                    throw new IllegalArgumentException("unclosed repeat in: " + s);
                }
                pos++;
                int min = Integer.parseInt(range[0]);
                int max = range.length > 1 ? Integer.parseInt(range[1]) : min;
                return new Repeat(body, min, max, spaced);
            }
            List<Node> options = new ArrayList<>();
            while (true) {
                options.add(slotOrSequence(sequence(true)));
                if (pos >= s.length()) {
                    throw new IllegalArgumentException("unclosed '{' in: " + s);
                }
                char c = s.charAt(pos++);
                if (c == '}') {
                    return options.size() == 1 && options.get(0) instanceof Slot
                            ? options.get(0)
                            : new Choice(options);
                }
            }
        }

        /** An option that is exactly {@code @name} refers to a slot. */
        private static Node slotOrSequence(Node n) {
            if (n instanceof Text t && t.s().matches("@[A-Za-z0-9_]+")) {
                return new Slot(t.s().substring(1));
            }
            return n;
        }

        private static void flush(List<Node> parts, StringBuilder lit) {
            if (lit.length() > 0) {
                parts.add(new Text(lit.toString()));
                lit.setLength(0);
            }
        }
    }
}
