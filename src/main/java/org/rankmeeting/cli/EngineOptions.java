package org.rankmeeting.cli;

import org.rankmeeting.engine.Engine;
import org.rankmeeting.engine.RuleBase;
import org.rankmeeting.output.Format;
import org.rankmeeting.output.Wrap;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

import java.io.File;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import java.nio.file.Path;

/** Options every engine-running command shares. */
final class EngineOptions {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Folder of .drl rule files (default: ./rules when present, else the rules bundled in the jar).")
    Path rules;

    @Option(names = {"-v", "--verbose"}, description = "Log every rule firing to standard error.")
    boolean verbose;

    Engine engine() {
        return new Engine(RuleBase.load(rules), verbose);
    }
}

/** The --format option, and the width text output is folded to. */
final class FormatOption {

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format = Format.TEXT;

    @Mixin
    WidthOption width = new WidthOption();

    /** Prints a rendered report: text folded to the width, JSON and markdown as they are. */
    void print(CommandSpec spec, String rendered) {
        spec.commandLine().getOut().print(format == Format.TEXT ? width.fold(rendered) : rendered);
    }

    /** What {@link #print} does to text before printing it, with the width settled once. */
    UnaryOperator<String> textFold() {
        return width.folding();
    }
}

/**
 * The --width option: text lines are folded at spaces to the terminal's width, or 100 columns when the output is
 * not a terminal; nothing is ever cut. {@code -Drankmeeting.width=N} sets the default (0: do not fold).
 */
final class WidthOption {

    @Option(names = "--width", paramLabel = "COLUMNS",
            description = "Fold text lines to this many columns (default: the terminal's width, or 100 when not a terminal; 0: do not fold).")
    Integer columns;

    String fold(String text) {
        return Wrap.text(text, columns != null ? columns : defaultWidth());
    }

    /** {@link #fold}, the width asked for once (the terminal is not asked again for every piece folded). */
    UnaryOperator<String> folding() {
        int width = columns != null ? columns : defaultWidth();
        return text -> Wrap.text(text, width);
    }

    static int defaultWidth() {
        String setting = System.getProperty("rankmeeting.width", "");
        if (setting.matches("\\d+")) {
            return Integer.parseInt(setting);
        }
        if (System.console() == null) {
            return Wrap.NOT_A_TERMINAL;
        }
        String columns = System.getenv("COLUMNS");
        if (columns != null && columns.matches("\\d+") && Integer.parseInt(columns) > 0) {
            return Integer.parseInt(columns);
        }
        return terminalWidth();
    }

    /** Asks the terminal ({@code stty size}); 100 when it cannot say. */
    private static int terminalWidth() {
        try {
            Process stty = new ProcessBuilder("stty", "size").redirectInput(ProcessBuilder.Redirect.from(new File("/dev/tty")))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String answer = new String(stty.getInputStream().readAllBytes()).trim();
            if (stty.waitFor(2, TimeUnit.SECONDS) && answer.matches("\\d+ \\d+")) {
                int cols = Integer.parseInt(answer.split(" ")[1]);
                return cols > 0 ? cols : Wrap.NOT_A_TERMINAL;
            }
        } catch (IOException e) {
            // no stty or no terminal: the default below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Wrap.NOT_A_TERMINAL;
    }
}
