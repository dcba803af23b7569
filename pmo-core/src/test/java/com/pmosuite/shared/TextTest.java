package com.pmosuite.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextTest {
    @Test
    void noBreakAndWideSpacesAreTrimmedLikeOtherSpace() {
        assertThat(Text.clean("\u00A0\u2007 Title\u202F\u3000")).isEqualTo("Title");
        assertThat(Text.clean("\u00A0\u2007\u202F")).isNull();
    }

    @Test
    void spaceInsideTheTextIsKept() {
        assertThat(Text.clean(" 10\u00A0000 EUR ")).isEqualTo("10\u00A0000 EUR");
    }

    @Test
    void tabsAndLineBreaksAreAllowed() {
        assertThat(Text.forbiddenCodePoint("a\tb\r\nc")).isEqualTo(-1);
    }

    @Test
    void aSurrogatePairIsOneAllowedCharacterButAHalfIsNot() {
        assertThat(Text.forbiddenCodePoint("truck \uD83D\uDE9A")).isEqualTo(-1);
        assertThat(Text.forbiddenCodePoint("half \uD83D")).isEqualTo(0xD83D);
        assertThat(Text.forbiddenCodePoint("\uDE9A half")).isEqualTo(0xDE9A);
    }
}
