package com.pmosuite.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.OptionalInt;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class WholeNumbersTest {
    @Test
    void asciiDigitsWithAnOptionalMinusAreRead() {
        assertThat(WholeNumbers.parseInt("42")).hasValue(42);
        assertThat(WholeNumbers.parseInt("-7")).hasValue(-7);
        assertThat(WholeNumbers.parseInt("2147483647")).hasValue(Integer.MAX_VALUE);
        assertThat(WholeNumbers.parseLong("9223372036854775807")).hasValue(Long.MAX_VALUE);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"\u0663", "\uFF13", "\u0967", "1\u0660", "+3", " 3", "3 ", "", "-", "2.0", "1e3",
        "2147483648", "00000000003"})
    void anythingElseIsNotAnInt(String text) {
        assertThat(WholeNumbers.parseInt(text)).isEqualTo(OptionalInt.empty());
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"\u0663", "\uFF13", "9223372036854775808", "99999999999999999999"})
    void anythingElseIsNotALong(String text) {
        assertThat(WholeNumbers.parseLong(text)).isEqualTo(OptionalLong.empty());
    }

    @Test
    void aMillionDigitsAreRefusedUnread() {
        assertThat(WholeNumbers.parseInt("1".repeat(1_000_000))).isEqualTo(OptionalInt.empty());
        assertThat(WholeNumbers.parseLong("1".repeat(1_000_000))).isEqualTo(OptionalLong.empty());
    }
}
