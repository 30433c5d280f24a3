package io.mellchat.connectors.twitch.client;

import java.util.Locale;
import java.util.Set;

/** The NOTICEs that end something for good: a refused login, a suspended or banned channel. */
final class TwitchNotices {

    /** Texts of {@code NOTICE *} after which tmi.js stops reconnecting (TW-DOC has no msg-id). */
    private static final String[] LOGIN_FAILURES = {
        "login authentication failed",
        "login unsuccessful",
        "improperly formatted auth",
        "invalid nick"
    };

    private static final Set<String> CHANNEL_TERMINAL =
            Set.of("msg_channel_suspended", "tos_ban", "msg_banned", "msg_channel_blocked");

    private TwitchNotices() {}

    static boolean isLoginFailure(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        for (String f : LOGIN_FAILURES) {
            if (t.contains(f)) {
                return true;
            }
        }
        return false;
    }

    static boolean isChannelTerminal(String msgId) {
        return CHANNEL_TERMINAL.contains(msgId);
    }

    /** The status detail for a refused login: what happened and what to check. */
    static String loginError(String text) {
        return "Twitch refused the login (\""
                + text
                + "\"). MellChat reads anonymously as justinfan…; check that "
                + TwitchClientConfig.URL_ENV
                + " points at Twitch chat (default "
                + TwitchClientConfig.DEFAULT_URL
                + ")";
    }

    /** The status detail for a terminal channel NOTICE: what happened and what to do. */
    static String channelError(String channel, String msgId, String text) {
        String what;
        switch (msgId) {
            case "msg_channel_suspended":
                what = "Twitch says #" + channel + " is suspended or does not exist";
                break;
            case "tos_ban":
                what = "Twitch has closed #" + channel + " for a terms-of-service violation";
                break;
            case "msg_banned":
            case "msg_channel_blocked":
                what = "Twitch refuses to let MellChat read #" + channel;
                break;
            default:
                what = "Twitch refused #" + channel;
                break;
        }
        return what
                + " ("
                + msgId
                + (text.isEmpty() ? "" : ": " + text)
                + "). Not retrying: remove the channel or fix the login in twitch:<login>.";
    }
}
