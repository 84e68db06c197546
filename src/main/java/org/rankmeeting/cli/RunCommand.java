package org.rankmeeting.cli;

import org.rankmeeting.engine.Engine;
import org.rankmeeting.engine.HeuristicsOff;
import org.rankmeeting.engine.Meeting;
import org.rankmeeting.engine.World;
import org.rankmeeting.explain.BoardReport;
import org.rankmeeting.expectations.ExpectationCheck;
import org.rankmeeting.scenario.LoadedScenario;
import org.rankmeeting.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run every applicant past every program and print each program's tier board.",
                "Checks the scenario's expectations: exit 1 when one fails."})
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", arity = "1..*", description = "Scenario files (.yaml, .yml, .json) or folders of them.")
    List<Path> scenarios;

    @Mixin
    EngineOptions engineOptions = new EngineOptions();

    @Mixin
    FormatOption formatOption = new FormatOption();

    @Option(names = "--without", paramLabel = "[PROGRAM:]IDS",
            description = {"Run with heuristics switched off: ids or family letters, comma-separated (A,K7),",
                    "at every program, or at one program with PROGRAM: in front (riverside-im:T3). Repeatable."})
    List<String> without = new ArrayList<>();

    @Override
    public Integer call() {
        List<LoadedScenario> loaded = new ArrayList<>();
        for (Path p : ScenarioInput.files(scenarios, false)) {
            loaded.add(ScenarioReader.read(p));
        }
        Engine engine = engineOptions.engine();
        if (!without.isEmpty()) {
            Set<String> programs = new LinkedHashSet<>();
            loaded.forEach(s -> s.scenario().programs().forEach(p -> programs.add(p.id())));
            engine = engine.without(HeuristicsOff.parse(without, engine.rules(), programs));
        }
        // Every scenario is run and rendered before anything is printed (a scenario that fails leaves no output), but
        // the reports are written piece by piece, not joined into one string first.
        List<BoardReport.Rendered> reports = new ArrayList<>();
        UnaryOperator<String> fold = formatOption.textFold();
        boolean allMet = true;
        for (LoadedScenario s : loaded) {
            Meeting meeting = engine.run(new World(s.scenario()));
            List<ExpectationCheck.Result> checks = ExpectationCheck.check(meeting, engine);
            allMet &= checks.stream().allMatch(ExpectationCheck.Result::met);
            reports.add(BoardReport.report(s.displayName(), meeting, checks, formatOption.format, fold));
        }
        PrintWriter out = spec.commandLine().getOut();
        reports.forEach(r -> r.writeTo(out));
        return allMet ? Main.OK : Main.EXPECTATION_FAILED;
    }
}
