package com.pmosuite.rollups;

import static org.assertj.core.api.Assertions.assertThat;

import com.pmosuite.rollup.Visibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RollupReaderTest {

    @Test
    void aReaderSeesIssuesAtTheSecurityLevelsTheyHoldAndNoOthers() {
        Visibility visibility = new RollupReader(false, id -> true, Set.of(10100L)).visibility();

        assertThat(visibility.levelVisible(10000L, 10100L)).isTrue();
        assertThat(visibility.levelVisible(10000L, 10101L)).isFalse();
    }

    @Test
    void browsingIsAskedOncePerProjectAndRequest() {
        List<Long> asked = new ArrayList<>();
        Visibility visibility = new RollupReader(false, id -> {
            asked.add(id);
            return id == 10000L;
        }, Set.of()).visibility();

        assertThat(visibility.projectVisible(10000L)).isTrue();
        assertThat(visibility.projectVisible(10000L)).isTrue();
        assertThat(visibility.projectVisible(10001L)).isFalse();
        assertThat(asked).containsExactly(10000L, 10001L);
    }
}
