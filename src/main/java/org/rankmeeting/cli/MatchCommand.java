package org.rankmeeting.cli;

import org.rankmeeting.engine.Meeting;
import org.rankmeeting.judge.Judge;
import org.rankmeeting.match.DeferredAcceptance;
import org.rankmeeting.match.TraceStep;
import org.rankmeeting.matchday.MatchDay;
import org.rankmeeting.matchday.MatchDayReport;
import org.rankmeeting.matchday.PlainMatch;
import org.rankmeeting.matchday.PlainMatchReport;
import org.rankmeeting.scenario.MatchFileReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "match", mixinStandardHelpOptions = true,
        description = {"The Match (applicant-proposing deferred acceptance with couples).",
                "On a match file (programs' rankList written as lists): the lists as written, the result and the "
                        + "file's expectations (exit 1 when one fails).",
                "On a scenario: from rank night to Match day - programs' rank lists from the meeting's tiers, applicants' "
                        + "lists (given, or derived from judging the programs and the applicant's preferences), the Match, "
                        + "SOAP for the positions left, and for each applicant what one tier more at a program they "
                        + "preferred would have done."})
final class MatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Match file or scenario file.")
    Path file;

    @Option(names = "--trace", description = "Every step of the Match as the NRMP explains it: who applies where, "
            + "who is tentatively matched, who is bumped and why, couples' withdrawals, repair rounds.")
    boolean trace;

    @Mixin
    EngineOptions engineOptions = new EngineOptions();

    @Mixin
    FormatOption formatOption = new FormatOption();

    @Override
    public Integer call() {
        if (MatchFileReader.isMatchFile(file)) {
            MatchFileReader.Loaded loaded = MatchFileReader.read(file);
            PlainMatch.Outcome outcome = PlainMatch.run(loaded.file(), trace);
            formatOption.print(spec, PlainMatchReport.render(loaded.displayName(), outcome, formatOption.format));
            return outcome.allMet() ? Main.OK : Main.EXPECTATION_FAILED;
        }
        ScenarioInput in = ScenarioInput.read(file);
        var engine = engineOptions.engine();
        Meeting meeting = engine.run(in.world());
        MatchDay.Outcome outcome = MatchDay.run(meeting, new Judge(engine.rules()).judgeAll(in.world()));
        List<TraceStep> steps = new ArrayList<>();
        if (trace) {
            new DeferredAcceptance().trace(outcome.input(), steps::add);
        }
        formatOption.print(spec, MatchDayReport.render(in.displayName(), outcome, formatOption.format, steps));
        return Main.OK;
    }
}
