package io.github.quanze.benchmarks;

import io.github.quanze.fault.Fault;
import io.github.quanze.sanction.Sanction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * The DRL of {@link DroolsSanctions} on one stateful {@link KieSession} kept across decisions, as a service that
 * keeps a session per worker thread does: the session's global {@code result} is one {@link SanctionCollector},
 * cleared before each decision; each decision inserts the fault's {@link FaultFacts}, fires all rules and deletes
 * the fact again, so that the session holds nothing between decisions.
 * <p>
 * Not thread-safe: one instance per thread. {@link #close()} disposes of the session.
 */
public final class DroolsReusedSanctions implements AutoCloseable {

    private final KieSession session;
    private final SanctionCollector result = new SanctionCollector();

    private DroolsReusedSanctions(KieBase kieBase) {
        this.session = kieBase.newKieSession();
        session.setGlobal("result", result);
    }

    /**
     * Compiles the DRL and opens the session.
     *
     * @return the decider, not null
     * @throws IllegalStateException if the DRL does not compile
     */
    public static DroolsReusedSanctions create() {
        return on(DroolsSanctions.compile(DroolsSanctions.drl()));
    }

    /**
     * Opens the session on a KieBase compiled from the DRL, to share one KieBase between peers.
     *
     * @param kieBase  the KieBase {@link DroolsSanctions#compile} built from {@link DroolsSanctions#drl()}, not null
     * @return the decider, not null
     */
    public static DroolsReusedSanctions on(KieBase kieBase) {
        return new DroolsReusedSanctions(kieBase);
    }

    /**
     * Decides the sanction for an officer's fault on the kept session.
     *
     * @param fault  the fault, not null
     * @return the combined sanction of the rules fired, empty if none fired, not null
     */
    public Optional<Sanction> decide(Fault fault) {
        result.clear();
        FactHandle handle = session.insert(new FaultFacts(fault));
        try {
            session.fireAllRules();
        } finally {
            session.delete(handle);
        }
        return result.sanction();
    }

    /**
     * Decides as {@link #decide} does, on the same kept session, and records the rules fired, for the checks
     * against the table's trace: a listener is added for this decision only, so that decisions timed without it
     * pay nothing for it, and anything an earlier decision left in the session would show here.
     *
     * @param fault  the fault, not null
     * @return the sanction and the names of the rules fired, in firing order, not null
     */
    public TracedDecision trace(Fault fault) {
        List<String> fired = new ArrayList<>();
        AgendaEventListener listener = new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.add(event.getMatch().getRule().getName());
            }
        };
        session.addEventListener(listener);
        try {
            return new TracedDecision(decide(fault), fired);
        } finally {
            session.removeEventListener(listener);
        }
    }

    /** Disposes of the session. */
    @Override
    public void close() {
        session.dispose();
    }
}
