package io.mellchat.connectors.twitch.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mellchat.connectors.twitch.fake.TwitchLines;
import org.junit.jupiter.api.Test;

class IrcMessageTest {

    @Test
    void parsesEveryRealLineOfTheReference() {
        for (String line : TwitchLines.ALL_REAL) {
            IrcMessage m = IrcMessage.parse(line);
            assertThat(m.command()).as(line).isNotEmpty();
            assertThat(m.raw()).isEqualTo(line);
        }
    }

    @Test
    void splitsTagsPrefixCommandAndParams() {
        IrcMessage m = IrcMessage.parse(TwitchLines.SIMPLE);
        assertThat(m.command()).isEqualTo("PRIVMSG");
        assertThat(m.isCommand("PRIVMSG")).isTrue();
        assertThat(m.isCommand("PRIVMS")).isFalse();
        assertThat(m.prefix()).isEqualTo("jammehcow!jammehcow@jammehcow.tmi.twitch.tv");
        assertThat(m.nick()).isEqualTo("jammehcow");
        assertThat(m.channel()).isEqualTo("pajlada");
        assertThat(m.paramCount()).isEqualTo(2);
        assertThat(m.lastParam()).isEqualTo("Kappa");
        assertThat(m.tagCount()).isEqualTo(17);
        assertThat(m.tag("badges")).hasValue("subscriber/12,no_audio/1");
        assertThat(m.tag("user-type")).hasValue("");
        assertThat(m.tag("flags")).hasValue("");
        assertThat(m.tag("nope")).isEmpty();
        assertThat(m.tagLong("tmi-sent-ts", -1)).isEqualTo(1662201093248L);
        assertThat(m.tagLong("color", -1)).isEqualTo(-1);
        assertThat(m.tagIs("subscriber", "1")).isTrue();
        assertThat(m.tagKey(0)).isEqualTo("badge-info");
        assertThat(m.tagValue(0)).isEqualTo("subscriber/17");
    }

    @Test
    void unescapesTagValuesPerTheIrcv3Spec() {
        IrcMessage m =
                IrcMessage.parse(
                        "@a=x\\sy;b=semi\\:colon;c=back\\\\slash;d=cr\\rlf\\n;e=unknown\\qescape;f=trailing\\;g=\\ :x CMD");
        assertThat(m.tag("a")).hasValue("x y");
        assertThat(m.tag("b")).hasValue("semi;colon");
        assertThat(m.tag("c")).hasValue("back\\slash");
        assertThat(m.tag("d")).hasValue("cr\rlf\n");
        assertThat(m.tag("e")).hasValue("unknownqescape");
        assertThat(m.tag("f")).hasValue("trailing");
        assertThat(m.tag("g")).hasValue("");
    }

    @Test
    void findsEscapesAfterABackslashInAKeyAndAcrossManyTags() {
        IrcMessage m = IrcMessage.parse("@odd\\key=plain;k=a\\sb;x=1;y=c\\:d;z=e :x CMD");
        assertThat(m.tag("odd\\key")).hasValue("plain");
        assertThat(m.tag("k")).hasValue("a b");
        assertThat(m.tag("x")).hasValue("1");
        assertThat(m.tag("y")).hasValue("c;d");
        assertThat(m.tag("z")).hasValue("e");
    }

    @Test
    void raidSystemMessageNeedsBothSpaceAndNewlineEscapes() {
        IrcMessage m =
                IrcMessage.parse(
                        "@msg-id=raid;system-msg=15\\sraiders\\sfrom\\sTestChannel\\shave\\sjoined\\n! :tmi.twitch.tv USERNOTICE #othertestchannel");
        assertThat(m.tag("system-msg")).hasValue("15 raiders from TestChannel have joined\n!");
    }

    @Test
    void keepsTagsWithoutValueAndIgnoresEmptyKeys() {
        IrcMessage m = IrcMessage.parse("@a;;=v;b=;c=3 PING");
        assertThat(m.tag("a")).hasValue("");
        assertThat(m.tag("b")).hasValue("");
        assertThat(m.tag("c")).hasValue("3");
        assertThat(m.tagCount()).isEqualTo(3);
    }

    @Test
    void unknownAndVendorTagsAreKeptButHarmless() {
        IrcMessage m =
                IrcMessage.parse(
                        "@+client/tag=1;example.com/foo=bar;zz-new-thing=🙂\\s;id=abc :a!a@a PRIVMSG #c :hi");
        assertThat(m.tag("+client/tag")).hasValue("1");
        assertThat(m.tag("example.com/foo")).hasValue("bar");
        assertThat(m.tag("zz-new-thing")).hasValue("🙂 ");
        assertThat(m.tag("id")).hasValue("abc");
    }

    @Test
    void findsTagsWhoseHashesCollide() {
        // "Aa" and "BB" have the same String.hashCode
        IrcMessage m = IrcMessage.parse("@Aa=1;BB=2 :x CMD");
        assertThat(m.tag("Aa")).hasValue("1");
        assertThat(m.tag("BB")).hasValue("2");
    }

