package io.github.quanze.benchmarks;

import io.github.quanze.publish.site.AgencySite;
import io.github.quanze.publish.site.Site;
import io.github.quanze.publish.site.SiteRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Measures rendering an agency's site (公示网站生成) on one thread: {@link SiteRenderer#render} of a
 * {@link SyntheticSite} — every page as a string: 首页, 权责清单, 执法依据, 执法流程图 (four flowcharts as inline SVG),
 * 裁量基准 and 执法主体和人员 — and the same followed by {@link Site#writeTo} into a temporary folder (which replaces
 * the site the previous invocation wrote there). The peer, {@link HandWrittenPowersTable}, is the 权责清单 table a
 * vendor hand-codes with a {@code StringBuilder}.
 * <p>
 * The agencies have 1,000, 3,000 or 10,000 powers (a tenth as many posts, half as many officers), each size
 * generated from its own seed, so the sizes share no data. Nothing is cached between invocations: each renders
 * every page again from the values.
 * <p>
 * Run, from the project root:
 * <pre>
 * mvn -q -DskipTests package &amp;&amp; java -jar benchmarks/target/benchmarks.jar SiteRenderBenchmark -wi 2 -i 3 -w 2s -r 2s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Threads(1)
public class SiteRenderBenchmark {

    private static final long SEED = 20251018L;

    /** How many powers the agency's catalogue holds. */
    @Param({"1000", "3000", "10000"})
    public int powers;

    private AgencySite site;
    private Path folder;

    /** Generates the agency's site. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        site = SyntheticSite.generate(powers, SEED + powers);
        folder = Files.createTempDirectory("quanze-site-bench");
    }

    /** Removes the folder the site was written to. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static Site render(AgencySite site) {
        return SiteRenderer.standard().render(site);
    }

    /**
     * Renders every page of the site.
     *
     * @return the site, so that nothing is optimised away
     */
    @Benchmark
    public Site render() {
        return render(site);
    }

    /**
     * Renders every page of the site and writes them to the folder.
     *
     * @return the site, so that nothing is optimised away
     */
    @Benchmark
    public Site renderAndWrite() {
        return renderAndWrite(site, folder.resolve("site"));
    }

    static Site renderAndWrite(AgencySite site, Path out) {
        Site rendered = render(site);
        rendered.writeTo(out);
        return rendered;
    }

    /**
     * The hand-written 权责清单 table.
     *
     * @return the page, so that nothing is optimised away
     */
    @Benchmark
    public String handWritten() {
        return HandWrittenPowersTable.render(site);
    }
}
