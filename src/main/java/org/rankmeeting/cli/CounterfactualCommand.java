package org.rankmeeting.cli;

import org.rankmeeting.counterfactual.Counterfactual;
import org.rankmeeting.counterfactual.CounterfactualReport;
import org.rankmeeting.scenario.Tier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

@Command(name = "counterfactual", mixinStandardHelpOptions = true,
        description = {"The smallest sets of realistic changes that would lift an applicant, found by running the "
                + "engine on every combination of actions within the bound (every single action, pairs of the 16 and "
                + "triples of the 8 that do most alone), each placed at every program; the cheapest answer and the "
                + "one that gains most come first; each answer is checked by running the whole meeting again.",
                "Each answer shows its effect at every program (a loss elsewhere counts against it), what it takes "
                + "(weeks, money, visa step, by when), fragile tier lines, and why the rules that would help did not fire.",
                "Also prints the best next step: the single action that gains the most over all programs."})
final class CounterfactualCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "Scenario file.")
    Path scenario;

    @Option(names = "--applicant", required = true, paramLabel = "ID", description = "The applicant: id or name as the boards print it.")
    String applicant;

    @Option(names = "--program", paramLabel = "ID", description = "One program, by id or name (default: summed over all programs).")
    String program;

    @Option(names = "--target", paramLabel = "TIER",
            description = "Tier to reach: mid-low, mid, upper-mid, rank-to-match (default: one tier up).")
    String target;

    @Option(names = "--top", paramLabel = "N", defaultValue = "3", description = "How many answers (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--by", paramLabel = "DATE",
            description = "As of this date (YYYY-MM-DD): leave out what can no longer be done in time this cycle (default: the scenario's asOf, when it has one).")
    String by;

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
        Tier tier = target == null ? null : ScenarioInput.rankedTier(target);
        if (top < 1) {
            throw new org.rankmeeting.BadInputException("--top: expected 1 or more, got " + top);
        }
        LocalDate asOf = null;
        if (by != null) {
            try {
                asOf = LocalDate.parse(by);
            } catch (DateTimeParseException e) {
                throw new org.rankmeeting.BadInputException("--by: expected a date as YYYY-MM-DD, got '" + by + "'");
            }
        }
        Counterfactual.Outcome outcome = new Counterfactual(engineOptions.engine())
                .search(in.world(), new Counterfactual.Request(applicantId, programId, tier, top, asOf));
        formatOption.print(spec, CounterfactualReport.render(outcome, formatOption.format));
        return Main.OK;
    }
}
