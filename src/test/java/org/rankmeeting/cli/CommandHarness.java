package org.rankmeeting.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Runs the command line in-process and captures both streams; shows both when an assertion fails. Text output is
 * not folded to a width here (so assertions can quote whole lines); {@code --width} turns folding on for a test.
 */
record CommandHarness(int exitCode, String out, String err) {

    static {
        System.setProperty("rankmeeting.width", "0");
    }

    static CommandHarness run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new CommandHarness(code, out.toString(), err.toString());
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
    }
}
