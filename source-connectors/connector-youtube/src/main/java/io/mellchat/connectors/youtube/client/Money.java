package io.mellchat.connectors.youtube.client;

import io.mellchat.model.Amount;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts of paid messages. The Data API gives {@code amountMicros} and an ISO currency; the web
 * client only a formatted text such as {@code $5.00}, {@code ￥800}, {@code CA$10.00} or {@code PHP
 * 100.00}, whose symbol is mapped to an ISO code where it is unambiguous (an unknown symbol is kept
 * as it is).
 */
final class Money {
    private static final Pattern TEXT =
            Pattern.compile(
                    "^\\s*([^0-9\\s.,]*)\\s*([0-9][0-9.,\\s\\u00a0]*)\\s*([^0-9\\s.,]*)\\s*$");
    private static final Map<String, String> SYMBOLS =
            Map.ofEntries(
                    Map.entry("$", "USD"),
                    Map.entry("US$", "USD"),
                    Map.entry("€", "EUR"),
                    Map.entry("£", "GBP"),
                    Map.entry("¥", "JPY"),
                    Map.entry("￥", "JPY"),
                    Map.entry("₩", "KRW"),
                    Map.entry("₹", "INR"),
                    Map.entry("CA$", "CAD"),
                    Map.entry("A$", "AUD"),
                    Map.entry("NZ$", "NZD"),
                    Map.entry("R$", "BRL"),
                    Map.entry("MX$", "MXN"),
                    Map.entry("HK$", "HKD"),
                    Map.entry("NT$", "TWD"),
                    Map.entry("₱", "PHP"),
                    Map.entry("₽", "RUB"),
                    Map.entry("₫", "VND"),
                    Map.entry("₪", "ILS"),
                    Map.entry("₺", "TRY"),
                    Map.entry("zł", "PLN"),
                    Map.entry("CHF", "CHF"));

    private Money() {}

    /** From the Data API's {@code amountMicros} (a decimal string) and currency. */
    static Optional<Amount> ofMicros(String micros, String currency) {
        try {
            return Optional.of(
                    new Amount(
                            new BigDecimal(micros).movePointLeft(6),
                            currency.isEmpty() ? "?" : currency));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** From a formatted amount such as {@code $1,234.50}; empty when it has no number. */
    static Optional<Amount> parse(String text) {
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String symbol = !m.group(1).isEmpty() ? m.group(1) : m.group(3);
        String currency = SYMBOLS.getOrDefault(symbol, symbol);
        String number = normalise(m.group(2).replaceAll("[\\s\\u00a0]", ""));
        try {
            return Optional.of(
                    new Amount(new BigDecimal(number), currency.isEmpty() ? "?" : currency));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code 1,234.50} and {@code 1.234,50} to {@code 1234.50}; {@code 1,000} to {@code 1000};
     * {@code 2,50} to {@code 2.50}. A single dot is a decimal point (we ask for English formats).
     */
    private static String normalise(String n) {
        int dot = n.lastIndexOf('.');
        int comma = n.lastIndexOf(',');
        if (dot >= 0 && comma >= 0) {
            char decimal = dot > comma ? '.' : ',';
            char group = decimal == '.' ? ',' : '.';
            return n.replace(String.valueOf(group), "").replace(decimal, '.');
        }
        int sep = Math.max(dot, comma);
        if (sep < 0) {
            return n;
        }
        char c = n.charAt(sep);
        boolean repeated = n.indexOf(c) != sep;
        boolean thousands = c == ',' && n.length() - sep - 1 == 3;
        if (repeated || thousands) {
            return n.replace(String.valueOf(c), "");
        }
        return n.replace(c, '.');
    }
}
