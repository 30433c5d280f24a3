package io.mellchat.job.functions;

import io.mellchat.classifier.ChatClassifier;
import io.mellchat.classifier.Classification;
import io.mellchat.model.ChatEvent;
import io.mellchat.model.ChatMessage;
import io.mellchat.model.Emote;
import io.mellchat.model.MessageKind;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;

/**
 * Gives every chat line its category and confidence with the trained classifier (the same code path
 * as {@code ./mellchat classify}). Subscriptions, raids, announcements and system notices are not
 * chat: they are {@code general} with full confidence.
 */
public final class Classify extends RichMapFunction<ChatEvent, ChatEvent> {
    private static final long serialVersionUID = 1L;
    private static final String GENERAL = "general";

    private transient ChatClassifier classifier;

    @Override
    public void open(OpenContext context) {
        classifier = ChatClassifier.load();
    }

    @Override
    public ChatEvent map(ChatEvent event) {
        if (!(event instanceof ChatMessage)) {
            return event;
        }
        ChatMessage m = (ChatMessage) event;
        if (m.kind() != MessageKind.CHAT && m.kind() != MessageKind.PAID) {
            return m.withCategory(GENERAL, 1.0);
        }
        Classification c = classifier.classify(m.message(), emoteSpans(m.emotes()));
        return m.withCategory(c.category().id(), c.confidence());
    }

    static int[] emoteSpans(List<Emote> emotes) {
        int[] spans = new int[emotes.size() * 2];
        for (int i = 0; i < emotes.size(); i++) {
            spans[2 * i] = emotes.get(i).start();
            spans[2 * i + 1] = emotes.get(i).end();
        }
        return spans;
    }
}
