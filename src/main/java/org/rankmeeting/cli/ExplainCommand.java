package org.rankmeeting.cli;

import org.rankmeeting.engine.Meeting;
import org.rankmeeting.engine.ProgramBoard;
import org.rankmeeting.engine.World;
import org.rankmeeting.explain.Explanation;
import org.rankmeeting.scenario.LoadedScenario;
import org.rankmeeting.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "The full reasoning for one applicant file: principal reasons, then every rule that fired.")
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "Scenario file.")
    Path scenario;

    @Option(names = "--applicant", required = true, paramLabel = "ID", description = "The applicant's id.")
    String applicant;

    @Option(names = "--program", paramLabel = "ID", description = "Only this program (default: every program).")
    String program;

    @Mixin
    EngineOptions engineOptions = new EngineOptions();

    @Mixin
    FormatOption formatOption = new FormatOption();

    @Override
    public Integer call() {
        LoadedScenario s = ScenarioReader.read(scenario);
        World world = new World(s.scenario());
        Lookups.requireApplicant(world, applicant, s.displayName());
        Lookups.requireProgram(world, program, s.displayName());
        Meeting meeting = engineOptions.engine().run(world);
        List<ProgramBoard> boards = program == null ? meeting.boards() : List.of(meeting.board(program));
        spec.commandLine().getOut().print(Explanation.render(boards, applicant, formatOption.format));
        return Main.OK;
    }
}
