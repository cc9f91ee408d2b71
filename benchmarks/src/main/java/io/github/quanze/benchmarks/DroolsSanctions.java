package io.github.quanze.benchmarks;

import io.github.quanze.fault.Fault;
import io.github.quanze.sanction.Sanction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * The national officer table of the 2020 edition in Drools: {@code accountability.drl}, one rule per row, compiled
 * at run time by the classic (MVEL) engine of Drools 9 into a {@link KieBase}.
 * <p>
 * Each decision opens a stateful session on the shared KieBase, sets a fresh {@link SanctionCollector} as the
 * global {@code result}, inserts the fault's {@link FaultFacts}, fires all rules and disposes of the session.
 * Exceptions are written into the DRL as constraints (see its header); the COLLECT aggregation is the collector.
 * This class is thread-safe: the KieBase is shared, and each decision has a session of its own.
 */
public final class DroolsSanctions {

    /** Where the DRL is on the class path. */
    public static final String DRL = "io/github/quanze/benchmarks/accountability.drl";

    private final KieBase kieBase;

    private DroolsSanctions(KieBase kieBase) {
        this.kieBase = kieBase;
    }

    /**
     * Compiles the DRL on the class path and returns the decider.
     *
     * @return the decider, not null
     * @throws IllegalStateException if the DRL does not compile
     */
    public static DroolsSanctions create() {
        return new DroolsSanctions(compile(drl()));
    }

    /**
     * Returns the decider on a KieBase compiled from the DRL, to share one KieBase between peers.
     *
     * @param kieBase  the KieBase {@link #compile} built from {@link #drl()}, not null
     * @return the decider, not null
     */
    public static DroolsSanctions on(KieBase kieBase) {
        return new DroolsSanctions(kieBase);
    }

    /**
     * Reads the DRL from the class path.
     *
     * @return the DRL text, not null
     */
    public static String drl() {
        try (InputStream in = DroolsSanctions.class.getClassLoader().getResourceAsStream(DRL)) {
            if (in == null) {
                throw new IllegalStateException("No " + DRL + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DRL, e);
        }
    }

    /**
     * Builds a KieBase from DRL, as a Drools user does without a kjar: a KieFileSystem, a KieBuilder and the
     * default KieContainer.
     *
     * @param drl  the rules, not null
     * @return the KieBase, not null
     * @throws IllegalStateException if the DRL does not compile
     */
    public static KieBase compile(String drl) {
        KieServices services = KieServices.Factory.get();
        KieFileSystem files = services.newKieFileSystem()
                .write("src/main/resources/io/github/quanze/benchmarks/drools/accountability.drl", drl);
        KieBuilder builder = services.newKieBuilder(files).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("The DRL does not compile: " + errors);
        }
        return services.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase();
    }

    /**
     * Decides the sanction for an officer's fault.
     *
     * @param fault  the fault, not null
     * @return the combined sanction of the rules fired, empty if none fired, not null
     */
    public Optional<Sanction> decide(Fault fault) {
        SanctionCollector result = new SanctionCollector();
        KieSession session = kieBase.newKieSession();
        try {
            session.setGlobal("result", result);
            session.insert(new FaultFacts(fault));
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        return result.sanction();
    }

    /**
     * Returns the names of the rules that fire for a fault, for the benchmark's check against the table's trace.
     *
     * @param fault  the fault, not null
     * @return the rule names, in firing order, not null
     */
    public List<String> firedRules(Fault fault) {
        List<String> fired = new ArrayList<>();
        KieSession session = kieBase.newKieSession();
        try {
            session.setGlobal("result", new SanctionCollector());
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired.add(event.getMatch().getRule().getName());
                }
            });
            session.insert(new FaultFacts(fault));
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        return fired;
    }
}
