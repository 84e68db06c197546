package org.rankmeeting.engine;

import org.rankmeeting.scenario.Applicant;
import org.rankmeeting.scenario.Program;
import org.rankmeeting.scenario.Region;
import org.rankmeeting.scenario.School;
import org.rankmeeting.scenario.Writer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Builds the {@link Case} facts: resolves ids and the program's look-ups, and nothing more. */
final class CaseFactory {

    private final World world;

    CaseFactory(World world) {
        this.world = world;
    }

    /** The meeting's state when this file comes up: visa seats still free and whether the list looks thin. */
    record MeetingState(int visaSeatsLeft, String visaSeatsTakenBy, boolean listThin, String listState) {
        static final MeetingState OPENING = new MeetingState(Integer.MAX_VALUE, "", false, "");
    }

    Case build(int id, Applicant a, Program p, MeetingState state) {
        School school = world.school(a.school());
        Region region = world.region(school.region());
        Case c = new Case(id, a, p, school, region == null ? null : region.perception(), world.cycle());

        for (Program.PastResident r : p.history()) {
            if (!Objects.equals(r.school(), school.id()) || r.outcome() == null) {
                continue;
            }
            switch (r.outcome()) {
                case STRONG -> c.historyStrong++;
                case SOLID -> c.historySolid++;
                case AVERAGE -> c.historyAverage++;
                case WEAK -> {
                    c.historyWeak++;
                    if (r.note() != null) {
                        c.historyWeakNotes = c.historyWeakNotes.isEmpty() ? r.note() : c.historyWeakNotes + "; " + r.note();
                    }
                }
            }
        }
        Lookups look = lookups(p);
        c.regionAvoided = school.region() != null && look.avoiding().contains(school.region());
        for (Program.Familiarity f : p.familiarCountries()) {
            if (f.country() != null && f.country().equalsIgnoreCase(c.getCountry())) {
                c.familiarityVia = f.via() == null ? "a faculty member knows the country" : f.via();
            }
        }
        for (Program.Respected r : p.respectedSchools()) {
            if (Objects.equals(r.school(), school.id())) {
                c.respectedVia = r.via() == null ? "respected by reputation" : r.via();
            }
        }
        Applicant.Visa visa = c.getVisa();
        c.sponsorsVisa = !visa.needsSponsorship() || look.sponsors().contains(visa);
        Program.VisaBudget budget = p.visas().get(visa);
        if (visa.needsSponsorship() && budget != null && budget.budget() != null) {
            c.visaBudget = budget.budget();
            c.visaCommitted = budget.committed() == null ? 0 : budget.committed();
            c.visaSeatsLeft = Math.min(state.visaSeatsLeft(), c.visaBudget - c.visaCommitted);
            c.visaSeatsTakenBy = state.visaSeatsTakenBy();
        }
        c.listThin = state.listThin();
        c.listState = state.listState();

        c.letters = letters(id, a, look);
        c.rotations = rotations(id, a, p, look);
        c.research = research(id, a, look);
        c.people = people(id, p, school);
        c.contacts = contacts(id, a, p, school);
        c.advocacy = advocacy(id, a, p);
        return c;
    }

    /**
     * A program's look-ups of writers and people, worked out once per program rather than once per file: its trust
     * lists, the writers who recommended residents that turned out strong or solid, and the ids of its people.
     */
    private record Lookups(Set<String> redFlag, Set<String> ignored, Set<String> trusted, Set<String> sentSolid,
                           Set<String> people, Set<String> avoiding, Set<Applicant.Visa> sponsors, Set<String> alumniSites) {

        static Lookups of(Program p) {
            Program.WriterLists lists = p.letterWriters();
            Set<String> sentSolid = new HashSet<>();
            for (Program.PastResident r : p.history()) {
                if (r.recommendedBy() != null && (r.outcome() == Program.PastResident.Outcome.STRONG
                        || r.outcome() == Program.PastResident.Outcome.SOLID)) {
                    sentSolid.add(r.recommendedBy());
                }
            }
            Set<String> people = new HashSet<>();
            p.people().forEach(person -> people.add(person.id()));
            Set<Applicant.Visa> sponsors = java.util.EnumSet.noneOf(Applicant.Visa.class);
            if (p.screens() != null) {
                for (Applicant.Visa v : p.screens().sponsors()) {
                    if (v != null) {
                        sponsors.add(v);
                    }
                }
            }
            return new Lookups(lists == null ? Set.of() : new HashSet<>(lists.redFlag()),
                    lists == null ? Set.of() : new HashSet<>(lists.ignored()),
                    lists == null ? Set.of() : new HashSet<>(lists.trusted()), sentSolid, people,
                    new HashSet<>(p.avoidingRegions()), sponsors, new HashSet<>(p.alumniSites()));
        }
    }

    private final Map<Program, Lookups> lookups = new IdentityHashMap<>();

    private Lookups lookups(Program p) {
        return lookups.computeIfAbsent(p, Lookups::of);
    }

    private static Views.Trust trust(Lookups l, String writerId) {
        if (writerId == null) {
            return Views.Trust.UNLISTED;
        }
        if (l.redFlag().contains(writerId)) {
            return Views.Trust.RED_FLAG;
        }
        if (l.ignored().contains(writerId)) {
            return Views.Trust.IGNORED;
        }
        return l.trusted().contains(writerId) ? Views.Trust.TRUSTED : Views.Trust.UNLISTED;
    }

    private static boolean sentSolidResidents(Lookups l, String writerId) {
        return writerId != null && l.sentSolid().contains(writerId);
    }

    private static boolean isPersonOf(Lookups l, String id) {
        return id != null && l.people().contains(id);
    }

