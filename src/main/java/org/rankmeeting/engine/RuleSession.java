package org.rankmeeting.engine;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.drools.core.common.InternalFactHandle;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.ConsequenceException;
import org.rankmeeting.BadInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one way rules are run, for the meeting and the judging alike: one session per batch of subjects, each stage
 * of the rule set focused once (the agenda's focus stack holds them in order, so every subject finishes a stage before
 * any starts the next), what the rules insert of the result type collected per subject, a firing budget per subject,
 * and rule failures turned into bad input naming the rule and the subject.
 *
 * @param <S> the subject fact (a file at a program, a program)
 * @param <R> the result fact the rules insert (evidence, findings)
 */
public final class RuleSession<S, R> {

    private static final Logger LOG = LoggerFactory.getLogger(RuleSession.class);

    private final RuleBase rules;
    private final RuleSet set;
    private final Class<S> subjectType;
    private final Function<S, String> describe;
    private final Function<S, List<?>> parts;
    private final Class<R> resultType;
    private final Function<R, Object> resultKey;
    private final boolean traceFirings;
    private final AgendaFilter filter;
    /** The rule set's stages that have rules in this rule base (an empty stage has no agenda group to focus). */
    private final List<String> stages;
    /** Sessions of the rule base, reused: a disposed session goes back to the pool reset. */
    private final KieSessionsPool pool;

    /**
     * @param describe  names a subject in messages: "applicant 'a' at program 'p'"
     * @param parts     facts inserted with each subject (its parts, carrying the subject's key), so rules join them
     *                  through an index rather than walk the subject's collections with {@code from}
     * @param resultKey the subject key of a result, the same as {@link #run}'s {@code subjectKey} gives its subject
     * @param filter    keeps matches from firing (heuristics switched off), or null
     */
    public RuleSession(RuleBase rules, RuleSet set, Class<S> subjectType, Function<S, String> describe,
                       Function<S, List<?>> parts, Class<R> resultType, Function<R, Object> resultKey, boolean traceFirings, AgendaFilter filter) {
        this.rules = rules;
        this.set = set;
        this.subjectType = subjectType;
        this.describe = describe;
        this.parts = parts;
        this.resultType = resultType;
        this.resultKey = resultKey;
        this.traceFirings = traceFirings;
        this.filter = filter;
        Set<String> used = new HashSet<>();
        rules.rules().forEach(r -> used.add(r.stage()));
        this.stages = set.stages().stream().filter(used::contains).toList();
        this.pool = rules.sessionPool();
    }

    /** Whether the rule base has any rule in this rule set's stages. */
    public boolean hasRules() {
        return !stages.isEmpty();
    }

