package org.rankmeeting.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Work spread over every core: the programs of a meeting, the sessions of a program. A pool of its own with one
 * worker per core, rather than the common pool, whose workers number one fewer than the cores because it counts on
 * the calling thread to work too: there, a caller that joins a parallel stream parks as soon as the last task it
 * could take runs elsewhere, and a program's serial work between its passes (sorting, the visa pass) left the other
 * core idle. Here a caller outside the pool only waits (it holds no core), and a worker that waits for a task another
 * took runs queued work meanwhile (the fork/join pool's helping join, or a spare worker it starts), so one program's
 * serial stretches overlap other programs' sessions.
 * <p>
 * Results come back in the order of the items whatever thread did each, so nothing downstream depends on how the
 * work was shared out; a failure is the one the first failing item gives, as a loop over the items would report.
 */
public final class Cores {

    /** Workers: one per core. */
    static final int COUNT = Runtime.getRuntime().availableProcessors();

    private static final AtomicInteger NAMES = new AtomicInteger();

    private static final ForkJoinPool POOL = new ForkJoinPool(COUNT, pool -> {
        ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
        t.setName("meeting-" + NAMES.incrementAndGet());
        return t;
    }, null, false);

    private Cores() {
    }

    /** {@code f} of every item, in the items' order; on the pool's workers when there is more than one item and core. */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> f) {
        int n = items.size();
        if (n <= 1 || COUNT <= 1) {
            List<R> out = new ArrayList<>(n);
            items.forEach(item -> out.add(f.apply(item)));
            return out;
        }
        Object[] out = new Object[n];
        Each<T> all = new Each<>(items, f, out, new Failure(), 0, n);
        if (ForkJoinTask.getPool() == POOL) {
            all.invoke(); // already on a worker (a program's sessions inside the programs' map): split here
        } else {
            POOL.invoke(all);
        }
        all.failure.rethrow();
        @SuppressWarnings("unchecked")
        List<R> results = (List<R>) Arrays.asList(out);
        return results;
    }

    /** The first failing item's failure (the lowest index), so that the error reported does not depend on timing. */
    private static final class Failure {
        private int at = Integer.MAX_VALUE;
        private Throwable error;

        synchronized void record(int index, Throwable t) {
            if (index < at) {
                at = index;
                error = t;
            }
        }

        /** Whether an item before {@code index} has failed already (so that item need not run). */
        synchronized boolean before(int index) {
            return at < index;
        }

        synchronized void rethrow() {
            if (error instanceof RuntimeException e) {
                throw e;
            }
            if (error instanceof Error e) {
                throw e;
            }
            if (error != null) {
                throw new IllegalStateException(error);
            }
        }
    }

    /** Items {@code from} to {@code to}: halves forked until one is left, so an idle worker steals the larger halves. */
    private static final class Each<T> extends RecursiveAction {
        private final List<T> items;
        private final Function<? super T, ?> f;
        private final Object[] out;
        private final Failure failure;
        private final int from;
        private final int to;

        Each(List<T> items, Function<? super T, ?> f, Object[] out, Failure failure, int from, int to) {
            this.items = items;
            this.f = f;
            this.out = out;
            this.failure = failure;
            this.from = from;
            this.to = to;
        }

        @Override
        protected void compute() {
            if (to - from == 1) {
                if (failure.before(from)) {
                    return;
                }
                try {
                    out[from] = f.apply(items.get(from));
                } catch (RuntimeException | Error e) {
                    failure.record(from, e);
                }
                return;
            }
            int mid = (from + to) >>> 1;
            invokeAll(new Each<>(items, f, out, failure, from, mid), new Each<>(items, f, out, failure, mid, to));
        }
    }
}
