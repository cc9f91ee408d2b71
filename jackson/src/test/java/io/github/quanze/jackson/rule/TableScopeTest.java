package io.github.quanze.jackson.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.fault.Fault;
import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.jackson.codec.DocumentKind;
import io.github.quanze.jackson.codec.InvalidDocumentException;
import io.github.quanze.rule.Column;
import io.github.quanze.rule.DecisionTable;
import io.github.quanze.sanction.Sanction;
import io.github.quanze.sanction.SanctionPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The state a table's fields hand on lives as long as one reading or writing, never on the thread. */
class TableScopeTest {

    /** A column alone: its type depends on facts read before it, which a column alone never has. */
    private static final DocumentKind<Column> COLUMN = DocumentKind.of("column", 1, Column.class, "输入列 column",
            TableDocuments.COLUMN);
    private static final String ENUM_COLUMN = "kind: column\nversion: 1\nname: gravity\ntype: ENUM\n";
    private static final DecisionTable<Fault, Sanction> NATIONAL =
            SanctionPolicy.nationalOfficerTable(SanctionPolicy.Edition.ED_2020);

    @Test
    void readingAfterAFailedReadOrAWriteIsAsOnAFreshThread() throws Exception {
        String city = Files.readString(Path.of("src/test/resources/fixtures/table-city.yaml"));
        String noFacts = city.replace("facts: fault\n", "");
        String failing = city.replace("{is: GRAVE}", "{is: DIRE}");
        List<Supplier<Object>> reads = List.of(() -> readTable(city), () -> readTable(noFacts),
                () -> readColumn(ENUM_COLUMN));
        List<Object> fresh = onFreshThreads(reads);
        assertThat(fresh.get(0)).isInstanceOf(DecisionTable.class);
        assertThat((String) fresh.get(1)).contains("the field facts must come before columns");
        assertThat((String) fresh.get(2)).contains("the field facts must come before columns");

        ExecutorService one = Executors.newSingleThreadExecutor();
        try {
            for (Runnable before : List.<Runnable>of(
                    () -> assertThat(readTable(failing)).isInstanceOf(String.class),
                    () -> QuanzeDocuments.yaml().writer(TableDocuments.DECISION_TABLE).writeString(NATIONAL))) {
                for (int i = 0; i < reads.size(); i++) {
                    Supplier<Object> read = reads.get(i);
                    Object after = one.submit(() -> {
                        before.run();
                        return read.get();
                    }).get();
                    assertThat(after).isEqualTo(fresh.get(i));
                }
            }
        } finally {
            one.shutdown();
        }
    }

    @Test
    void twoThreadsReadingDifferentTablesEachGetTheirOwn() throws Exception {
        String city = Files.readString(Path.of("src/test/resources/fixtures/table-city.yaml"));
        String national = QuanzeDocuments.yaml().writer(TableDocuments.DECISION_TABLE).writeString(NATIONAL);
        Object cityTable = readTable(city);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                Future<List<Object>> a = two.submit(repeat(() -> readTable(city)));
                Future<List<Object>> b = two.submit(repeat(() -> readTable(national)));
                assertThat(a.get()).containsOnly(cityTable);
                assertThat(b.get()).allSatisfy(t -> assertThat(((DecisionTable<?, ?>) t).spec())
                        .isEqualTo(NATIONAL.spec()));
            }
        } finally {
            two.shutdown();
        }
    }

    private static Callable<List<Object>> repeat(Supplier<Object> read) {
        return () -> java.util.stream.IntStream.range(0, 10).mapToObj(i -> read.get()).toList();
    }

    private static List<Object> onFreshThreads(List<Supplier<Object>> reads) throws Exception {
        List<Object> results = new java.util.ArrayList<>();
        for (Supplier<Object> read : reads) {
            ExecutorService fresh = Executors.newSingleThreadExecutor();
            try {
                results.add(fresh.submit(read::get).get());
            } finally {
                fresh.shutdown();
            }
        }
        return results;
    }

    /** The table read, or the message of the error. */
    private static Object readTable(String yaml) {
        try {
            return QuanzeDocuments.yaml().reader(TableDocuments.DECISION_TABLE).readString("t.yaml", yaml);
        } catch (InvalidDocumentException e) {
            return e.getMessage();
        }
    }

    private static Object readColumn(String yaml) {
        try {
            return QuanzeDocuments.yaml().reader(COLUMN).readString("c.yaml", yaml);
        } catch (InvalidDocumentException e) {
            return e.getMessage();
        }
    }
}
