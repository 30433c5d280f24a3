package io.mellchat.connectors.twitch.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginPacerTest {

    private static final long S = 1_000_000_000L;

    @Test
    void letsTheFirstLoginsThroughThenSpacesThemByTheWindow() {
        LoginPacer p = new LoginPacer(2, 10 * S);
        assertThat(p.reserve(0)).isZero();
        assertThat(p.reserve(1 * S)).isZero();
        assertThat(p.reserve(2 * S)).isEqualTo(8 * S); // slot at 10 s
        assertThat(p.reserve(2 * S)).isEqualTo(9 * S); // slot at 11 s
        assertThat(p.reserve(30 * S)).isZero();
    }
}
