package io.mellchat.serving.live;

import io.mellchat.serving.logging.JsonLogFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Merges runs of {@code message} frames into one frame whose data is the combined list. */
final class Batcher {
    /** Merged frames stay below this size, so a backlog is not sent as one huge frame. */
    static final int MAX_MERGED_CHARS = 256 * 1024;

    private Batcher() {}

    /** The frames with every run of consecutive message frames merged (order kept). */
    static List<Frame> merge(List<Frame> frames) {
        List<Frame> out = new ArrayList<>(frames.size());
        int i = 0;
        while (i < frames.size()) {
            Frame f = frames.get(i);
            if (!isMessages(f)) {
                out.add(f);
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
            out.add(j - i == 1 ? f : combined(frames.subList(i, j)));
            i = j;
        }
        return out;
    }

    /** The texts to send for a batch of frames. */
    static List<String> texts(List<Frame> frames) {
        List<Frame> merged = merge(frames);
        List<String> out = new ArrayList<>(merged.size());
        for (Frame f : merged) {
            out.add(f.text());
        }
        return out;
    }

    private static boolean isMessages(Frame f) {
        return "message".equals(f.type()) && f.data() != null;
    }

    private static Frame combined(List<Frame> run) {
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
        String data = "[" + items + "]";
        StringBuilder b = new StringBuilder(data.length() + 120);
        b.append("{\"type\":\"message\"");
        if (!stream.isEmpty()) {
            b.append(",\"stream\":");
            JsonLogFormatter.quote(b, stream);
        }
        if (!platform.isEmpty()) {
            b.append(",\"platform\":");
            JsonLogFormatter.quote(b, platform);
            b.append(",\"channel\":");
            JsonLogFormatter.quote(b, channel);
        }
        b.append(",\"data\":").append(data).append('}');
        return new Frame("message", stream, platform, channel, b.toString(), data);
    }
}
