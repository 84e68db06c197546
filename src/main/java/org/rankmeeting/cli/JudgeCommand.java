package org.rankmeeting.cli;

import org.rankmeeting.engine.RuleBase;
import org.rankmeeting.engine.World;
import org.rankmeeting.judge.Judge;
import org.rankmeeting.judge.JudgeReport;
import org.rankmeeting.scenario.Program;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "judge", mixinStandardHelpOptions = true,
        description = {"Judge each program the way an applicant can, from its public signals (programs[].signals): "
                + "a score out of 100 from graduate outcomes, board pass rates, SOAP history, leadership and visa "
                + "handling, the red flags, the interview-day reading and a category: strategically IMG-friendly, "
                + "dependent but stable or desperate for bodies.",
                "Independent of the category the program's profile declares; a signal not recorded is scored neutral."})
final class JudgeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", arity = "1..*", description = "Scenario files (.yaml, .yml, .json) or folders of them.")
    List<Path> scenarios;

    @Option(names = "--program", paramLabel = "ID", description = "Only this program, by id or name (default: every program).")
    String program;

    @Mixin
    EngineOptions engineOptions = new EngineOptions();

    @Mixin
    FormatOption formatOption = new FormatOption();

    @Override
    public Integer call() {
        List<ScenarioInput> loaded = new ArrayList<>();
        List<String> programIds = new ArrayList<>();
        for (Path p : ScenarioInput.files(scenarios)) {
            ScenarioInput in = ScenarioInput.read(p);
            programIds.add(in.program(program));
            loaded.add(in);
        }
        Judge judge = new Judge(RuleBase.load(engineOptions.rules), engineOptions.verbose);
        List<JudgeReport.Section> sections = new ArrayList<>();
        for (int i = 0; i < loaded.size(); i++) {
            World world = loaded.get(i).world();
            List<Program> programs = program == null ? world.programs() : List.of(world.program(programIds.get(i)));
            sections.add(new JudgeReport.Section(loaded.get(i).displayName(), world.scenario().title(),
                    judge.judge(world, programs)));
        }
        formatOption.print(spec, JudgeReport.render(sections, formatOption.format));
        return Main.OK;
    }
}
