package io.mellchat.connectors.youtube.fake;

import java.time.Instant;

/**
 * A request the fake received.
 *
 * @param endpoint {@code videos}, {@code channels}, {@code search}, {@code messages}, {@code
 *     live_page}, {@code live_chat_page} or {@code get_live_chat}
 * @param subject the video, chat or channel it was about
 * @param token the page token or continuation it carried ("" for none)
 * @param status the HTTP status answered
 * @param at when it arrived
 */
public record FakeRequest(String endpoint, String subject, String token, int status, Instant at) {}
