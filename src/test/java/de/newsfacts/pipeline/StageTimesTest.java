package de.newsfacts.pipeline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StageTimesTest {

    @Test
    void addsTheTimeSinceTheLastClockReadingToTheStage() {
        StageTimes times = new StageTimes();
        long start = StageTimes.now();
        long spin = 0;
        while (StageTimes.now() - start < 5_000_000) {
            spin++;
        }
        long end = times.add(StageTimes.Stage.DATES, start);
        assertThat(spin).isPositive();
        assertThat(times.nanos(StageTimes.Stage.DATES)).isEqualTo(end - start).isGreaterThanOrEqualTo(5_000_000);
        assertThat(times.nanos(StageTimes.Stage.ENTITIES)).isZero();
    }

    @Test
    void sumsOverThreadsAndStartsAgainAfterReset() throws InterruptedException {
        StageTimes times = new StageTimes();
        Runnable work = () -> {
            long start = StageTimes.now();
            while (StageTimes.now() - start < 2_000_000) {
                Thread.onSpinWait();
            }
            times.add(StageTimes.Stage.QUOTES, start);
        };
        Thread a = new Thread(work);
        Thread b = new Thread(work);
        a.start();
        b.start();
        a.join();
        b.join();
        assertThat(times.nanos(StageTimes.Stage.QUOTES)).isGreaterThanOrEqualTo(4_000_000);
        times.reset();
        assertThat(times.nanos(StageTimes.Stage.QUOTES)).isZero();
    }

    @Test
    void summaryNamesEveryStageAndTheExtractorsSum() {
        StageTimes times = new StageTimes();
        times.add(StageTimes.Stage.ENTITIES, StageTimes.now() - 1_500_000_000L);
        times.add(StageTimes.Stage.QUOTES, StageTimes.now() - 500_000_000L);
        assertThat(times.summary())
                .startsWith("CPU seconds by stage: read, normalize, structure 0.00, entities 1.50, dates 0.00, "
                        + "quantities 0.00, quotes 0.50, all extractors 2.0");
    }
}