    @Test
    void parsesLinesWithoutTagsOrPrefixAndCommandsWithMiddleParams() {
        IrcMessage ping = IrcMessage.parse("PING :tmi.twitch.tv");
        assertThat(ping.command()).isEqualTo("PING");
        assertThat(ping.prefix()).isEmpty();
        assertThat(ping.nick()).isEmpty();
        assertThat(ping.lastParam()).isEqualTo("tmi.twitch.tv");

        IrcMessage names =
                IrcMessage.parse(
                        ":justinfan1.tmi.twitch.tv 366 justinfan1 #chan :End of /NAMES list");
        assertThat(names.command()).isEqualTo("366");
        assertThat(names.paramCount()).isEqualTo(3);
        assertThat(names.param(1)).isEqualTo("#chan");
        assertThat(names.channel()).isEmpty(); // the first parameter is the nick
        assertThat(names.lastParam()).isEqualTo("End of /NAMES list");

        IrcMessage reconnect = IrcMessage.parse(TwitchLines.RECONNECT);
        assertThat(reconnect.paramCount()).isZero();
        assertThat(reconnect.lastParam()).isEmpty();
        assertThat(reconnect.channel()).isEmpty();
    }

    @Test
    void keepsUpToFifteenParametersTheLastTakingTheRest() {
        IrcMessage m = IrcMessage.parse("CMD 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 :17");
        assertThat(m.paramCount()).isEqualTo(15);
        assertThat(m.param(4)).isEqualTo("5");
        assertThat(m.param(13)).isEqualTo("14");
        assertThat(m.lastParam()).isEqualTo("15 16 :17");
    }

    @Test
    void keepsColonsAndSpacesInsideTheTrailingParameter() {
        IrcMessage m = IrcMessage.parse(":a!a@a PRIVMSG #c :: hello  :)  ");
        assertThat(m.lastParam()).isEqualTo(": hello  :)  ");
    }

    @Test
    void toleratesRepeatedSpacesBetweenParts() {
        IrcMessage m = IrcMessage.parse("@id=1  :a!a@a   PRIVMSG   #c   :x");
        assertThat(m.command()).isEqualTo("PRIVMSG");
        assertThat(m.channel()).isEqualTo("c");
        assertThat(m.lastParam()).isEqualTo("x");
    }

    @Test
    void rejectsMalformedLinesWithAReason() {
        assertThatThrownBy(() -> IrcMessage.parse("")).hasMessageContaining("empty line");
        assertThatThrownBy(() -> IrcMessage.parse("   ")).hasMessageContaining("empty line");
        assertThatThrownBy(() -> IrcMessage.parse("@a=b;c=d"))
                .isInstanceOf(MalformedLineException.class)
                .hasMessageContaining("tags without a command");
        assertThatThrownBy(() -> IrcMessage.parse("@a=b "))
                .hasMessageContaining("tags without a command");
        assertThatThrownBy(() -> IrcMessage.parse(":prefix.only"))
                .hasMessageContaining("prefix without a command");
        assertThatThrownBy(() -> IrcMessage.parse(":prefix "))
                .hasMessageContaining("prefix without a command");
        assertThatThrownBy(() -> IrcMessage.parse(":a!a@a PRIV;MSG #c :x"))
                .isInstanceOf(MalformedLineException.class)
                .satisfies(
                        e ->
                                assertThat(((MalformedLineException) e).reason())
                                        .isEqualTo("invalid command"));
        assertThatThrownBy(() -> IrcMessage.parse("\u0000\u0001garbage"))
                .isInstanceOf(MalformedLineException.class);
    }

    @Test
    void parsesLinesFarOverFiveHundredTwelveBytes() {
        String text = "x".repeat(100 * 1024);
        String tags = "a=" + "v".repeat(20_000) + ";id=big";
        IrcMessage m = IrcMessage.parse("@" + tags + " :u!u@u PRIVMSG #c :" + text);
        assertThat(m.lastParam()).hasSize(100 * 1024);
        assertThat(m.tag("id")).hasValue("big");
        assertThat(m.tag("a").orElseThrow()).hasSize(20_000);
    }

    @Test
    void handlesManyTags() {
        StringBuilder b = new StringBuilder("@");
        for (int i = 0; i < 200; i++) {
            b.append("k").append(i).append('=').append(i).append(';');
        }
        IrcMessage m = IrcMessage.parse(b + " :x CMD");
        assertThat(m.tagCount()).isEqualTo(200);
        assertThat(m.tag("k199")).hasValue("199");
    }

    @Test
    void escapeIsTheInverseOfUnescape() {
        String value = "a;b c\\d\re\nf 🙂";
        assertThat(TagEscapes.unescape(TagEscapes.escape(value))).isEqualTo(value);
    }
}
