package com.pmosuite.plugin.platform.rest;

import com.pmosuite.plugin.risk.rest.RiskBody;
import com.pmosuite.plugin.risk.rest.RiskSettingsBody;
import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.ValidationFailed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PmoJsonTest {
    @Test
    void nestingDeeperThanAnyPmoBodyIsRefusedAsTheBody() {
        String body = "{\"title\":\"Deep\",\"extra\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}";

        assertThat(errorsReading(body)).extracting(FieldError::field).containsExactly("body");
    }

    @Test
    void aNumberLiteralLongerThanAnyPmoNumberIsRefusedAsTheBody() {
        String body = "{\"title\":\"Long\",\"costImpact\":" + "9".repeat(5_000) + "}";

        assertThat(errorsReading(body)).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("body");
            assertThat(e.message()).contains("100 digits");
        });
    }

    @Test
    void aNumberLiteralAsLongAsAllowedReachesTheFieldRules() {
        RiskBody body = PmoJson.read("{\"costImpact\":" + "9".repeat(100) + "}", RiskBody.class);

        assertThat(body.costImpact()).hasSize(100);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"{\"title\":\"One\"} {\"title\":\"Two\"}", "{\"title\":\"One\"} x", "{\"title\":\"One\"}]",
        "{\"title\":\"One\"} 42"})
    void anythingAfterTheJsonObjectIsRefusedAsTheBody(String body) {
        assertThat(errorsReading(body)).extracting(FieldError::field).containsExactly("body");
    }

    @Test
    void spaceAfterTheJsonObjectIsFine() {
        assertThat(PmoJson.read("{\"title\":\"One\"}\r\n  \n", RiskBody.class).title()).isEqualTo("One");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"\u0663", "\uFF13", "+3", "3.0", "1e0"})
    void aLevelSentAsTextMustBeAsciiDigits(String level) {
        assertThat(errorsReading("{\"probability\":\"" + level + "\"}")).containsExactly(
                new FieldError("probability", "must be a whole number"));
    }

    @Test
    void aLevelSentAsAsciiTextIsStillRead() {
        assertThat(PmoJson.read("{\"probability\":\"3\",\"impact\":\"\"}", RiskBody.class))
                .extracting(RiskBody::probability, RiskBody::impact).containsExactly(3, null);
    }

    @Test
    void aThresholdSentAsNonAsciiTextOrAsNullIsRefusedForItsField() {
        assertThat(catchThrowableOfType(ValidationFailed.class, () -> PmoJson.read(
                "{\"scale\":\"\u0665\",\"mediumFrom\":null,\"highFrom\":10,\"criticalFrom\":20}",
                RiskSettingsBody.class)).errors())
                .extracting(FieldError::field).containsExactly("scale");
        assertThat(catchThrowableOfType(ValidationFailed.class, () -> PmoJson.read(
                "{\"scale\":5,\"mediumFrom\":null,\"highFrom\":10,\"criticalFrom\":20}",
                RiskSettingsBody.class)).errors())
                .extracting(FieldError::field).containsExactly("mediumFrom");
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedNamingTheirLine() {
        byte[] latin1 = "{\"title\":\n\"Verz\u00F6gerung\"}".getBytes(StandardCharsets.ISO_8859_1);

        ValidationFailed failure = catchThrowableOfType(ValidationFailed.class,
                () -> PmoJson.read(new ByteArrayInputStream(latin1), RiskBody.class));

        assertThat(failure.errors()).containsExactly(
                new FieldError("body", "line 2 is not UTF-8; send the body as UTF-8"));
    }

    @Test
    void aCsvFileThatIsNotUtf8IsRefusedNamingTheLineAndTheEncodingToUse() {
        byte[] windows1252 = "title\r\nOK\r\nCaf\u00E9 \u0080\r\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));

        ValidationFailed failure = catchThrowableOfType(ValidationFailed.class,
                () -> PmoJson.text(new ByteArrayInputStream(windows1252), 1_000, "file"));

        assertThat(failure.errors()).containsExactly(
                new FieldError("file", "line 3 is not UTF-8; save the file as UTF-8"));
    }

    @Test
    void aTruncatedUtf8SequenceAtTheEndIsRefused() {
        byte[] cut = {'a', '\n', (byte) 0xE2, (byte) 0x82};

        assertThat(catchThrowableOfType(ValidationFailed.class,
                () -> PmoJson.text(new ByteArrayInputStream(cut), 1_000, "file")).errors())
                .containsExactly(new FieldError("file", "line 2 is not UTF-8; save the file as UTF-8"));
    }

    @Test
    void aByteOrderMarkAtTheStartIsDropped() {
        byte[] withBom = "\uFEFFtitle\r\n\u20AC \u00E9 \uD83D\uDE9A".getBytes(StandardCharsets.UTF_8);

        assertThat(PmoJson.text(new ByteArrayInputStream(withBom), 1_000, "file"))
                .isEqualTo("title\r\n\u20AC \u00E9 \uD83D\uDE9A");
    }

    @Test
    void utf8LongerThanOneReadIsDecodedWhole() {
        String text = "\u00E9\u20AC\uD83D\uDE9A".repeat(10_000);

        assertThat(PmoJson.text(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 100_000, "file"))
                .isEqualTo(text);
    }

    @Test
    void textLongerThanTheLimitIsRefused() {
        assertThat(catchThrowableOfType(ValidationFailed.class, () -> PmoJson.text(
                new ByteArrayInputStream("x".repeat(1_001).getBytes(StandardCharsets.UTF_8)), 1_000, "file"))
                .errors()).containsExactly(new FieldError("file", "is larger than 1000 characters"));
    }

    private static List<FieldError> errorsReading(String body) {
        return catchThrowableOfType(ValidationFailed.class, () -> PmoJson.read(body, RiskBody.class)).errors();
    }
}
