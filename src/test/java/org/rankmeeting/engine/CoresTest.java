package org.rankmeeting.engine;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link Cores#map}: results in the items' order, the first failing item's error, maps inside maps. */
class CoresTest {

    @Test
    void resultsComeBackInTheOrderOfTheItemsWhicheverWorkerRanThem() {
        List<Integer> items = IntStream.range(0, 500).boxed().toList();
        List<Integer> squares = Cores.map(items, i -> {
            spin(i % 7);
            return i * i;
        });
        assertThat(squares).isEqualTo(items.stream().map(i -> i * i).toList());
    }

    @Test
    void theErrorReportedIsTheFirstFailingItemsAsALoopWouldReportIt() {
        List<Integer> items = IntStream.range(0, 64).boxed().toList();
        for (int round = 0; round < 20; round++) {
            assertThatThrownBy(() -> Cores.map(items, i -> {
                if (i == 41 || i == 17 || i == 60) {
                    throw new IllegalArgumentException("item " + i);
                }
                spin(64 - i);
                return i;
            })).isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("item 17");
        }
    }

    @Test
    void aMapInsideAMapRunsOnTheSameWorkersAndKeepsBothOrders() {
        List<Integer> outer = IntStream.range(0, 40).boxed().toList();
        List<List<Integer>> got = Cores.map(outer, o -> Cores.map(IntStream.range(0, o % 9).boxed().toList(), i -> {
            spin(i);
            return o * 100 + i;
        }));
        for (int o = 0; o < outer.size(); o++) {
            int k = o;
            assertThat(got.get(o)).isEqualTo(IntStream.range(0, o % 9).mapToObj(i -> k * 100 + i).toList());
        }
    }

    @Test
    void noItemsAndOneItemNeedNoWorker() {
        assertThat(Cores.map(List.<Integer>of(), i -> i)).isEmpty();
        assertThat(Cores.map(List.of(3), i -> Thread.currentThread())).containsExactly(Thread.currentThread());
    }

    /** Some work whose length varies with {@code n}, so items finish out of order. */
    private static void spin(int n) {
        long x = 0;
        for (int i = 0; i < n * 20_000; i++) {
            x += i ^ (x >>> 3);
        }
        if (x == 42) {
            throw new AssertionError("unreachable in practice");
        }
    }
}
