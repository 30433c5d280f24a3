package io.mellchat.job.records;

import io.mellchat.model.ChatMessage;
import io.mellchat.model.UserAction;

/**
 * Everything the question queue of a stream reacts to, keyed by stream: a question asked in chat,
 * messages that left the chat (deleted, hidden, a banned user's, a clear), votes (from the API, or
 * a "+1" reply in chat), and a moderator answering or reopening a question.
 */
public class QuestionEvent {
    /** What happened. */
    public enum Kind {
        ASKED,
        REMOVED,
        VOTE,
        ANSWER,
        UNANSWER
    }

    public Kind kind;
    public String stream;

    /** ASKED: the message that asks. */
    public ChatMessage message;

    /** VOTE, ANSWER, UNANSWER: the action. A chat vote targets the message it replies to. */
    public UserAction action;

    /** REMOVED: the MellChat ids of the messages that left the chat. */
    public String[] messageIds;

    /** REMOVED by a ban: the user whose questions in {@code channelKey} leave the queue. */
    public String userId = "";

    /** REMOVED by a clear: every open question first asked in {@code channelKey}. */
    public boolean wholeChannel;

    public String channelKey = "";
    public long atMillis;

    public QuestionEvent() {}

    public static QuestionEvent asked(ChatMessage m) {
        QuestionEvent e = new QuestionEvent();
        e.kind = Kind.ASKED;
        e.stream = m.stream();
        e.message = m;
        e.atMillis = m.timestamp().toEpochMilli();
        return e;
    }

    public static QuestionEvent action(Kind kind, UserAction a) {
        QuestionEvent e = new QuestionEvent();
        e.kind = kind;
        e.stream = a.stream();
        e.action = a;
        e.atMillis = a.timestamp().toEpochMilli();
        return e;
    }

    public static QuestionEvent removed(
            String stream,
            String channelKey,
            String[] messageIds,
            String userId,
            boolean wholeChannel,
            long atMillis) {
        QuestionEvent e = new QuestionEvent();
        e.kind = Kind.REMOVED;
        e.stream = stream;
        e.channelKey = channelKey;
        e.messageIds = messageIds;
        e.userId = userId;
        e.wholeChannel = wholeChannel;
        e.atMillis = atMillis;
        return e;
    }

    @Override
    public String toString() {
        return "QuestionEvent[" + kind + " " + stream + "]";
    }
}
