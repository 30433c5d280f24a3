package io.mellchat.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Money or its proxies attached to a paid event: {@code currency} is an ISO code ({@code USD},
 * {@code EUR}…) or {@code bits} / {@code kicks}.
 */
public record Amount(BigDecimal value, String currency) {
    public Amount {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(currency, "currency");
        // canonical form, so 5, 5.0 and 5.00 are the same amount
        value = value.stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
    }

    public static Amount of(String value, String currency) {
        return new Amount(new BigDecimal(value), currency);
    }
}