    /**
     * Runs the subjects in one session; the results of each subject in the order they were inserted. Sessions come
     * from a pool (a session given back is reset, keeping its node memories), and the results are read from the
     * session once the rules have settled rather than through a listener on every insert.
     */
    public Map<Object, List<R>> run(List<S> subjects) {
        Map<Object, List<R>> found = new HashMap<>();
        if (subjects.isEmpty()) {
            return found;
        }
        KieSession session = pool.newKieSession();
        rules.prepare(session);
        AgendaEventListener trace = traceFirings ? new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                LOG.debug("fired {} on {}", event.getMatch().getRule().getName(), event.getMatch().getObjects());
            }
        } : null;
        try {
            if (trace != null) {
                session.addEventListener(trace);
            }
            for (S s : subjects) {
                insert(session, s);
            }
            focusStages(session, stages);
            int limit = set.maxFiringsPerSubject() * subjects.size();
            int fired = filter == null ? session.fireAllRules(limit) : session.fireAllRules(filter, limit);
            if (fired >= limit) {
                throw loopError(subjects.get(0));
            }
            // Rules only ever insert results (none is deleted), so the session's results in handle order are the
            // results in the order they were inserted.
            for (Object o : inHandleOrder(session.getFactHandles(new ClassObjectFilter(resultType)))) {
                R r = resultType.cast(o);
                found.computeIfAbsent(resultKey.apply(r), k -> new ArrayList<>()).add(r);
            }
        } catch (ConsequenceException e) {
            throw ruleFailure(e);
        } finally {
            if (trace != null) {
                session.removeEventListener(trace);
            }
            session.dispose();
        }
        return found;
    }

    /**
     * The objects of {@code handles} in the order of their handle ids. A session numbers its handles one after the
     * other, so the ids of one session lie in a short range: each object goes straight to its slot (no sort).
     */
    static List<Object> inHandleOrder(java.util.Collection<? extends FactHandle> found) {
        List<InternalFactHandle> handles = new ArrayList<>();
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (FactHandle h : found) {
            InternalFactHandle ih = (InternalFactHandle) h;
            handles.add(ih);
            min = Math.min(min, ih.getId());
            max = Math.max(max, ih.getId());
        }
        List<Object> out = new ArrayList<>(handles.size());
        if (handles.isEmpty()) {
            return out;
        }
        if (max - min >= 64L * handles.size()) {
            // Ids far apart (not expected of one session): sort instead.
            handles.sort(Comparator.comparingLong(InternalFactHandle::getId));
            handles.forEach(h -> out.add(h.getObject()));
            return out;
        }
        Object[] slots = new Object[(int) (max - min + 1)];
        for (InternalFactHandle h : handles) {
            slots[(int) (h.getId() - min)] = h.getObject();
        }
        for (Object o : slots) {
            if (o != null) {
                out.add(o);
            }
        }
        return out;
    }

    private void insert(KieSession session, S subject) {
        insertWithParts(session, subject, parts.apply(subject));
    }

    /**
     * Inserts a subject after its parts. The parts go in last to first: the order their matches then fire in is the
     * order the rules gave when they walked the subject's lists with {@code from} (later items first), so a rule that
     * names one of several matching parts names the same one.
     */
    static void insertWithParts(KieSession session, Object subject, List<?> parts) {
        for (int i = parts.size() - 1; i >= 0; i--) {
            session.insert(parts.get(i));
        }
        session.insert(subject);
    }

    /**
     * Puts the first stage on top of the session's focus stack and the last at the bottom, so each is focused once;
     * a stage with no rules in this rule base is passed over.
     */
    static void focusStages(KieSession session, List<String> stages) {
        for (int i = stages.size() - 1; i >= 0; i--) {
            var group = session.getAgenda().getAgendaGroup(stages.get(i));
            if (group != null) {
                group.setFocus();
            }
        }
    }

    private BadInputException ruleFailure(ConsequenceException e) {
        String rule = e.getMatch() == null ? "?" : e.getMatch().getRule().getName();
        String subject = e.getMatch() == null ? "" : e.getMatch().getObjects().stream()
                .filter(subjectType::isInstance).map(o -> " for " + describe.apply(subjectType.cast(o)))
                .findFirst().orElse("");
        Throwable cause = e.getCause() == null ? e : e.getCause();
        return new BadInputException("rule '" + rule + "' failed" + subject + ": "
                + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
    }

    /** Runs one subject again, counting firings per rule, to name the rules that loop. */
    private BadInputException loopError(S subject) {
        Map<String, Integer> counts = new HashMap<>();
        KieSession session = rules.kieBase().newKieSession();
        rules.prepare(session);
        try {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    counts.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
                }
            });
            insert(session, subject);
            focusStages(session, stages);
            session.fireAllRules(set.maxFiringsPerSubject());
        } catch (ConsequenceException e) {
            return ruleFailure(e);
        } finally {
            session.dispose();
        }
        String top = counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(3).map(en -> "'" + en.getKey() + "' fired " + en.getValue() + " times")
                .collect(Collectors.joining(", "));
        return new BadInputException(rules.origin() + ": " + set.label() + " did not settle: more than "
                + set.maxFiringsPerSubject() + " firings for " + describe.apply(subject) + " (a rule set that loops): " + top);
    }
}
