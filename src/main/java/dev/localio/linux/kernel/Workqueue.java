package dev.localio.linux.kernel;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A workqueue with one worker thread, named after the queue (e.g. {@code nfsiod}): work queued runs
 * there, in order. Queueing work that is already pending does nothing, as {@code queue_work()}
 * returns false for it. The thread starts with the first work and ends with {@link #close()}.
 *
 * <p>Models kernel/workqueue.c: {@code queue_work()}, {@code flush_work()}, {@code destroy_workqueue()},
 * for one queue with a single worker. A work that throws (a WARN with panic_on_warn, say) hands its
 * exception to whoever flushes it.
 */
public final class Workqueue implements AutoCloseable {

    private final String name;
    private final Set<Runnable> pending = ConcurrentHashMap.newKeySet();
    private ExecutorService worker;
    private final ConcurrentHashMap<Runnable, Future<?>> last = new ConcurrentHashMap<>();
    private boolean closed;

    public Workqueue(String name) {
        this.name = name;
    }

    /** The queue's name, which its worker thread carries. */
    public String name() {
        return name;
    }

    /** {@code queue_work()}: whether {@code work} was queued (false: it was pending already). */
    public synchronized boolean queueWork(Runnable work) {
        if (closed) {
            throw new IllegalStateException("queue_work() on destroyed workqueue " + name);
        }
        if (!pending.add(work)) {
            return false;
        }
        if (worker == null) {
            worker = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, name);
                t.setDaemon(true);
                return t;
            });
        }
        last.put(work, worker.submit(() -> {
            pending.remove(work);
            work.run();
        }));
        return true;
    }

    /**
     * {@code flush_work()}: waits until the last queueing of {@code work} has run; rethrows what it
     * threw. Returns at once for work never queued.
     */
    public void flushWork(Runnable work) {
        Future<?> f = last.get(work);
        if (f == null) {
            return;
        }
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted flushing " + name, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** {@code destroy_workqueue()}: runs what is queued, then ends the worker. */
    @Override
    public void close() {
        ExecutorService w;
        synchronized (this) {
            closed = true;
            w = worker;
        }
        if (w != null) {
            w.shutdown();
        }
    }
}
