package io.mellchat.connectors.replay;

import io.mellchat.model.ChatEvent;

/** An event of the replay and the replay's position after it. */
record ReplayRecord(ChatEvent event, int loop, long nextLine, long loopStartMillis) {}
