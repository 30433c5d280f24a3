package io.mellchat.connectors.kick.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.mellchat.model.ChannelSpec;
import io.mellchat.model.ChatMessage;
import io.mellchat.model.NameUuids;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** What every mapping of one Kick event needs: the channel, the time, the event and its data. */
record EventContext(ChannelSpec spec, Instant receivedAt, String name, JsonNode data) {
    /** How derived platform message ids start. */
    static final String DERIVED_PREFIX = "derived-";

    String channel() {
        return spec.ref().channel();
    }

    /** A message of this channel with the platform's id. */
    ChatMessage.Builder message(String platformMessageId) {
        return ChatMessage.builder().channel(spec.ref()).stream(spec.stream())
                .platformMessageId(platformMessageId)
                .receivedAt(receivedAt);
    }

    /**
     * A message whose id is derived from the event (name, data, UTC day of receipt); {@link
     * DerivedRepeats} tells repeats of the same event apart.
     */
    ChatMessage.Builder derived() {
        long day = Math.floorDiv(receivedAt.getEpochSecond(), 86_400L);
        String key = name + '|' + day + '|' + data;
        UUID uuid = NameUuids.of(key);
        return message(DERIVED_PREFIX + uuid).timestamp(receivedAt);
    }

    /** A skip for an event that lacks what it needs. */
    KickEvent bad(String what) {
        return new KickEvent.Skipped(SkipReasons.BAD_EVENT, name + " " + what);
    }

    /** The user's slug (Kick's stable handle); the lower-cased username when absent. */
    static String slug(JsonNode user) {
        String slug = PusherCodec.text(user, "slug");
        return slug.isEmpty() ? PusherCodec.text(user, "username").toLowerCase(Locale.ROOT) : slug;
    }

    /** A map of the non-empty values among key/value pairs. */
    static Map<String, String> meta(String... kv) {
        Map<String, String> m = new HashMap<>(kv.length);
        for (int i = 0; i < kv.length; i += 2) {
            if (!kv[i + 1].isEmpty()) {
                m.put(kv[i], kv[i + 1]);
            }
        }
        return m;
    }
}
