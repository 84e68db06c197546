/**
 * The Match: applicant-proposing deferred acceptance with couples (the Roth–Peranson design the NRMP
 * uses), an independent stability checker, and the Supplemental Offer and Acceptance Program (SOAP).
 *
 * <p>This package is a pure algorithm layer: it knows nothing about Drools, scenarios or tiers. Callers
 * build a {@link org.rankmeeting.match.MatchInput} of rank lists (ids only), run
 * {@link org.rankmeeting.match.DeferredAcceptance#run(MatchInput)}, and may feed what stayed open into
 * {@link org.rankmeeting.match.Soap}. Every output list has a fixed order (documented on each record), so
 * the same input always gives the same output.
 */
package org.rankmeeting.match;
