package io.github.quanze.jackson.rule;

import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.rule.DecisionTable;
import io.github.quanze.sanction.SanctionPolicy;
import org.junit.jupiter.api.Test;

class Scratch {
    @Test
    void scratch() {
        DecisionTable<?, ?> t = SanctionPolicy.nationalAgencyTable();
        String y = QuanzeDocuments.yaml().writer(TableDocuments.DECISION_TABLE).writeString(t);
        System.out.println(y);
        DecisionTable<?, ?> r = QuanzeDocuments.yaml().reader(TableDocuments.DECISION_TABLE).readString("x", y);
        System.out.println(r.equals(t));
        String b = QuanzeDocuments.yaml().writer(TableDocuments.RULE_BOOK).writeString(SanctionPolicy.national().officers());
        System.out.println(b.length() + " " + QuanzeDocuments.yaml().reader(TableDocuments.RULE_BOOK).readString("b", b).equals(SanctionPolicy.national().officers()));
    }
}
