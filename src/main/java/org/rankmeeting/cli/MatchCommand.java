package org.rankmeeting.cli;

import org.rankmeeting.engine.Meeting;
import org.rankmeeting.judge.Judge;
import org.rankmeeting.matchday.MatchDay;
import org.rankmeeting.matchday.MatchDayReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "match", mixinStandardHelpOptions = true,
        description = {"From rank night to Match day: programs' rank lists from the meeting's tiers, applicants' lists "
                + "(given, or derived from judging the programs and the applicant's preferences), the Match "
                + "(applicant-proposing deferred acceptance with couples), SOAP for the positions left, and for "
                + "each applicant what one tier more at a program they preferred would have done."})
final class MatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "Scenario file.")
    Path scenario;

    @Mixin
    EngineOptions engineOptions = new EngineOptions();

    @Mixin
    FormatOption formatOption = new FormatOption();

    @Override
    public Integer call() {
        ScenarioInput in = ScenarioInput.read(scenario);
        var engine = engineOptions.engine();
        Meeting meeting = engine.run(in.world());
        MatchDay.Outcome outcome = MatchDay.run(meeting, new Judge(engine.rules()).judgeAll(in.world()));
        formatOption.print(spec, MatchDayReport.render(in.displayName(), outcome, formatOption.format));
        return Main.OK;
    }
}
