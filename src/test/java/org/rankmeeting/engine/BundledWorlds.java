package org.rankmeeting.engine;

import org.rankmeeting.counterfactual.Action;
import org.rankmeeting.counterfactual.ActionCatalogue;
import org.rankmeeting.counterfactual.Counterfactual;
import org.rankmeeting.scenario.Applicant;
import org.rankmeeting.scenario.MatchFileReader;
import org.rankmeeting.scenario.ScenarioReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The worlds of every bundled scenario and of the counterfactual test scenarios (match files left out). */
public final class BundledWorlds {

    private BundledWorlds() {
    }

    public static List<World> withCounterfactualFixtures() throws IOException {
        List<World> out = new ArrayList<>();
        for (String dir : List.of("scenarios", "src/test/resources/counterfactual")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".yaml") && !MatchFileReader.isMatchFile(p)).sorted().toList()) {
                    out.add(new World(ScenarioReader.read(f).scenario()));
                }
            }
        }
        return out;
    }

    /** The file varied by each action of its counterfactual catalogue, one variant an action (actions that cannot apply left out). */
    public static List<Applicant> variants(World w, Applicant a) {
        List<Applicant> out = new ArrayList<>();
        for (Action action : ActionCatalogue.forApplicant(w, a)) {
            Applicant file = Counterfactual.apply(a, List.of(action));
            if (file != null) {
                out.add(file);
            }
        }
        return out;
    }
}
