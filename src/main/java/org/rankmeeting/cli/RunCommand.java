package org.rankmeeting.cli;

import org.rankmeeting.engine.Engine;
import org.rankmeeting.engine.Meeting;
import org.rankmeeting.engine.World;
import org.rankmeeting.explain.BoardReport;
import org.rankmeeting.explain.ExpectationCheck;
import org.rankmeeting.scenario.LoadedScenario;
import org.rankmeeting.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

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

    @Override
    public Integer call() {
        List<LoadedScenario> loaded = new ArrayList<>();
        for (Path p : ScenarioInput.files(scenarios)) {
            loaded.add(ScenarioReader.read(p));
        }
        Engine engine = engineOptions.engine();
        StringBuilder out = new StringBuilder();
        boolean allMet = true;
        for (LoadedScenario s : loaded) {
            Meeting meeting = engine.run(new World(s.scenario()));
            List<ExpectationCheck.Result> checks = ExpectationCheck.check(meeting, engine);
            allMet &= checks.stream().allMatch(ExpectationCheck.Result::met);
            out.append(BoardReport.render(s.displayName(), meeting, checks, formatOption.format));
        }
        spec.commandLine().getOut().print(out);
        return allMet ? Main.OK : Main.EXPECTATION_FAILED;
    }
}
