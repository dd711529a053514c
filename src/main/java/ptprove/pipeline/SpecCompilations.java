package ptprove.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import ptprove.elaborate.Configurations;

/**
 * The specs of a run compiled on up to {@code threads} threads at once, each result handed over in input order.
 * Every spec is parsed and checked even when its spec-level cache entry answers it, so on a warm run the front
 * end is most of the work, and it is independent per spec (a file several specs import is parsed once:
 * {@link ptprove.syntax.ParsedFiles} is shared and thread-safe). A result does not depend on the threads; the
 * caller sees them in the order of the inputs, so nothing a user sees does either. With one thread a spec is
 * compiled only when asked for, exactly as a plain loop would.
 */
final class SpecCompilations implements AutoCloseable {
    /** Compiles one spec; called on a pool thread. */
    interface Task {
        CompiledSpec compile(SpecInput in) throws Configurations.BadSelection;
    }

    private final List<SpecInput> inputs;
    private final Task task;
    private final ExecutorService pool;
    private final List<Future<CompiledSpec>> futures = new ArrayList<>();

    SpecCompilations(List<SpecInput> inputs, int threads, Task task) {
        this.inputs = List.copyOf(inputs);
        this.task = task;
        this.pool = threads > 1 ? Executors.newFixedThreadPool(threads, daemonThreads()) : null;
        if (pool != null) for (SpecInput in : this.inputs) futures.add(pool.submit(() -> task.compile(in)));
    }

    /** The {@code i}th spec compiled, waiting for it if need be; its failure is rethrown as it was thrown. */
    CompiledSpec get(int i) throws Configurations.BadSelection {
        if (pool == null) return task.compile(inputs.get(i));
        try {
            return futures.get(i).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while compiling " + inputs.get(i).display(), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Configurations.BadSelection b) throw b;
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException("compiling " + inputs.get(i).display(), cause);
        }
    }

    /** Stops the compilations no one asked for (a refused run). */
    @Override
    public void close() {
        if (pool != null) pool.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "ptprove-compile-pool-" + count.incrementAndGet());
            t.setDaemon(true); // a refused run must not wait for specs it will not show
            return t;
        };
    }
}
