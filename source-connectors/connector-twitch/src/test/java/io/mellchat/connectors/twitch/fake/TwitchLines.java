package io.mellchat.connectors.twitch.fake;

import io.mellchat.connectors.twitch.client.TagEscapes;
import java.util.UUID;

/**
 * Real Twitch IRC lines (copied verbatim from the fixtures and docs quoted in platform-protocols.md
 * §A10) and builders for synthetic lines in the same shape, for tests of the parser, the client,
 * the source and the job.
 */
public final class TwitchLines {

    private TwitchLines() {}

    /** A10.1 PRIVMSG, plain, with first-msg and returning-chatter (Chatterino simple.json). */
    public static final String SIMPLE =
            "@badge-info=subscriber/17;badges=subscriber/12,no_audio/1;color=#EBA2C0;display-name=jammehcow;emote-only=1;emotes=25:0-4;first-msg=0;flags=;id=9c2dd916-5a6d-4c1f-9fe7-a081b62a9c6b;mod=0;returning-chatter=0;room-id=11148817;subscriber=1;tmi-sent-ts=1662201093248;turbo=0;user-id=82674227;user-type= :jammehcow!jammehcow@jammehcow.tmi.twitch.tv PRIVMSG #pajlada :Kappa";

    /** A10.2 PRIVMSG with several emotes (Chatterino emotes.json). */
    public static final String EMOTES =
            "@badge-info=;badges=no_audio/1;color=#DAA520;display-name=Mm2PL;emote-only=1;emotes=25:0-4/1902:6-10/305954156:12-19;first-msg=0;flags=;id=7be87072-bf24-4fa3-b3df-0ea6fa5f1474;mod=0;returning-chatter=0;room-id=11148817;subscriber=0;tmi-sent-ts=1662201102276;turbo=0;user-id=117691339;user-type= :mm2pl!mm2pl@mm2pl.tmi.twitch.tv PRIVMSG #pajlada :Kappa Keepo PogChamp";

    /** A10.3 PRIVMSG, emote after an emoji: code-point positions (Chatterino emote-emoji.json). */
    public static final String EMOTE_AFTER_EMOJI =
            "@badge-info=subscriber/80;badges=broadcaster/1,subscriber/3072,partner/1;color=#CC44FF;display-name=pajlada;emotes=25:0-4,8-12;first-msg=0;flags=;id=44f85d39-b5fb-475d-8555-f4244f2f7e82;mod=0;returning-chatter=0;room-id=11148817;subscriber=1;tmi-sent-ts=1662204423418;turbo=0;user-id=11148817;user-type= :pajlada!pajlada@pajlada.tmi.twitch.tv PRIVMSG #pajlada :Kappa 😂 Kappa";

    /** A10.4 PRIVMSG reply with every reply tag and an escaped parent body (reply-single.json). */
    public static final String REPLY =
            "@tmi-sent-ts=1726690593888;subscriber=1;id=5e5f526a-5d60-4d81-800b-3b81b8a34c2c;room-id=11148817;user-id=129546453;display-name=nerixyz;badges=subscriber/24;badge-info=subscriber/27;color=#FF0000;flags=;user-type=;emotes=1902:11-15;reply-parent-display-name=nerixyz;reply-thread-parent-msg-id=d95d04a6-5c6a-476a-8dbd-7c6d3b3c277f;reply-thread-parent-user-login=nerixyz;reply-thread-parent-display-name=nerixyz;reply-parent-msg-body=a\\sKappa\\sBTTVEmote\\s😂\\sb;reply-parent-user-login=nerixyz;reply-parent-user-id=129546453;reply-thread-parent-user-id=129546453;reply-parent-msg-id=d95d04a6-5c6a-476a-8dbd-7c6d3b3c277f :nerixyz!nerixyz@nerixyz.tmi.twitch.tv PRIVMSG #pajlada :@nerixyz c Keepo FFZEmote 😭 d";

