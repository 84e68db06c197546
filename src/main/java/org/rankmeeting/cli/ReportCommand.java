package org.rankmeeting.cli;

import org.rankmeeting.engine.Engine;
import org.rankmeeting.engine.Meeting;
import org.rankmeeting.engine.World;
import org.rankmeeting.judge.Judge;
import org.rankmeeting.matchday.MatchDay;
import org.rankmeeting.scenario.LoadedScenario;
import org.rankmeeting.scenario.ScenarioReader;
import org.rankmeeting.studio.StaticReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the board, every explanation and the Match of a scenario as one self-contained HTML file "
                + "(inline style and pictures, no script, nothing fetched), for sharing or projecting without a server.")
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "Scenario file.")
    Path scenario;

    @Option(names = "--out", required = true, paramLabel = "FILE.html", description = "The HTML file to write.")
    Path out;

    @Mixin
    EngineOptions engineOptions = new EngineOptions();

    @Override
    public Integer call() {
        LoadedScenario s = ScenarioReader.read(scenario);
        Engine engine = engineOptions.engine();
        Meeting meeting = engine.run(new World(s.scenario()));
        MatchDay.Outcome match = MatchDay.run(meeting, new Judge(engine.rules()).judgeAll(meeting.world()));
        Reports.write(out, StaticReport.render(s.displayName(), meeting, org.rankmeeting.expectations.ExpectationCheck.check(meeting, engine), match));
        spec.commandLine().getOut().println("wrote " + out);
        return Main.OK;
    }
}
