package org.rankmeeting.whynot;

import org.rankmeeting.engine.ProbeRun;

/**
 * Inserted by a probe rule: the rule it was made from would have fired had one condition been left out.
 *
 * @param caseId    the case the probe matched
 * @param condition the index of the condition in {@link ProbeRules#conditions()}
 * @param subject   the fact the condition was tested on (a letter, a contact, the case), or null for a whole element
 * @param vars      the rule's variables the condition reads, as name, value pairs
 */
public record Probe(int caseId, int condition, Object subject, Object[] vars) implements ProbeRun.OfCase {
}
