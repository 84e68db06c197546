package org.rankmeeting.cli;

import org.rankmeeting.engine.Engine;
import org.rankmeeting.engine.RuleBase;
import org.rankmeeting.output.Format;
import picocli.CommandLine.Option;

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

/** The --format option. */
final class FormatOption {

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format = Format.TEXT;
}
