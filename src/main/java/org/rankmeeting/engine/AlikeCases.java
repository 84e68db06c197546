package org.rankmeeting.engine;

import org.rankmeeting.scenario.Applicant;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the rules can tell apart in a case: two cases with the same key come out of the rules with the same stage,
 * bucket, tier, score, order key and the same rules firing in the same order; only the wording of the evidence (which
 * writer, person, site or PI it names) can differ.
 *
 * <p>Why that holds: the rules read the ids of writers, people and sites (a letter's writer, a contact's person, a
 * rotation's site, the subject an evidence line is about) only to compare them with each other, and read names only
 * to print them (checked over {@code rules/*.drl}: no id or name is compared with a literal, ordered or searched).
 * So the key keeps the file as it is except its parts, and the parts as the program sees them with every name blanked
 * and every id renamed by its first appearance (the first id met is {@code #0}, the next new one {@code #1}, ...): two
 * cases with the same key differ by a one-to-one renaming of ids, which no equality test can see, and their parts go
 * into the session in the same order. A counterfactual search asks for many such cases: a strong letter from any of
 * twenty writers a program does not know reads the same there.
 */
final class AlikeCases {

    private static final String[] NAMES = new String[64];

    static {
        for (int i = 0; i < NAMES.length; i++) {
            NAMES[i] = "#" + i;
        }
    }

    private AlikeCases() {
    }

    /** The file without its parts, the program, the meeting's state and the parts renamed; its hash worked out once. */
    static final class Key {
        private final Applicant file;
        private final String program;
        private final CaseFactory.MeetingState state;
        private final List<Object> parts;
        private final int hash;

        Key(Applicant file, String program, CaseFactory.MeetingState state, List<Object> parts) {
            this.file = file;
            this.program = program;
            this.state = state;
            this.parts = parts;
            this.hash = Objects.hash(file, program, state, parts);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && k.program.equals(program) && k.parts.equals(parts)
                    && k.state.equals(state) && k.file.equals(file);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** The key of case {@code c}, built in {@code state}. */
    static Key of(Case c, CaseFactory.MeetingState state) {
        Applicant a = c.applicant();
        Applicant withoutParts = new Applicant(a.id(), a.name(), a.school(), a.graduationYear(), a.gapYears(), a.step2(),
                a.visa(), List.of(), List.of(), List.of(), a.interview(), a.transcript(), List.of(), List.of(),
                a.localTies(), a.rankList(), a.preferences(), a.applications());
        List<String> ids = new ArrayList<>();
        List<Object> parts = new ArrayList<>();
        for (Object part : c.parts()) {
            parts.add(renamed(part, ids));
        }
        return new Key(withoutParts, c.getProgramId(), state, parts);
    }

    /** The part with case id 0, names blanked and ids renamed; a kind of part not known here keeps its case id, so it
     *  is never alike another case's. */
    private static Object renamed(Object part, List<String> ids) {
        if (part instanceof Views.LetterView l) {
            return new Views.LetterView(0, id(l.writerId(), ids), "", l.writerRole(), l.writerUs(), l.trust(),
                    l.strength(), l.style(), l.writerSentSolidResidents(), l.writerAtThisProgram());
        }
        if (part instanceof Views.RotationView r) {
            return new Views.RotationView(0, r.kind(), id(r.site(), ids), r.weeks(), r.letter(), id(r.writerId(), ids),
                    r.atThisProgram(), r.atAlumniSite(), r.writerKnown());
        }
        if (part instanceof Views.ResearchView r) {
            return new Views.ResearchView(0, r.kind(), r.months(), "", r.piUs(), r.piRecognised(), r.piLetterStrong());
        }
        if (part instanceof Views.PersonView p) {
            return new Views.PersonView(0, id(p.id(), ids), "", p.role(), p.record(), p.viewOfSchool(), p.sameSchool(),
                    p.yearsInRole());
        }
        if (part instanceof Views.ContactView k) {
            return new Views.ContactView(0, id(k.personId(), ids), "", k.role(), k.trackRecord(), k.atThisProgram(),
                    k.sameSchool(), k.relationship(), k.said(), k.mentionedAtInterview());
        }
        if (part instanceof Views.AdvocacyView v) {
            return new Views.AdvocacyView(0, id(v.personId(), ids), "", v.role(), v.says());
        }
        return part;
    }

    /** The id's new name: its place among the ids met so far (a case has a few dozen at most). */
    private static String id(String id, List<String> ids) {
        if (id == null) {
            return null;
        }
        int at = ids.indexOf(id);
        if (at < 0) {
            at = ids.size();
            ids.add(id);
        }
        return at < NAMES.length ? NAMES[at] : "#" + at;
    }
}
