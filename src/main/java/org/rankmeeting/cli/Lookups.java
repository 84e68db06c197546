package org.rankmeeting.cli;

import org.rankmeeting.BadInputException;
import org.rankmeeting.engine.World;
import org.rankmeeting.scenario.Applicant;
import org.rankmeeting.scenario.Coded;
import org.rankmeeting.scenario.Program;
import org.rankmeeting.scenario.Suggestions;
import org.rankmeeting.scenario.Tier;

import java.util.ArrayList;
import java.util.List;

/** Checks ids typed on the command line against the scenario, with "did you mean". */
final class Lookups {

    private Lookups() {
    }

    /** Nothing to check when {@code id} is null (the option was not given). */
    static void requireApplicant(World world, String id, String scenarioName) {
        if (id != null && world.applicant(id) == null) {
            throw new BadInputException("--applicant: no applicant '" + id + "' in " + scenarioName
                    + Suggestions.didYouMeanOrList(id, world.applicants().stream().map(Applicant::id).toList()));
        }
    }

    /** A tier a file can be lifted to, by its code ({@code upper-mid}); "not ranked" is no target. */
    static Tier rankedTier(String code) {
        List<String> codes = new ArrayList<>();
        for (Tier t : Tier.values()) {
            if (t.isRanked()) {
                codes.add(t.code());
            }
        }
        String given = Coded.normalise(code);
        for (Tier t : Tier.values()) {
            if (t.isRanked() && t.name().equals(given)) {
                return t;
            }
        }
        throw new BadInputException("--target: no tier '" + code + "'" + Suggestions.didYouMeanOrList(code, codes));
    }

    static void requireProgram(World world, String id, String scenarioName) {
        if (id != null && world.program(id) == null) {
            throw new BadInputException("--program: no program '" + id + "' in " + scenarioName
                    + Suggestions.didYouMeanOrList(id, world.programs().stream().map(Program::id).toList()));
        }
    }
}
