package org.isnad.cli;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Work done in parallel, results taken in the order the work was given: the caller submits items (reading
 * its input), worker threads turn each into a result, and one writer thread consumes the results in
 * submission order. At most {@code capacity} items are between the caller and the writer, so memory stays
 * flat however long the input: a caller that runs ahead waits.
 *
 * <p>A writer that fails (a full disk) stops the pipeline: the caller's next {@link #submit} throws its
 * failure, and so does {@link #finish}.
 */
final class OrderedPipeline<I, R> implements AutoCloseable {
    private static final CompletableFuture<Object> END = new CompletableFuture<>();

    private final ExecutorService workers;
    private final Function<I, R> work;
    private final BlockingQueue<CompletableFuture<?>> inFlight;
    private final Thread writer;
    private volatile Throwable writerFailure;
    private boolean ended;

    OrderedPipeline(int threads, int capacity, Function<I, R> work, Consumer<R> consume) {
        this.workers = Executors.newFixedThreadPool(threads, daemons("isnad-worker"));
        this.work = work;
        this.inFlight = new ArrayBlockingQueue<>(capacity);
        this.writer = daemons("isnad-writer").newThread(() -> drain(consume));
        writer.start();
    }

    /** Hands {@code item} to a worker; waits while {@code capacity} items are in flight. */
    void submit(I item) {
        enqueue(CompletableFuture.supplyAsync(() -> work.apply(item), workers));
    }

    /** A result that needs no work (an input that could not be read), kept in its place in the order. */
    void submitDone(R result) {
        enqueue(CompletableFuture.completedFuture(result));
    }

    /** Waits until the writer has consumed every result; rethrows a failure of the writer's. */
    void finish() {
        end();
        rethrowWriterFailure();
    }

    @Override public void close() {
        end();
        workers.shutdownNow();
    }

    private void enqueue(CompletableFuture<?> f) {
        try {
            while (!inFlight.offer(f, 100, TimeUnit.MILLISECONDS)) rethrowWriterFailure();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        rethrowWriterFailure();
    }

    private void end() {
        if (ended) return;
        ended = true;
        try {
            inFlight.put(END);
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @SuppressWarnings("unchecked")
    private void drain(Consumer<R> consume) {
        while (true) {
            CompletableFuture<?> f;
            try {
                f = inFlight.take();
            } catch (InterruptedException e) {
                return;
            }
            if (f == END) return;
            // after a failure the rest is taken and dropped, so that the caller is never left waiting
            if (writerFailure != null) continue;
            try {
                consume.accept((R) f.get());
            } catch (ExecutionException e) {
                writerFailure = e.getCause();
            } catch (InterruptedException e) {
                writerFailure = e;
            } catch (RuntimeException | Error e) {
                writerFailure = e;
            }
        }
    }

    private void rethrowWriterFailure() {
        Throwable t = writerFailure;
        if (t instanceof RuntimeException r) throw r;
        if (t instanceof Error e) throw e;
        if (t != null) throw new IllegalStateException(t);
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);   // a run that fails must not be kept alive by its threads
            return t;
        };
    }
}
