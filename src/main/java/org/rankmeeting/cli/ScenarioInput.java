package org.rankmeeting.cli;

import org.rankmeeting.BadInputException;
import org.rankmeeting.engine.World;
import org.rankmeeting.scenario.Applicant;
import org.rankmeeting.scenario.Coded;
import org.rankmeeting.scenario.LoadedScenario;
import org.rankmeeting.scenario.Program;
import org.rankmeeting.scenario.MatchFileReader;
import org.rankmeeting.scenario.ScenarioReader;
import org.rankmeeting.scenario.Suggestions;
import org.rankmeeting.scenario.Tier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What every scenario command starts with: the file read and checked, the world built from it, and the
 * applicant and program named on the command line looked up in it. An applicant or program may be named by its
 * id or by the name the boards print (any case; the part before a bracket is enough when it is unique).
 */
record ScenarioInput(LoadedScenario loaded, World world) {

    static ScenarioInput read(Path file) {
        LoadedScenario loaded = ScenarioReader.read(file);
        return new ScenarioInput(loaded, new World(loaded.scenario()));
    }

    /**
     * The files given, a folder standing for the scenario files directly inside it, in name order; match files
     * in a folder (see {@link MatchFileReader}) are left out, as they hold no meeting, unless
     * {@code withMatchFiles}.
     */
    static List<Path> files(List<Path> given, boolean withMatchFiles) {
        List<Path> out = new ArrayList<>();
        for (Path p : given) {
            if (!Files.isDirectory(p)) {
                out.add(p);
                continue;
            }
            try (Stream<Path> inside = Files.list(p)) {
                List<Path> found = inside.filter(f -> Files.isRegularFile(f)
                        && ScenarioReader.Format.forFileName(f.getFileName().toString()).isPresent()
                        && (withMatchFiles || !MatchFileReader.isMatchFile(f))).sorted().toList();
                if (found.isEmpty()) {
                    throw new BadInputException(p + ": is a folder with no scenario files (.yaml, .yml, .json) in it");
                }
                out.addAll(found);
            } catch (IOException e) {
                throw new BadInputException(p + ": cannot list the folder (" + e.getMessage() + ")");
            }
        }
        return out;
    }

    String displayName() {
        return loaded != null ? loaded.displayName() : world.scenario().title();
    }

    /** The id of the applicant named by {@code typed} (id or name), or null when the option was not given. */
    String applicant(String typed) {
        return resolve("--applicant", "applicant", typed, world.applicants(), Applicant::id, Applicant::displayName);
    }

    /** The id of the program named by {@code typed} (id or name), or null when the option was not given. */
    String program(String typed) {
        return resolve("--program", "program", typed, world.programs(), Program::id, Program::displayName);
    }

    /**
     * Refuses a program the applicant's file was not sent to (its {@code applications} leave it out): that meeting
     * never saw the file, so there is nothing to explain, vary or search there.
     */
    void requireApplied(String applicantId, String programId) {
        if (applicantId == null || programId == null) {
            return;
        }
        Applicant a = world.applicant(applicantId);
        Program p = world.program(programId);
        if (!world.appliedTo(a, p)) {
            List<String> sent = world.programsAppliedTo(a).stream().map(Program::id).toList();
            throw new BadInputException("--program: " + a.displayName() + " [" + a.id() + "] did not apply to "
                    + p.displayName() + " [" + p.id() + "], so its meeting never saw the file; the file's applications: "
                    + (sent.isEmpty() ? "none" : String.join(", ", sent)));
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

    private <T> String resolve(String option, String kind, String typed, List<T> items, Function<T, String> id,
                               Function<T, String> name) {
        if (typed == null) {
            return null;
        }
        String wanted = typed.strip();
        List<String> byName = new ArrayList<>();
        List<String> byShortName = new ArrayList<>();
        for (T item : items) {
            if (id.apply(item).equals(wanted)) {
                return wanted;
            }
            String full = name.apply(item);
            if (full.equalsIgnoreCase(wanted)) {
                byName.add(id.apply(item));
            } else if (shortName(full).equalsIgnoreCase(wanted)) {
                byShortName.add(id.apply(item));
            }
        }
        List<String> matches = byName.isEmpty() ? byShortName : byName;
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.size() > 1) {
            throw new BadInputException(option + ": '" + typed + "' names " + matches.size() + " " + kind + "s in "
                    + displayName() + " (" + Suggestions.list(matches) + "); give the id");
        }
        List<String> ids = items.stream().map(id).toList();
        throw new BadInputException(option + ": no " + kind + " '" + typed + "' in " + displayName()
                + Suggestions.didYouMeanOrList(typed.toLowerCase(Locale.ROOT), ids));
    }

    /** "Amara (unknown school)" is also "Amara". */
    private static String shortName(String name) {
        int bracket = name.indexOf(" (");
        return bracket < 0 ? name : name.substring(0, bracket).strip();
    }
}
