package io.mellchat.serving.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Merges runs of {@code message} frames into one frame whose data is the combined list. */
final class Batcher {
    /** Merged frames stay below this size, so a backlog is not sent as one huge frame. */
    static final int MAX_MERGED_CHARS = 256 * 1024;

    private Batcher() {}

    static List<String> merge(List<Frame> frames) {
        List<String> out = new ArrayList<>(frames.size());
        int i = 0;
        while (i < frames.size()) {
            Frame f = frames.get(i);
            if (!isMessages(f)) {
                out.add(f.text());
                i++;
                continue;
            }
            int j = i + 1;
            long size = f.text().length();
            while (j < frames.size()
                    && isMessages(frames.get(j))
                    && size + frames.get(j).text().length() <= MAX_MERGED_CHARS) {
                size += frames.get(j).text().length();
                j++;
            }
            if (j - i == 1) {
                out.add(f.text());
            } else {
                out.add(combined(frames.subList(i, j)));
            }
            i = j;
        }
        return out;
    }

    private static boolean isMessages(Frame f) {
        return "message".equals(f.type()) && f.data() != null;
    }

    private static String combined(List<Frame> run) {
        String stream = run.get(0).stream();
        String platform = run.get(0).platform();
        String channel = run.get(0).channel();
        StringBuilder items = new StringBuilder(run.size() * 400);
        for (Frame f : run) {
            if (!f.stream().equals(stream)) {
                stream = "";
            }
            if (!f.platform().equals(platform) || !f.channel().equals(channel)) {
                platform = "";
                channel = "";
            }
            Optional<String> it = f.items();
            if (it.isPresent()) {
                if (!items.isEmpty()) {
                    items.append(',');
                }
                items.append(it.get());
            }
        }
        StringBuilder b = new StringBuilder(items.length() + 120);
        b.append("{\"type\":\"message\"");
        if (!stream.isEmpty()) {
            b.append(",\"stream\":").append(quote(stream));
        }
        if (!platform.isEmpty()) {
            b.append(",\"platform\":").append(quote(platform));
            b.append(",\"channel\":").append(quote(channel));
        }
        b.append(",\"data\":[").append(items).append("]}");
        return b.toString();
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder();
        io.mellchat.serving.logging.JsonLogFormatter.quote(b, s);
        return b.toString();
    }
}
