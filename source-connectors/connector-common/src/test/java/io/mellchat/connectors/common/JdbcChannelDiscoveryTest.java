package io.mellchat.connectors.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.model.ChannelSpec;
import io.mellchat.model.Platform;
import io.mellchat.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JdbcChannelDiscoveryTest {
    private static TestDatabase db;

    @BeforeAll
    static void create() {
        db = TestDatabase.create();
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void findsTheLiveChannelsOfOnePlatformAndSkipsInvalidRows() throws Exception {
        try (Connection c = db.config().connect();
                Statement s = c.createStatement()) {
            s.execute(
                    "INSERT INTO channels (platform, channel, stream, lookup_hint, origin) VALUES"
                            + " ('kick','xqc','show','668','live'),"
                            + " ('kick','replay-streamer','default','','replay'),"
                            + " ('kick','bad name!','default','','live'),"
                            + " ('twitch','forsen','default','','live')");
        }
        JdbcChannelDiscovery discovery = new JdbcChannelDiscovery(db.config());
        assertThat(discovery.discover(Platform.KICK))
                .containsExactly(ChannelSpec.parse("kick:xqc#668", "show"));
        assertThat(discovery.discover(Platform.TWITCH))
                .containsExactly(ChannelSpec.parse("twitch:forsen", "default"));
        assertThat(discovery.discover(Platform.YOUTUBE)).isEmpty();
    }
}
