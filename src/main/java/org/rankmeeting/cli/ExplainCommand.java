package org.rankmeeting.cli;

import org.rankmeeting.engine.Meeting;
import org.rankmeeting.engine.ProgramBoard;
import org.rankmeeting.explain.Explanation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.rankmeeting.engine.Engine;
import org.rankmeeting.whynot.WhyNot;
import java.util.concurrent.Callable;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "The full reasoning for one applicant file: principal reasons, then every rule that fired.")
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "Scenario file.")
    Path scenario;

    @Option(names = "--applicant", required = true, paramLabel = "ID", description = "The applicant: id or name as the boards print it.")
    String applicant;

    @Option(names = "--program", paramLabel = "ID", description = "Only this program, by id or name (default: every program).")
    String program;

    @Option(names = "--why-not", description = "Also list, per program, each rule that would have lifted the file but "
            + "did not fire, with the one condition that failed and, for a comparison, by how much.")
    boolean whyNot;

    @Mixin
    EngineOptions engineOptions = new EngineOptions();

    @Mixin
    FormatOption formatOption = new FormatOption();

    @Override
    public Integer call() {
        ScenarioInput in = ScenarioInput.read(scenario);
        String applicantId = in.applicant(applicant);
        String programId = in.program(program);
        in.requireApplied(applicantId, programId);
        Engine engine = engineOptions.engine();
        Meeting meeting = engine.run(in.world());
        List<ProgramBoard> boards = programId == null ? meeting.boards() : List.of(meeting.board(programId));
        Map<String, List<WhyNot.Miss>> misses = null;
        if (whyNot) {
            misses = WhyNot.of(engine.rules()).at(in.world(), in.world().applicant(applicantId),
                    boards.stream().map(ProgramBoard::program).toList());
        }
        formatOption.print(spec, Explanation.render(boards, applicantId, formatOption.format, misses));
        return Main.OK;
    }
}
