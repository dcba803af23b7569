package com.pmosuite.facts;

import com.pmosuite.facts.FieldMapping.Role;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldMappingTest {

    @Test
    void everyPartIsOptional() {
        assertThat(FieldMapping.NONE.fieldId(Role.STORY_POINTS)).isEmpty();
        assertThat(FieldMapping.NONE.levelOf("10000")).isEmpty();
    }

    @Test
    void aRoleCanBeMappedAndUnmapped() {
        FieldMapping mapped = FieldMapping.NONE.with(Role.ACTUAL_COST, "customfield_10300");

        assertThat(mapped.fieldId(Role.ACTUAL_COST)).contains("customfield_10300");
        assertThat(mapped.with(Role.ACTUAL_COST, null)).isEqualTo(FieldMapping.NONE);
    }

    @Test
    void onlyJiraCustomFieldIdsAreAccepted() {
        assertThatThrownBy(() -> FieldMapping.NONE.with(Role.START_DATE, "duedate"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FieldMapping.NONE.with(Role.START_DATE, "customfield_1) OR (1=1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FieldMapping.NONE.with(Role.START_DATE, "customfield_" + "9".repeat(19)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void issueTypeLevelsAreEpicOrAboveAndBounded() {
        assertThat(FieldMapping.NONE.withIssueTypeLevels(Map.of("10000", 1, "10100", 2)).levelOf("10100")).contains(2);
        assertThatThrownBy(() -> FieldMapping.NONE.withIssueTypeLevels(Map.of("10000", 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FieldMapping.NONE.withIssueTypeLevels(Map.of("Epic", 1)))
                .isInstanceOf(IllegalArgumentException.class);
        Map<String, Integer> tooMany = new HashMap<>();
        for (int i = 0; i <= FieldMapping.MAX_TYPE_LEVELS; i++) {
            tooMany.put(String.valueOf(20_000 + i), 2);
        }
        assertThatThrownBy(() -> FieldMapping.NONE.withIssueTypeLevels(tooMany))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLevelsAreCopiedSoTheCallerCannotChangeThemLater() {
        Map<String, Integer> levels = new HashMap<>(Map.of("10000", 1));
        FieldMapping mapping = FieldMapping.NONE.withIssueTypeLevels(levels);

        levels.put("10100", 2);

        assertThat(mapping.levelOf("10100")).isEmpty();
    }
}
