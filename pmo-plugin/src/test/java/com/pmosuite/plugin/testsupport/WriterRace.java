package com.pmosuite.plugin.testsupport;

import org.junit.jupiter.api.function.ThrowingSupplier;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Writers released together on one store, for the tests that prove a store never deadlocks AO's HSQLDB provider (see
 * {@code SerialWrites}). A round that does not end within the time limit fails the test instead of blocking the
 * build; the limit detects a hang, not slowness, as a healthy round takes milliseconds.
 */
public final class WriterRace {
    /** One writer's attempt: true when it stored, false when it was refused as it should be. */
    @FunctionalInterface
    public interface Writer {
        boolean write(int writer) throws Exception;
    }

    private final int writers;
    private final Duration hang;
    private boolean hung;

    public WriterRace(int writers, Duration hang) {
        this.writers = writers;
        this.hang = hang;
    }

    /** Runs the writers released together and gives their answers in writer order, failing if they hang. */
    public List<Boolean> run(Writer writer) {
        ThrowingSupplier<List<Boolean>> round = () -> {
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            try {
                List<Future<Boolean>> answers = new ArrayList<>();
                for (int w = 0; w < writers; w++) {
                    int id = w;
                    answers.add(pool.submit((Callable<Boolean>) () -> {
                        go.await();
                        return writer.write(id);
                    }));
                }
                go.countDown();
                List<Boolean> results = new ArrayList<>();
                for (Future<Boolean> answer : answers) {
                    results.add(answer.get());
                }
                return results;
            } finally {
                pool.shutdown();
            }
        };
        hung = true;
        List<Boolean> results = assertTimeoutPreemptively(hang, round, "writers deadlocked");
        hung = false;
        return results;
    }

    /**
     * Whether a round hung: its writers still hold the database, whose SHUTDOWN would then block too, so the test
     * leaves an in-memory database to the JVM's end.
     */
    public boolean hung() {
        return hung;
    }
}
