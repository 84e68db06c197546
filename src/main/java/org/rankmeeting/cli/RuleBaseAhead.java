package org.rankmeeting.cli;

import org.rankmeeting.engine.RuleBase;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Cold start on two cores: the rule base a command is going to need is loaded on a second thread while picocli
 * parses the command line and the command reads and checks its scenario, instead of after them. The command's own
 * {@link RuleBase#load} then finds it loaded, or waits for the load under way (one load per folder and process).
 * Nothing is said from here: a load that fails (a rules folder that does not compile, one that is not there) is
 * forgotten, and the command's own load reports it as it always does.
 */
final class RuleBaseAhead {

    /** The commands that always load the rule base (their {@code --rules DIR} option, or the default rules). */
    static final Set<String> COMMANDS = Set.of("run", "explain", "whatif", "counterfactual", "judge", "report",
            "simulate", "serve", "rules");

    private RuleBaseAhead() {
    }

    /**
     * Starts loading the rules the command line names, when its command is one that will load them; the loading
     * thread (a daemon: it never keeps the process alive), or null when there is nothing to load.
     */
    static Thread start(String... args) {
        if (!worthLoading(args)) {
            return null;
        }
        String folder = rulesFolder(List.of(args));
        Thread loader = new Thread(() -> {
            try {
                RuleBase base = RuleBase.load(folder == null ? null : Path.of(folder));
                base.warmUp();
            } catch (RuntimeException | Error e) {
                // the command's own load reports it
            }
        }, "rule-base-ahead");
        loader.setDaemon(true);
        loader.start();
        return loader;
    }

    /** A command that loads rules, and not a request for its help or the version. */
    static boolean worthLoading(String... args) {
        if (args.length == 0 || !COMMANDS.contains(args[0])) {
            return false;
        }
        for (String a : args) {
            if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) {
                return false;
            }
        }
        return true;
    }

    /** The folder of {@code --rules DIR} or {@code --rules=DIR}, or null for the default rules. */
    static String rulesFolder(List<String> args) {
        String folder = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--rules") && i + 1 < args.size()) {
                folder = args.get(++i);
            } else if (a.startsWith("--rules=")) {
                folder = a.substring("--rules=".length());
            }
        }
        return folder;
    }
}
