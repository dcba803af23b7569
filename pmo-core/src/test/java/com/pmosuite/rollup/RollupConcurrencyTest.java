package com.pmosuite.rollup;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import static com.pmosuite.rollup.FactBuilder.issue;
import static com.pmosuite.rollup.RollupEngineTest.ALPHA;
import static com.pmosuite.rollup.RollupEngineTest.TODAY;
import static com.pmosuite.rollup.RollupEngineTest.project;
import static org.assertj.core.api.Assertions.assertThat;

class RollupConcurrencyTest {

    @Test
    void aRollupDuringARefreshSeesWholePagesOnly() throws Exception {
        ListFactStore store = new ListFactStore();
        for (int i = 1; i <= 20_000; i++) {
            store.with(issue(i, ALPHA).build());
        }
        RollupEngine engine = new RollupEngine(store, 100);
        AtomicBoolean refreshed = new AtomicBoolean();
        CountDownLatch readerStarted = new CountDownLatch(1);
        ConcurrentLinkedQueue<Long> seen = new ConcurrentLinkedQueue<>();
        Thread reader = new Thread(() -> {
            do {
                seen.add(engine.rollup(project("ALPHA", ALPHA), Visibility.EVERYTHING, Map.of(), TODAY)
                        .counts().total());
                readerStarted.countDown();
            } while (!refreshed.get());
        });
        reader.start();
        readerStarted.await();

        engine.refresh();
        refreshed.set(true);
        reader.join();

        assertThat(seen).isNotEmpty().allMatch(total -> total % 100 == 0);
        assertThat(engine.rollup(project("ALPHA", ALPHA), Visibility.EVERYTHING, Map.of(), TODAY).counts().total())
                .isEqualTo(20_000);
    }
}
