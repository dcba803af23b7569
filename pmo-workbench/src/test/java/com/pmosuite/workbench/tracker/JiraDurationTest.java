package com.pmosuite.workbench.tracker;

import org.junit.jupiter.api.Test;

import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

/** Jira's duration syntax with its default working time: 8-hour days, 5-day weeks, bare numbers in minutes. */
class JiraDurationTest {

    @Test
    void daysAndWeeksAreWorkingTime() {
        assertThat(JiraDuration.parse("3d 4h")).hasValue((3 * 8 + 4) * 3600L);
        assertThat(JiraDuration.parse("1w")).hasValue(5 * 8 * 3600L);
        assertThat(JiraDuration.parse("1.5h")).hasValue(5400L);
        assertThat(JiraDuration.parse("90")).hasValue(5400L);
    }

    @Test
    void anythingElseIsNoDuration() {
        assertThat(JiraDuration.parse("soon")).isEqualTo(OptionalLong.empty());
        assertThat(JiraDuration.parse("3x")).isEqualTo(OptionalLong.empty());
        assertThat(JiraDuration.parse("1h" + " 1h".repeat(40))).isEqualTo(OptionalLong.empty());
        assertThat(JiraDuration.parse(null)).isEqualTo(OptionalLong.empty());
    }

    @Test
    void formattingUsesTheLargestUnitsFirst() {
        assertThat(JiraDuration.format((5 * 8 + 2 * 8 + 3) * 3600L + 240)).isEqualTo("1w 2d 3h 4m");
        assertThat(JiraDuration.format(0)).isEqualTo("0m");
    }
}
