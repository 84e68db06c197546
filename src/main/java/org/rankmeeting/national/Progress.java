package org.rankmeeting.national;

/** Where a long run has got: told when a phase starts with how many steps it has, and after each step. */
public interface Progress {

    /** Says nothing. */
    Progress NONE = new Progress() {
        @Override
        public void begin(String phase, long steps) {
        }

        @Override
        public void step() {
        }

        @Override
        public void end() {
        }
    };

    void begin(String phase, long steps);

    /** One step done; called from any thread. */
    void step();

    void end();
}
