package org.rankmeeting.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.rankmeeting.national.Progress;

/**
 * A progress bar on standard error (me.tongfei:progressbar), one per phase of a long run; nothing at all when the
 * command is not run at a terminal (output redirected, a test, a script).
 */
final class TerminalProgress implements Progress {

    private final String prefix;
    private ProgressBar bar;

    private TerminalProgress(String prefix) {
        this.prefix = prefix;
    }

    /** A bar when standard input and output are a terminal, else {@link Progress#NONE}. */
    static Progress forTerminal(String prefix) {
        return System.console() == null ? Progress.NONE : new TerminalProgress(prefix);
    }

    @Override
    public synchronized void begin(String phase, long steps) {
        end();
        bar = new ProgressBarBuilder().setTaskName(prefix + phase).setInitialMax(steps).setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250).setConsumer(new ConsoleProgressBarConsumer(System.err, WidthOption.defaultWidth()))
                .clearDisplayOnFinish().build();
    }

    @Override
    public void step() {
        ProgressBar b = bar;
        if (b != null) {
            b.step();
        }
    }

    @Override
    public synchronized void end() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
