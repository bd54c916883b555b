package io.pimento.jobs;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The one thread that runs the jobs of one kind on this instance, in the order they were
 * submitted, and the ids it is running (which the orphan sweep must leave alone, whatever their
 * heartbeat says).
 */
public final class JobWorker {

    private final Set<Long> runningHere = ConcurrentHashMap.newKeySet();
    private final ExecutorService executor;

    public JobWorker(String threadName) {
        this.executor = Executors.newSingleThreadExecutor(r -> {
            // a daemon: a job never keeps a stopping JVM alive, the sweep reports what it left undone
            Thread thread = new Thread(r, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Queues a job's work; call it once the job's record is committed. */
    public void submit(Runnable work) {
        executor.submit(work);
    }

    /** Does the work of a job this instance claimed, which counts as running here meanwhile. */
    public void runClaimed(long jobId, Runnable work) {
        runningHere.add(jobId);
        try {
            work.run();
        } finally {
            runningHere.remove(jobId);
        }
    }

    public List<Long> runningHere() {
        return List.copyOf(runningHere);
    }

    /** Interrupts the running job and waits a little for it to save what it did. */
    public void shutdown() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