    /** A10.5 PRIVMSG /me action (Chatterino action.json). */
    public static final String ACTION =
            "@badge-info=subscriber/80;badges=broadcaster/1,subscriber/3072,partner/1;color=#CC44FF;display-name=pajlada;emote-only=1;emotes=25:0-4;first-msg=0;flags=;id=90ef1e46-8baa-4bf2-9c54-272f39d6fa11;mod=0;returning-chatter=0;room-id=11148817;subscriber=1;tmi-sent-ts=1662206235860;turbo=0;user-id=11148817;user-type= :pajlada!pajlada@pajlada.tmi.twitch.tv PRIVMSG #pajlada :\u0001ACTION Kappa\u0001";

    /** A10.6 PRIVMSG cheer (Chatterino cheer4.json). */
    public static final String CHEER =
            "@badge-info=;badges=bits/1;bits=10;color=#00FF7F;display-name=EXDE_HUN;emotes=;flags=;id=60d8835b-23fa-418c-96ca-5874e5d5e8ba;mod=0;room-id=111448817;subscriber=0;tmi-sent-ts=1566654664248;turbo=0;user-id=129793695;user-type= :exde_hun!exde_hun@exde_hun.tmi.twitch.tv PRIVMSG #pajlada :PogChamp10";

    /** A10.7 PRIVMSG from a VIP (Chatterino vip.json). */
    public static final String VIP =
            "@tmi-sent-ts=1726920321214;subscriber=1;vip=1;id=97bb0dfb-a35f-446d-8634-7522d8ef73ed;room-id=11148817;user-id=129546453;display-name=nerixyz;badges=vip/1,subscriber/48;badge-info=subscriber/64;color=#FF0000;flags=;user-type=;emotes= :nerixyz!nerixyz@nerixyz.tmi.twitch.tv PRIVMSG #pajlada :a";

    /** A10.8 PRIVMSG, Shared Chat mirrored message (Chatterino shared-chat-known.json). */
    public static final String SHARED_CHAT =
            "@badge-info=;flags=;room-id=11148817;color=;client-nonce=0d1632f37b6baee51576859d5dbaf325;emotes=;subscriber=0;tmi-sent-ts=1727395701680;id=19ee1663-c14d-41cd-a4a2-30a4bb609c5a;turbo=1;badges=staff/1,turbo/1;source-badges=staff/1,moderator/1,bits-leader/1;source-badge-info=;display-name=creativewind;source-room-id=141981764;source-id=b97eea45-f9dc-4f0c-8744-f8256c3ed950;user-type=staff;user-id=106940612;mod=0 :creativewind!creativewind@creativewind.tmi.twitch.tv PRIVMSG #pajlada :Guy";

    /** A10.9 USERNOTICE resub with a user message (TW-DOC). */
    public static final String RESUB =
            "@badge-info=;badges=staff/1,broadcaster/1,turbo/1;color=#008000;display-name=ronni;emotes=;id=db25007f-7a18-43eb-9379-80131e44d633;login=ronni;mod=0;msg-id=resub;msg-param-cumulative-months=6;msg-param-streak-months=2;msg-param-should-share-streak=1;msg-param-sub-plan=Prime;msg-param-sub-plan-name=Prime;room-id=12345678;subscriber=1;system-msg=ronni\\shas\\ssubscribed\\sfor\\s6\\smonths!;tmi-sent-ts=1507246572675;turbo=1;user-id=87654321;user-type=staff :tmi.twitch.tv USERNOTICE #dallas :Great stream -- keep it up!";

    /** A10.10 USERNOTICE subgift (Chatterino sub-gift-02.json). */
    public static final String SUBGIFT =
            "@tmi-sent-ts=1751793597378;subscriber=1;id=ac51c358-0525-468f-9e0f-e9f2b7953c29;room-id=11148817;user-id=11148817;login=pajlada;display-name=pajlada;badges=broadcaster/1,subscriber/3072,partner/1;badge-info=subscriber/114;color=#CC44FF;flags=;user-type=;emotes=;msg-param-sub-plan-name=look\\sat\\sthose\\sshitty\\semotes,\\srip\\s$5\\sLUL;msg-param-gift-months=1;system-msg=pajlada\\sgifted\\sa\\sTier\\s1\\ssub\\sto\\srustafur!;msg-param-months=6;msg-param-origin-id=4645652708379472175;msg-param-recipient-id=27787997;msg-param-sub-plan=1000;msg-id=subgift;msg-param-recipient-display-name=rustafur;msg-param-recipient-user-name=rustafur;msg-param-community-gift-id=4645652708379472175;msg-param-sender-count=0 :tmi.twitch.tv USERNOTICE #pajlada";

