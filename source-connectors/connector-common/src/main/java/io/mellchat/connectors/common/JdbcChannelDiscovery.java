package io.mellchat.connectors.common;

import io.mellchat.model.ChannelRef;
import io.mellchat.model.ChannelSpec;
import io.mellchat.model.Platform;
import io.mellchat.storage.PgConfig;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the live channels of a platform from the {@code channels} table, so that a channel added or
 * removed through the API is picked up without a restart. Rows with an invalid name are logged once
 * and skipped.
 */
public final class JdbcChannelDiscovery implements ChannelDiscovery {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(JdbcChannelDiscovery.class);
    private static final String QUERY =
            "SELECT channel, stream, lookup_hint FROM channels"
                    + " WHERE platform = ? AND origin = 'live' ORDER BY channel";

    private final PgConfig config;
    private transient Set<String> reportedInvalid;

    public JdbcChannelDiscovery(PgConfig config) {
        this.config = config;
    }

    @Override
    public List<ChannelSpec> discover(Platform platform) throws Exception {
        List<ChannelSpec> out = new ArrayList<>();
        try (Connection c = config.connect();
                PreparedStatement q = c.prepareStatement(QUERY)) {
            q.setString(1, platform.id());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    try {
                        ChannelRef ref = ChannelRef.of(platform, name);
                        String stream = ChannelSpec.validStream(rs.getString(2));
                        out.add(new ChannelSpec(ref, stream, rs.getString(3)));
                    } catch (IllegalArgumentException e) {
                        if (reportedInvalid == null) {
                            reportedInvalid = new HashSet<>();
                        }
                        if (reportedInvalid.add(platform.id() + ":" + name)) {
                            LOG.warn(
                                    "skipping channel {}:{} from the channels table: {}",
                                    platform.id(),
                                    name,
                                    e.getMessage());
                        }
                    }
                }
            }
        }
        return out;
    }
}
