package org.rankmeeting.counterfactual;

import org.rankmeeting.scenario.Variant;

/**
 * One thing an applicant could actually do, as an edit of their file, with an effort cost.
 *
 * @param id          short and unique: {@code sub-i@riverside-im}, {@code step2+10}, {@code alum:dr-okafor}
 * @param group       actions of one group are variations of one move (Step 2 +5 or +10; coaching to adequate or
 *                    to strong): at most one of a group is taken, and answers that differ only within a group are
 *                    not shown side by side
 * @param description what to do, in plain words
 * @param cost        effort points (see {@link ActionCatalogue} for the scale)
 * @param edits       the change to the file, in the language of scenario variants
 */
public record Action(String id, String group, String description, int cost, Variant edits) {
}
