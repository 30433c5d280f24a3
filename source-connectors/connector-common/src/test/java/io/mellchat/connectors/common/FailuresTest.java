package io.mellchat.connectors.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class FailuresTest {
    @Test
    void anUnresolvableHostSaysSoInsteadOfNull() {
        // what the JDK's HTTP client reports when DNS fails: no message anywhere in the chain
        IOException e = new IOException(new ExecutionException(new UnresolvedAddressException()));
        assertThat(Failures.describe(e)).isEqualTo("host not found");
        assertThat(Failures.describe(new UnknownHostException("irc.example")))
                .isEqualTo("host not found: irc.example");
    }

    @Test
    void theInnermostMessageWinsAndAMissingOneNamesTheKind() {
        assertThat(
                        Failures.describe(
                                new IOException(
                                        "wrapper", new ConnectException("Connection refused"))))
                .isEqualTo("Connection refused");
        assertThat(Failures.describe(new IOException(new ConnectException())))
                .isEqualTo("ConnectException");
        assertThat(Failures.describe(new IllegalStateException("  ")))
                .isEqualTo("IllegalStateException");
    }
}
