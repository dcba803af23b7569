package com.pmosuite.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Port: the named locks of every capability, held across the nodes of a cluster. Each capability locks a project
 * in its own namespace, so a compliance scan of a project never blocks risk edits in it; jobs take global locks
 * named {@code jobs.<name>}. Every lock keeps the rules of {@link ProjectLocks}: a bounded wait, and no nesting of
 * the same lock.
 */
public interface PmoLocks {
    /** Capability names as they appear in lock names: lower-case ASCII words joined by hyphens, e.g. "risk". */
    Pattern CAPABILITY = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    /** Job names: lower-case ASCII words joined by hyphens or dots, e.g. "review-reminders". */
    Pattern JOB = Pattern.compile("[a-z][a-z0-9]*([.-][a-z0-9]+)*");

    /** The project locks of one capability; other capabilities' locks on the same project are independent. */
    ProjectLocks projects(String capability);

    /**
     * Runs a job's work under the global lock {@code jobs.<jobName>}, waiting at most
     * {@link ProjectLocks#WAIT_SECONDS} for it.
     *
     * @throws LockBusy              when the lock could not be had in time
     * @throws IllegalStateException when this thread already holds it
     */
    <T> T withJobLock(String jobName, Supplier<T> work);

    /** The name of a capability's lock on a project, relative to the app's lock prefix. */
    static String projectLockName(String capability, String project) {
        return requireName(CAPABILITY, "capability", capability) + ".project." + project;
    }

    /** The name of a job's global lock, relative to the app's lock prefix. */
    static String jobLockName(String jobName) {
        return "jobs." + requireName(JOB, "job", jobName);
    }

    private static String requireName(Pattern pattern, String what, String name) {
        if (name == null || name.length() > 64 || !pattern.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a valid " + what + " name for a lock: " + name);
        }
        return name;
    }

    /** Locks held in this JVM only: right for a single node and for tests, not for a cluster. */
    static PmoLocks inThisJvm() {
        Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
        return new PmoLocks() {
            @Override
            public ProjectLocks projects(String capability) {
                projectLockName(capability, "");
                return new ProjectLocks() {
                    @Override
                    public <T> T withLock(String projectKey, Supplier<T> change) {
                        ReentrantLock lock = unnested(locks, projectLockName(capability, projectKey));
                        return ProjectLocks.runLocked(lock, projectKey, change);
                    }
                };
            }

            @Override
            public <T> T withJobLock(String jobName, Supplier<T> work) {
                String name = jobLockName(jobName);
                return ProjectLocks.runLocked(unnested(locks, name), () -> new LockBusy(name), work);
            }
        };
    }

    private static ReentrantLock unnested(Map<String, ReentrantLock> locks, String name) {
        ReentrantLock lock = locks.computeIfAbsent(name, key -> new ReentrantLock());
        if (lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("Locks must not be nested: " + name);
        }
        return lock;
    }
}
