package org.rankmeeting.whatif;

import org.rankmeeting.engine.Evidence;

/** One explanation line that appeared, disappeared or changed between the baseline and the variant. */
public record ReasonChange(Kind kind, Evidence before, Evidence after) {

    public enum Kind {
        APPEARED("+"), DISAPPEARED("-"), CHANGED("~");

        private final String mark;

        Kind(String mark) {
            this.mark = mark;
        }

        public String mark() {
            return mark;
        }
    }

    /** The line as it stands now (after), or as it stood (before) when it disappeared. */
    public Evidence line() {
        return after != null ? after : before;
    }
}
