package io.mellchat.connectors.common;

import io.mellchat.model.ChannelSpec;
import io.mellchat.model.Platform;
import java.io.Serializable;
import java.util.List;

/** Tells the enumerator which channels of a platform should be read now. Called periodically. */
@FunctionalInterface
public interface ChannelDiscovery extends Serializable {
    List<ChannelSpec> discover(Platform platform) throws Exception;

    /** A fixed list (tests, or channels given on the command line without a database). */
    static ChannelDiscovery of(List<ChannelSpec> channels) {
        List<ChannelSpec> copy = List.copyOf(channels);
        return platform -> copy.stream().filter(c -> c.ref().platform() == platform).toList();
    }
}
