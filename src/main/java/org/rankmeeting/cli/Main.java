package org.rankmeeting.cli;

import org.rankmeeting.BadInputException;
import org.rankmeeting.scenario.Suggestions;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * The {@code rank-meeting} command line. Exit codes: 0 ok, 1 an expectation failed, 2 bad input (including no or an
 * unknown command), 3 out of memory.
 */
@Command(name = "rank-meeting", mixinStandardHelpOptions = true, version = "rank-meeting 0.1.0",
        description = "A simulated residency rank meeting: program-director heuristics as Drools rules, "
                + "run over scenario files of applicants and programs.",
        footer = {"", "Exit codes: 0 ok, 1 an expectation failed, 2 bad input, 3 out of memory."})
public final class Main implements Callable<Integer> {

    public static final int OK = 0;
    public static final int EXPECTATION_FAILED = 1;
    public static final int BAD_INPUT = 2;
    public static final int OUT_OF_MEMORY = 3;

    /**
     * The commands, in the order the help lists them. Only the command named on the command line is built (picocli
     * reflects over every option of every command it is given, a tenth of a second of a cold start); with no known
     * command first, all are, for the help and the "did you mean".
     */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> c = new LinkedHashMap<>();
        c.put("run", RunCommand::new);
        c.put("explain", ExplainCommand::new);
        c.put("whatif", WhatIfCommand::new);
        c.put("counterfactual", CounterfactualCommand::new);
        c.put("match", MatchCommand::new);
        c.put("simulate", SimulateCommand::new);
        c.put("judge", JudgeCommand::new);
        c.put("validate", ValidateCommand::new);
        c.put("rules", RulesCommand::new);
        c.put("bench", BenchCommand::new);
        c.put("bench-match", MatchBenchCommand::new);
        c.put("serve", ServeCommand::new);
        c.put("report", ReportCommand::new);
        c.put("schema", SchemaCommand::new);
        c.put("bench-studio", StudioBenchCommand::new);
        c.put("help", CommandLine.HelpCommand::new);
        return c;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** No command given: the help, on standard error, and exit 2 (nothing was done). */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return BAD_INPUT;
    }

    public static void main(String[] args) {
        if (Arrays.asList(args).contains("-v") || Arrays.asList(args).contains("--verbose")) {
            System.setProperty("rankmeeting.log", "DEBUG");
        }
        RuleBaseAhead.start(args);
        PrintWriter err = new PrintWriter(System.err, true);
        int code;
        try {
            code = execute(new PrintWriter(System.out, true), err, args);
        } catch (OutOfMemoryError e) {
            code = outOfMemory(err);
        }
        System.exit(code);
    }

    /** Runs the command line with the given writers; what tests and {@link #main} both call. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        String named = args.length > 0 ? args[0] : "";
        if (COMMANDS.containsKey(named) && !named.equals("help")) {
            cli.addSubcommand(named, COMMANDS.get(named).get());
        } else {
            COMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(Main::usageError);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof BadInputException bad) {
                commandLine.getErr().println(bad.getMessage());
                commandLine.getErr().flush();
                return BAD_INPUT;
            }
            if (cause(ex, OutOfMemoryError.class) != null) {
                return outOfMemory(commandLine.getErr());
            }
            throw ex;
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            code = outOfMemory(err);
        }
        out.flush();
        err.flush();
        return code;
    }

    /** One line, no stack trace: how much heap the JVM had and how to give it more. */
    static int outOfMemory(PrintWriter err) {
        long maxMiB = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        err.println("out of memory: the JVM's heap (at most " + maxMiB + " MiB) is too small for this input; "
                + "give it more with -Xmx, e.g. java -Xmx4g -jar target/rank-meeting.jar ...");
        err.flush();
        return OUT_OF_MEMORY;
    }

    /**
     * A word where a command is expected is an unknown command (with a "did you mean"); other usage errors are
     * picocli's message and the help of the command concerned.
     */
    private static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine where = ex.getCommandLine();
        PrintWriter err = where.getErr();
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched && where.getParent() == null
                && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")
                && where.getParseResult() != null && where.getParseResult().subcommand() == null) {
            String typed = unmatched.getUnmatched().get(0);
            List<String> commands = new ArrayList<>(where.getSubcommands().keySet());
            err.println("unknown command '" + typed + "'" + Suggestions.didYouMeanOrList(typed, commands));
            err.println("Run 'rank-meeting --help' for what each command does.");
        } else {
            err.println(ex.getMessage() + enumSuggestion(ex));
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
                where.usage(err);
            }
        }
        err.flush();
        return BAD_INPUT;
    }

    /** For a mistyped value of an option that takes one of a few words ({@code --format jsno}): the closest word. */
    private static String enumSuggestion(CommandLine.ParameterException ex) {
        if (ex.getArgSpec() == null || ex.getValue() == null || !ex.getArgSpec().type().isEnum()) {
            return "";
        }
        List<String> words = new ArrayList<>();
        for (Object constant : ex.getArgSpec().type().getEnumConstants()) {
            words.add(((Enum<?>) constant).name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
        return Suggestions.didYouMean(ex.getValue().toLowerCase(java.util.Locale.ROOT), words);
    }

    private static <T extends Throwable> T cause(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }
}
