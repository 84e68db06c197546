package org.rankmeeting.match;

import java.util.List;
import java.util.Map;

/**
 * One step of the Match as the NRMP explains it, for {@code match --trace} and the studio's animation.
 *
 * @param step     1, 2, ... in the order the matcher did them
 * @param event    {@code apply} (a single tries a program), {@code apply-pair} (a couple tries a pair),
 *                 {@code withdraw} (a couple takes a partner out because the other was bumped),
 *                 {@code exhausted} (nothing left on the list: unmatched for now), {@code repair} (a repair
 *                 round sends a blocker back to the entry it prefers)
 * @param applicant the single applicant, or {@code null} for a couple's step
 * @param couple    the couple, or {@code null}
 * @param program   the program tried (for a pair: {@code null}; see {@code pair})
 * @param pair      the pair a couple tried, or {@code null}
 * @param choice    the position on the list of what was tried (1 = first choice), 0 when none
 * @param result    {@code tentative} (held, a position was free), {@code bumps} (held, someone less wanted let go),
 *                  {@code refused}, or {@code null} for events that are not applications
 * @param bumped    who was let go to make room, or {@code null}
 * @param text      the step in words, with the ranks that decided it
 * @param held      after the step, whom each program it touched holds, most wanted first
 */
public record TraceStep(int step, String event, String applicant, String couple, String program, ProgramPair pair,
                        int choice, String result, String bumped, String text, Map<String, List<String>> held) {}
