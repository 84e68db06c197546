package org.rankmeeting.cli;

import org.rankmeeting.BadInputException;
import org.rankmeeting.engine.RuleBase;
import org.rankmeeting.engine.World;
import org.rankmeeting.judge.Judge;
import org.rankmeeting.judge.JudgeReport;
import org.rankmeeting.scenario.LoadedScenario;
import org.rankmeeting.scenario.Program;
import org.rankmeeting.scenario.ScenarioReader;
import org.rankmeeting.scenario.Suggestions;
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

    @Parameters(paramLabel = "SCENARIO", arity = "1..*", description = "Scenario files (.yaml, .yml, .json).")
    List<Path> scenarios;

    @Option(names = "--program", paramLabel = "ID", description = "Only this program (default: every program).")
    String program;

    @Mixin
    EngineOptions engineOptions = new EngineOptions();

    @Mixin
    FormatOption formatOption = new FormatOption();

    @Override
    public Integer call() {
        List<LoadedScenario> loaded = new ArrayList<>();
        for (Path p : scenarios) {
            LoadedScenario s = ScenarioReader.read(p);
            List<String> ids = s.scenario().programs().stream().map(Program::id).toList();
            if (program != null && !ids.contains(program)) {
                throw new BadInputException("--program: no program '" + program + "' in " + s.displayName()
                        + Suggestions.didYouMeanOrList(program, ids));
            }
            loaded.add(s);
        }
        Judge judge = new Judge(RuleBase.load(engineOptions.rules), engineOptions.verbose);
        List<JudgeReport.Section> sections = new ArrayList<>();
        for (LoadedScenario s : loaded) {
            World world = new World(s.scenario());
            List<Program> programs = program == null ? world.programs() : List.of(world.program(program));
            sections.add(new JudgeReport.Section(s.displayName(), s.scenario().title(), judge.judge(world, programs)));
        }
        spec.commandLine().getOut().print(JudgeReport.render(sections, formatOption.format));
        return Main.OK;
    }
}