    /** A10.11 USERNOTICE submysterygift (tmi-rs). */
    public static final String SUBMYSTERYGIFT =
            "@badge-info=;badges=sub-gifter/50;color=;display-name=AdamAtReflectStudios;emotes=;flags=;id=049e6371-7023-4fca-8605-7dec60e72e12;login=adamatreflectstudios;mod=0;msg-id=submysterygift;msg-param-mass-gift-count=20;msg-param-origin-id=1f\\sbe\\sbb\\s4a\\s81\\s9a\\s65\\sd1\\s4b\\s77\\sf5\\s23\\s16\\s4a\\sd3\\s13\\s09\\se7\\sbe\\s55;msg-param-sender-count=100;msg-param-sub-plan=1000;room-id=71092938;subscriber=0;system-msg=AdamAtReflectStudios\\sis\\sgifting\\s20\\sTier\\s1\\sSubs\\sto\\sxQcOW's\\scommunity!\\sThey've\\sgifted\\sa\\stotal\\sof\\s100\\sin\\sthe\\schannel!;tmi-sent-ts=1594583777669;user-id=211711554;user-type= :tmi.twitch.tv USERNOTICE #xqcow";

    /** A10.12 USERNOTICE raid (Chatterino raid.json). */
    public static final String RAID =
            "@badges=subscriber/24;login=nerixyz;msg-param-displayName=nerixyz;user-type=;tmi-sent-ts=1729626466361;system-msg=2\\sraiders\\sfrom\\snerixyz\\shave\\sjoined!;room-id=11148817;user-id=129546453;display-name=nerixyz;subscriber=1;historical=1;rm-received-ts=1729626466492;msg-id=raid;vip=0;id=7299b7bc-61ce-423c-85ce-8d651b56cce4;msg-param-login=nerixyz;color=#FF0000;mod=0;msg-param-viewerCount=2;flags=;msg-param-profileImageURL=https://static-cdn.jtvnw.net/jtv_user_pictures/e065218b-49df-459d-afd3-c6557870f551-profile_image-%s.png;emotes=;badge-info=subscriber/28 :tmi.twitch.tv USERNOTICE #pajlada";

    /** A10.13 USERNOTICE announcement (Chatterino announcement.json). */
    public static final String ANNOUNCEMENT =
            "@badge-info=subscriber/47;badges=broadcaster/1,subscriber/3012,twitchconAmsterdam2020/1;color=#FF0000;display-name=Supinic;emotes=;flags=;id=8c26e1ab-b50c-4d9d-bc11-3fd57a941d90;login=supinic;mod=0;msg-id=announcement;msg-param-color=PRIMARY;room-id=11148817;subscriber=1;system-msg=;tmi-sent-ts=1648762219962;user-id=31400525;user-type= :tmi.twitch.tv USERNOTICE #pajlada :mm test lol";

    /** A10.14 USERNOTICE viewermilestone (TW-DOC). */
    public static final String VIEWER_MILESTONE =
            "@badge-info=;badges=;color=#1E90FF;display-name=TwitchDev;emotes=;flags=;id=97459ff9-8cd9-47d0-8a81-1fa5fe1d4367;login=twitchdev;mod=0;msg-id=viewermilestone;msg-param-category=watch-streak;msg-param-id=a872953b-606f-410a-9970-c95b744f116c;msg-param-value=3;room-id=197886470;subscriber=0;system-msg=TwitchDev\\swatched\\s3\\sconsecutive\\sstreams\\sthis\\smonth\\sand\\ssparked\\sa\\swatch\\sstreak!;tmi-sent-ts=1681057151588;user-id=141981764;user-type= :tmi.twitch.tv USERNOTICE #twitchrivals";

    /** A10.15 CLEARCHAT: full clear (TW-DOC). */
    public static final String CLEARCHAT_ALL =
            "@room-id=12345678;tmi-sent-ts=1642715695392 :tmi.twitch.tv CLEARCHAT #dallas";