    private List<Views.LetterView> letters(int id, Applicant a, Lookups look) {
        List<Views.LetterView> out = new ArrayList<>();
        for (Applicant.Letter l : a.letters()) {
            Writer w = world.writer(l.writer());
            out.add(new Views.LetterView(id, l.writer(), w == null ? l.writer() : w.displayName(),
                    w == null ? null : w.role(), w != null && w.isUs(), trust(look, l.writer()),
                    l.strength() == null ? Applicant.Letter.Strength.GOOD : l.strength(),
                    l.style() == null ? Applicant.Letter.Style.DETAILED : l.style(),
                    sentSolidResidents(look, l.writer()), isPersonOf(look, l.writer())));
        }
        // U1/L: a rotation that ends with a letter is a letter from that writer. One entry, counted once: a writer
        // who is also listed under letters is read from there (the letter's own strength and style), not twice.
        for (Applicant.Rotation r : a.usce()) {
            if (r.letter() == null || r.letter() == Applicant.Rotation.LetterQuality.NONE) {
                continue;
            }
            boolean listed = r.writer() != null && a.letters().stream().anyMatch(l -> r.writer().equals(l.writer()));
            boolean counted = r.writer() != null && out.stream().anyMatch(l -> r.writer().equals(l.writerId()));
            if (listed || counted) {
                continue;
            }
            Writer w = r.writer() == null ? null : world.writer(r.writer());
            String name = w != null ? w.displayName() : "the supervising attending at " + r.site();
            out.add(new Views.LetterView(id, r.writer(), name, w == null ? null : w.role(), w == null || w.isUs(), trust(look, r.writer()),
                    r.letter() == Applicant.Rotation.LetterQuality.STRONG ? Applicant.Letter.Strength.STRONG : Applicant.Letter.Strength.GOOD,
                    r.letter() == Applicant.Rotation.LetterQuality.GENERIC ? Applicant.Letter.Style.GENERIC : Applicant.Letter.Style.DETAILED,
                    sentSolidResidents(look, r.writer()), isPersonOf(look, r.writer())));
        }
        return List.copyOf(out);
    }

    private List<Views.RotationView> rotations(int id, Applicant a, Program p, Lookups look) {
        List<Views.RotationView> out = new ArrayList<>();
        for (Applicant.Rotation r : a.usce()) {
            boolean writerKnown = r.writer() != null
                    && (trust(look, r.writer()) == Views.Trust.TRUSTED || sentSolidResidents(look, r.writer()));
            out.add(new Views.RotationView(id, r.kind(), r.site(), r.weeks() == null ? 0 : r.weeks(),
                    r.letter() == null ? Applicant.Rotation.LetterQuality.NONE : r.letter(), r.writer(),
                    p.id().equals(r.site()), r.site() != null && look.alumniSites().contains(r.site()), writerKnown));
        }
        return List.copyOf(out);
    }

    private List<Views.ResearchView> research(int id, Applicant a, Lookups look) {
        List<Views.ResearchView> out = new ArrayList<>();
        for (Applicant.Research r : a.research()) {
            Writer pi = world.writer(r.pi());
            boolean recognised = r.pi() != null
                    && (trust(look, r.pi()) == Views.Trust.TRUSTED || sentSolidResidents(look, r.pi()));
            boolean strongLetter = r.pi() != null && a.letters().stream()
                    .anyMatch(l -> r.pi().equals(l.writer()) && l.strength() == Applicant.Letter.Strength.STRONG);
            out.add(new Views.ResearchView(id, r.kind(), r.months() == null ? 0 : r.months(),
                    pi == null ? "no named PI" : pi.displayName(), pi != null && pi.isUs(), recognised, strongLetter));
        }
        return List.copyOf(out);
    }

    private List<Views.PersonView> people(int id, Program p, School school) {
        List<Views.PersonView> out = new ArrayList<>();
        for (Program.Person person : p.people()) {
            int years = person.since() == null ? 0 : Math.max(0, world.cycle() - person.since());
            out.add(new Views.PersonView(id, person.id(), person.displayName(), person.role(),
                    person.record() == null ? Program.Person.Record.UNTESTED : person.record(),
                    person.viewOfSchool(), // A1: no stated view is no view (null), never "solid" by default
                    Objects.equals(person.school(), school.id()), years));
        }
        return List.copyOf(out);
    }

    private List<Views.ContactView> contacts(int id, Applicant a, Program p, School school) {
        List<Views.ContactView> out = new ArrayList<>();
        for (Applicant.Contact contact : a.contacts()) {
            Program.Person person = world.person(contact.person());
            if (person == null) {
                continue;
            }
            Program home = world.programOf(contact.person());
            out.add(new Views.ContactView(id, person.id(), person.displayName(), person.role(),
                    person.record() == null ? Program.Person.Record.UNTESTED : person.record(),
                    home != null && home.id().equals(p.id()), Objects.equals(person.school(), school.id()),
                    contact.relationship() == null ? Applicant.Contact.Relationship.MET : contact.relationship(),
                    contact.said(), Boolean.TRUE.equals(contact.mentionedAtInterview())));
        }
        return List.copyOf(out);
    }

    private List<Views.AdvocacyView> advocacy(int id, Applicant a, Program p) {
        List<Views.AdvocacyView> out = new ArrayList<>();
        for (Applicant.Advocacy adv : a.lateAdvocacy()) {
            Program home = world.programOf(adv.person());
            Program.Person person = world.person(adv.person());
            if (person != null && home != null && home.id().equals(p.id())) {
                out.add(new Views.AdvocacyView(id, person.id(), person.displayName(), person.role(),
                        adv.says() == null ? "I know this applicant" : adv.says()));
            }
        }
        return List.copyOf(out);
    }
}
