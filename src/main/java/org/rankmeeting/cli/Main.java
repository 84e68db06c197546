package org.rankmeeting.cli;

import org.rankmeeting.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.Arrays;

/** The {@code rank-meeting} command line. Exit codes: 0 ok, 1 an expectation failed, 2 bad input. */
@Command(name = "rank-meeting", mixinStandardHelpOptions = true, version = "rank-meeting 0.1.0",
        description = "A simulated residency rank meeting: program-director heuristics as Drools rules, "
                + "run over scenario files of applicants and programs.",
        subcommands = {RunCommand.class, ExplainCommand.class, WhatIfCommand.class, CounterfactualCommand.class,
                MatchCommand.class, JudgeCommand.class, ValidateCommand.class, RulesCommand.class, BenchCommand.class,
                MatchBenchCommand.class, ServeCommand.class, ReportCommand.class, SchemaCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int EXPECTATION_FAILED = 1;
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        if (Arrays.asList(args).contains("-v") || Arrays.asList(args).contains("--verbose")) {
            System.setProperty("rankmeeting.log", "DEBUG");
        }
        int code = execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
        System.exit(code);
    }

    /** Runs the command line with the given writers; what tests and {@link #main} both call. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof BadInputException bad) {
                commandLine.getErr().println(bad.getMessage());
                commandLine.getErr().flush();
                return BAD_INPUT;
            }
            throw ex;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
