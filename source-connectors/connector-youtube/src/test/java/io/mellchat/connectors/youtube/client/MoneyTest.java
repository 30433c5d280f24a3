package io.mellchat.connectors.youtube.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.mellchat.model.Amount;
import org.junit.jupiter.api.Test;

class MoneyTest {
    @Test
    void parsesTheFormatsTheWebClientShows() {
        assertThat(Money.parse("$5.00")).contains(Amount.of("5", "USD"));
        assertThat(Money.parse("￥800")).contains(Amount.of("800", "JPY"));
        assertThat(Money.parse("¥1,000")).contains(Amount.of("1000", "JPY"));
        assertThat(Money.parse("€2,50")).contains(Amount.of("2.5", "EUR"));
        assertThat(Money.parse("1.234,56 €")).contains(Amount.of("1234.56", "EUR"));
        assertThat(Money.parse("CA$10.00")).contains(Amount.of("10", "CAD"));
        assertThat(Money.parse("PHP 100.00")).contains(Amount.of("100", "PHP"));
        assertThat(Money.parse("₩1,000,000")).contains(Amount.of("1000000", "KRW"));
        assertThat(Money.parse("₴50")).contains(Amount.of("50", "₴"));
    }

    @Test
    void refusesTextWithoutANumber() {
        assertThat(Money.parse("free")).isEmpty();
        assertThat(Money.parse("")).isEmpty();
    }

    @Test
    void convertsMicros() {
        assertThat(Money.ofMicros("2000000", "EUR")).contains(Amount.of("2", "EUR"));
        assertThat(Money.ofMicros("1990000", "USD")).contains(Amount.of("1.99", "USD"));
        assertThat(Money.ofMicros("", "USD")).isEmpty();
    }
}
