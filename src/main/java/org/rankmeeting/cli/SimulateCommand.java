package org.rankmeeting.cli;

import org.rankmeeting.BadInputException;
import org.rankmeeting.engine.Engine;
import org.rankmeeting.engine.HeuristicsOff;
import org.rankmeeting.engine.ProgramBoard;
import org.rankmeeting.engine.World;
import org.rankmeeting.explain.Explanation;
import org.rankmeeting.national.Cohort;
import org.rankmeeting.national.CohortSource;
import org.rankmeeting.national.cohort.CohortGenerator;
import org.rankmeeting.national.NationalCycle;
import org.rankmeeting.national.Replications;
import org.rankmeeting.national.Simulation;
import org.rankmeeting.studio.SimulationPage;
import org.rankmeeting.national.SimulationReport;
import org.rankmeeting.scenario.Applicant;
import org.rankmeeting.scenario.Program;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"A national Main Match cycle: every program runs its rank meeting through the rules on the files "
                + "sent to it, makes its list from the tiers; applicants rank the programs that interviewed them; the "
                + "Match with couples; SOAP. Prints each group's match rate beside the NRMP's 2025 rate, the fill "
                + "rate and SOAP.",
                "A progress bar goes to standard error when it is a terminal."})
final class SimulateCommand implements Callable<Integer> {

    /** The largest scale accepted: twice a national Match. */
    static final double MAX_SCALE = 2.0;

    @Spec
    CommandSpec spec;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed of the cohort (default: ${DEFAULT-VALUE}); replication i uses seed + i.")
    long seed;

    @Option(names = "--scale", paramLabel = "X", defaultValue = "1.0",
            description = "Size of the cohort: 1.0 a national Main Match, 0.1 a tenth of it (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--replications", paramLabel = "N", defaultValue = "1",
            description = "Independent cohorts (seeds seed, seed+1, ...): mean and 95%% interval per group (default: ${DEFAULT-VALUE}).")
    int replications;

    @Option(names = "--without", paramLabel = "IDS",
            description = {"Heuristics switched off at every program: ids or family letters, comma-separated (A,K7). Repeatable."})
    List<String> without = new ArrayList<>();

    @Option(names = "--compare", description = "Run each cohort with every heuristic and --without, side by side with the change per group.")
    boolean compare;

    @Option(names = "--report", paramLabel = "FILE.html", description = "Also write an HTML report with charts (inline SVG, nothing fetched).")
    Path report;

    @Option(names = "--explain", paramLabel = "APPLICANT",
            description = "Instead of the cycle: one file's full explanation at the programs it was sent to (or --program), "
                    + "recomputed by running those programs' meetings of the cohort.")
    String explain;

    @Option(names = "--program", paramLabel = "ID", description = "With --explain: only this program.")
    String program;

    @Mixin
    EngineOptions engineOptions = new EngineOptions();

    @Mixin
    FormatOption formatOption = new FormatOption();

    /** Where the cohort comes from: the synthetic Main Match built from the NRMP 2025 figures (national.cohort). */
    static CohortSource cohorts() {
        return new CohortGenerator();
    }

    @Override
    public Integer call() {
        if (!(scale > 0 && scale <= MAX_SCALE)) {
            throw new BadInputException("--scale: expected more than 0 and at most " + MAX_SCALE + ", got " + scale);
        }
        if (replications < 1) {
            throw new BadInputException("--replications: expected 1 or more, got " + replications);
        }
        if (compare && without.isEmpty()) {
            throw new BadInputException("--compare: compares with --without; name the heuristics to switch off (--without A)");
        }
        for (String w : without) {
            if (w.contains(":")) {
                throw new BadInputException("--without " + w + ": simulate switches heuristics off at every program, "
                        + "not at one; give ids or family letters only");
            }
        }
        Engine engine = engineOptions.engine();
        HeuristicsOff off = without.isEmpty() ? HeuristicsOff.NONE : HeuristicsOff.parse(without, engine.rules(), List.of());
        if (explain != null) {
            return explain(off.isEmpty() ? engine : engine.without(off));
        }
        long t0 = System.nanoTime();
        List<Replications.Replication> runs = new ArrayList<>();
        Replications tasks = new Replications(cohorts(), engine, off, compare);
        for (long s : Replications.seeds(seed, replications)) {
            String prefix = replications > 1 ? "replication " + (s - seed + 1) + "/" + replications + ": " : "";
            runs.add(tasks.run(s, scale, TerminalProgress.forTerminal(prefix)));
        }
        Simulation sim = new Simulation(runs.get(0).baseline().cohort(), seed, scale, List.copyOf(without), compare, List.copyOf(runs),
                (System.nanoTime() - t0) / 1e9);
        if (report != null) {
            Reports.write("--report", report, SimulationPage.render(sim));
        }
        formatOption.print(spec, SimulationReport.render(sim, formatOption.format));
        return Main.OK;
    }

    private int explain(Engine engine) {
        Cohort cohort = cohorts().generate(seed, scale);
        World world = cohort.world();
        ScenarioInput in = new ScenarioInput(null, world);
        String applicantId = in.applicant(explain);
        String programId = in.program(program);
        in.requireApplied(applicantId, programId);
        Applicant a = world.applicant(applicantId);
        NationalCycle cycle = new NationalCycle(engine);
        List<ProgramBoard> boards = new ArrayList<>();
        for (Program p : world.programsAppliedTo(a)) {
            if (programId == null || p.id().equals(programId)) {
                boards.add(cycle.board(world, p.id()));
            }
        }
        String group = formatOption.format == org.rankmeeting.output.Format.JSON ? ""
                : "Group: " + cohort.group(applicantId).label() + "\n\n";
        formatOption.print(spec, group + Explanation.render(boards, applicantId, formatOption.format));
        return Main.OK;
    }
}
