package org.rankmeeting.whynot;

/**
 * Inserted by a probe rule: the rule it was made from would have fired had one condition been left out.
 *
 * @param condition the index of the condition in {@link ProbeRules#conditions()}
 * @param subject   the fact the condition was tested on (a letter, a contact, the case), or null for a whole element
 * @param vars      the rule's variables the condition reads, as name, value pairs
 */
public record Probe(int condition, Object subject, Object[] vars) {
}
