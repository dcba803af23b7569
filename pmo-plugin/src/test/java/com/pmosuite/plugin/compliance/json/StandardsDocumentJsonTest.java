package com.pmosuite.plugin.compliance.json;

import com.pmosuite.compliance.StandardDraft;
import com.pmosuite.compliance.standard.StandardsDocument;
import com.pmosuite.shared.FieldError;
import com.pmosuite.shared.ValidationFailed;
import com.pmosuite.testkit.StandardFixtures;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The interchange file: a round trip, its documented shape, and files too large or malformed to read. */
class StandardsDocumentJsonTest {

    private static StandardsDocument document() {
        return new StandardsDocument(List.of(new StandardsDocument.SetEntry("Delivery basics", "Every project",
                new StandardsDocument.ScopeNames(List.of("Digital Transformation"), List.of("Platform"),
                        List.of("ALPHA")), StandardFixtures.oneOfEveryKind())),
                List.of(StandardFixtures.projectHasALead()));
    }

    private static List<String> problems(String text) {
        try {
            StandardsDocumentJson.read(text.replace('\'', '"'));
        } catch (ValidationFailed failed) {
            return failed.errors().stream().map(FieldError::field).toList();
        }
        throw new AssertionError("expected the file to be refused");
    }

    @Test
    void aDocumentSurvivesARoundTrip() {
        assertThat(StandardsDocumentJson.read(StandardsDocumentJson.write(document()))).isEqualTo(document());
    }

    @Test
    void theFileNamesItsFormatAndVersion() {
        String text = StandardsDocumentJson.write(document());

        assertThat(text).startsWith("{\n  \"format\" : \"pmo-standards\",\n  \"formatVersion\" : 1,");
        assertThat(text).contains("\"severity\" : \"major\"", "\"type\" : \"no-overdue\"", "\"graceDays\" : 0");
    }

    @Test
    void aStandardWithoutEnabledIsEnabled() {
        StandardsDocument read = StandardsDocumentJson.read(("{'formatVersion':1,'standards':[{'name':'N',"
                + "'severity':'minor','weight':3,'check':{'type':'plan-baseline'}}]}").replace('\'', '"'));

        assertThat(read.standards()).extracting(StandardDraft::enabled).containsExactly(true);
    }

    @Test
    void anotherFormatOrVersionIsRefused() {
        assertThat(problems("{'format':'risks','formatVersion':1}")).containsExactly("format");
        assertThat(problems("{'formatVersion':2}")).containsExactly("formatVersion");
        assertThat(problems("{'sets':[]}")).containsExactly("formatVersion");
    }

    @Test
    void notJsonOrTooLargeIsRefusedAsAWhole() {
        assertThat(problems("{'formatVersion':1,")).containsExactly("file");
        assertThat(problems("")).containsExactly("file");
        assertThat(problems("{'formatVersion':1} {}")).containsExactly("file");
        String huge = "{'formatVersion':1,'padding':'" + "x".repeat(StandardsDocumentJson.MAX_CHARS) + "'}";
        assertThat(problems(huge)).containsExactly("file");
    }

    @Test
    void moreThanFiveHundredStandardsAreRefusedBeforeAnyIsRead() {
        String junk = "{'name':7}";
        String half = String.join(",", Collections.nCopies(StandardsDocument.MAX_STANDARDS / 2 + 1, junk));
        String text = "{'formatVersion':1,'sets':[{'name':'A','standards':[" + half + "]}],'standards':[" + half
                + "]}";

        assertThat(problems(text)).containsExactly("standards");
    }

    @Test
    void problemsInsideTheFileAreAtTheirPath() {
        String text = "{'formatVersion':1,'sets':[{'name':'A','scope':{'projects':['ALPHA',3]},'standards':["
                + "{'name':'N','severity':'urgent','weight':'ten','check':{'type':'nope'}}]}]}";

        assertThat(problems(text)).containsExactly("sets[0].scope.projects[1]", "sets[0].standards[0].severity",
                "sets[0].standards[0].weight", "sets[0].standards[0].check.type");
    }

    @Test
    void deeplyNestedFilesAreRefusedByTheParser() {
        String text = "{'formatVersion':1,'x':" + "[".repeat(100) + "]".repeat(100) + "}";

        assertThat(problems(text)).containsExactly("file");
    }

    @Test
    void wrongTypesAtTheTopAreFieldErrors() {
        assertThat(problems("{'formatVersion':1,'sets':{},'standards':'all'}")).containsExactly("sets", "standards");
        assertThatThrownBy(() -> StandardsDocumentJson.read("[]")).isInstanceOf(ValidationFailed.class);
    }
}