    /** A10.15 CLEARCHAT: permanent ban (TW-DOC). */
    public static final String CLEARCHAT_BAN =
            "@room-id=12345678;target-user-id=87654321;tmi-sent-ts=1642715756806 :tmi.twitch.tv CLEARCHAT #dallas :ronni";

    /** A10.15 CLEARCHAT: timeout (TW-DOC). */
    public static final String CLEARCHAT_TIMEOUT =
            "@ban-duration=350;room-id=12345678;target-user-id=87654321;tmi-sent-ts=1642719320727 :tmi.twitch.tv CLEARCHAT #dallas :ronni";

    /** A10.16 CLEARMSG (Twitch4J, TW-DOC). */
    public static final String CLEARMSG =
            "@login=foo;room-id=;target-msg-id=94e6c7ff-bf98-4faa-af5d-7ad633a158a9;tmi-sent-ts=1642720582342 :tmi.twitch.tv CLEARMSG #bar :what a great day";

    /** A10.17 ROOMSTATE on join. */
    public static final String ROOMSTATE_FULL =
            "@emote-only=0;followers-only=-1;r9k=0;rituals=0;room-id=12345678;slow=0;subs-only=0 :tmi.twitch.tv ROOMSTATE #bar";

    /** A10.17 ROOMSTATE on change. */
    public static final String ROOMSTATE_SLOW = "@slow=8 :tmi.twitch.tv ROOMSTATE #schmoopiie";

    /** A10.18 NOTICE, RECONNECT, PING, PONG. */
    public static final String NOTICE_DELETED =
            "@msg-id=delete_message_success :tmi.twitch.tv NOTICE #bar :The message from foo is now deleted.";

    public static final String NOTICE_EMOTE_ONLY =
            "@msg-id=emote_only_on :tmi.twitch.tv NOTICE #pajlada :This room is now in emote-only mode.";
    public static final String NOTICE_LOGIN_FAILED =
            ":tmi.twitch.tv NOTICE * :Login authentication failed";
    public static final String RECONNECT = ":tmi.twitch.tv RECONNECT";
    public static final String PING = "PING :tmi.twitch.tv";
    public static final String PONG = "PONG :tmi.twitch.tv";

    /** Every real line of §A10, in order. */
    public static final String[] ALL_REAL = {
        SIMPLE,
        EMOTES,
        EMOTE_AFTER_EMOJI,
        REPLY,
        ACTION,
        CHEER,
        VIP,
        SHARED_CHAT,
        RESUB,
        SUBGIFT,
        SUBMYSTERYGIFT,
        RAID,
        ANNOUNCEMENT,
        VIEWER_MILESTONE,
        CLEARCHAT_ALL,
        CLEARCHAT_BAN,
        CLEARCHAT_TIMEOUT,
        CLEARMSG,
        ROOMSTATE_FULL,
        ROOMSTATE_SLOW,
        NOTICE_DELETED,
        NOTICE_EMOTE_ONLY,
        NOTICE_LOGIN_FAILED,
        RECONNECT,
        PING,
        PONG
    };

    /**
     * A PRIVMSG in the shape of a real one (tags in Twitch's order), from {@code login} in {@code
     * channel}, with the given message id and send time.
     */
    public static String privmsg(
            String channel, String login, String id, long sentAtMillis, String text) {
        return "@badge-info=subscriber/5;badges=subscriber/3,premium/1;color=#1E90FF;display-name="
                + TagEscapes.escape(login)
                + ";emotes=;first-msg=0;flags=;id="
                + id
                + ";mod=0;returning-chatter=0;room-id=4242;subscriber=1;tmi-sent-ts="
                + sentAtMillis
                + ";turbo=0;user-id="
                + Math.abs(login.hashCode())
                + ";user-type= :"
                + login
                + "!"
                + login
                + "@"
                + login
                + ".tmi.twitch.tv PRIVMSG #"
                + channel
                + " :"
                + text;
    }

    /** {@link #privmsg} with a random id and the current time. */
    public static String privmsg(String channel, String login, String text) {
        return privmsg(
                channel, login, UUID.randomUUID().toString(), System.currentTimeMillis(), text);
    }
}
