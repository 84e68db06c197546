package org.rankmeeting;

import java.util.List;

/**
 * Input the tool cannot use: a scenario file, a rule file or a command-line value.
 * The message is complete and meant for the user as it is (file:line:col: field: what was expected);
 * the command line prints it without a stack trace and exits with code 2.
 */
public class BadInputException extends RuntimeException {

    private final List<String> problems;

    public BadInputException(String message) {
        this(List.of(message));
    }

    public BadInputException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
        this.problems = List.of(message);
    }

    public List<String> problems() {
        return problems;
    }
}
