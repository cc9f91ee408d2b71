import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Holds every package to a minimum mutation score and test strength, read from PIT's {@code mutations.xml}.
 *
 * <p>PIT's own thresholds hold the whole run; a strong package can hide a weak one. This program prints one row
 * per package (mutants, killed, no coverage, score, strength) and exits with status 1 naming every package below
 * either minimum. Run it as a single-file program:
 *
 * <pre>java .ci/MutationThresholds.java core/target/pit-reports/mutations.xml [more.xml ...] 90 92 [floors.txt]</pre>
 *
 * <p>Arguments ending in {@code .xml} are reports (several modules' reports are read together); two numbers are
 * the minimum score and the minimum strength in percent, in that order. An argument ending in {@code .txt} names a
 * file of floors: lines {@code <package> <score> <strength>} for packages that have not reached the minima yet; such
 * a package is held to its floor instead, and its row says so, so that a package can never fall back while it
 * climbs. A floor at or above the minima is refused: the line has served its purpose and must go. Score is killed mutants over all
 * mutants; strength is killed mutants over mutants some test covers, as PIT defines them. A mutant counts as
 * killed when PIT marks it detected (killed, timed out, memory or run error, non-viable), as PIT counts it.
 */
public final class MutationThresholds {

    private MutationThresholds() {
    }

    /** Counts for one package. */
    private static final class Tally {
        int mutants;
        int killed;
        int noCoverage;

        double score() {
            return mutants == 0 ? 100.0 : 100.0 * killed / mutants;
        }

        double strength() {
            int covered = mutants - noCoverage;
            return covered == 0 ? 100.0 : 100.0 * killed / covered;
        }
    }

    public static void main(String[] args) throws Exception {
        List<Path> reports = new ArrayList<>();
        List<Double> minima = new ArrayList<>();
        Path floorsFile = null;
        for (String arg : args) {
            if (arg.endsWith(".xml")) {
                reports.add(Path.of(arg));
            } else if (arg.endsWith(".txt")) {
                floorsFile = Path.of(arg);
            } else {
                try {
                    minima.add(Double.parseDouble(arg));
                } catch (NumberFormatException e) {
                    usage("not a report (*.xml) nor a percentage: '" + arg + "'");
                }
            }
        }
        if (reports.isEmpty() || minima.size() != 2) {
            usage("expected one or more mutations.xml and two minima (score, strength), got " + List.of(args));
        }
        double minScore = minima.get(0);
        double minStrength = minima.get(1);
        Map<String, double[]> floors = floorsFile == null ? Map.of() : floors(floorsFile, minScore, minStrength);

        Map<String, Tally> packages = new TreeMap<>();
        for (Path report : reports) {
            read(report, packages);
        }
        Tally total = new Tally();
        List<String> failing = new ArrayList<>();
        System.out.printf(Locale.ROOT, "%-32s %7s %7s %7s %7s %9s%n",
                "package", "mutants", "killed", "no cov", "score", "strength");
        for (Map.Entry<String, Tally> e : packages.entrySet()) {
            Tally t = e.getValue();
            double[] floor = floors.get(e.getKey());
            double score = floor == null ? minScore : floor[0];
            double strength = floor == null ? minStrength : floor[1];
            boolean below = t.score() < score || t.strength() < strength;
            if (below) {
                failing.add(e.getKey());
            }
            boolean meetsMinima = t.score() >= minScore && t.strength() >= minStrength;
            String note = below ? "  << below " + (floor == null ? "minimum" : "its floor " + fmt(score) + "/"
                    + fmt(strength)) : floor == null ? "" : meetsMinima ? "  (meets the minima: its floor line can go)"
                    : "  (floor " + fmt(score) + "/" + fmt(strength) + ", minimum not reached yet)";
            System.out.printf(Locale.ROOT, "%-32s %7d %7d %7d %6.1f%% %8.1f%%%s%n", e.getKey(), t.mutants,
                    t.killed, t.noCoverage, t.score(), t.strength(), note);
            total.mutants += t.mutants;
            total.killed += t.killed;
            total.noCoverage += t.noCoverage;
        }
        System.out.printf(Locale.ROOT, "%-32s %7d %7d %7d %6.1f%% %8.1f%%%n", "total", total.mutants,
                total.killed, total.noCoverage, total.score(), total.strength());
        if (!failing.isEmpty()) {
            System.out.printf(Locale.ROOT, "Mutation thresholds (score >= %s%%, strength >= %s%%, or the package's "
                    + "floor) not met by: %s%n", fmt(minScore), fmt(minStrength), String.join(", ", failing));
            System.exit(1);
        }
        System.out.printf(Locale.ROOT, "Mutation thresholds met by all %d packages (score >= %s%%, strength >= %s%%;"
                + " %d held to a floor)%n", packages.size(), fmt(minScore), fmt(minStrength), floors.size());
    }

    private static void read(Path report, Map<String, Tally> packages) throws Exception {
        if (!Files.isRegularFile(report)) {
            usage("no PIT report at " + report + " (run PIT first)");
        }
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setExpandEntityReferences(false);
        NodeList mutations;
        try {
            mutations = factory.newDocumentBuilder().parse(report.toFile()).getElementsByTagName("mutation");
        } catch (IOException | org.xml.sax.SAXException e) {
            usage("cannot read PIT report " + report + ": " + e.getMessage());
            return;
        }
        for (int i = 0; i < mutations.getLength(); i++) {
            Element mutation = (Element) mutations.item(i);
            String className = text(mutation, "mutatedClass");
            int dot = className.lastIndexOf('.');
            String pkg = dot < 0 ? "(default)" : className.substring(0, dot);
            Tally t = packages.computeIfAbsent(pkg, k -> new Tally());
            t.mutants++;
            if (Boolean.parseBoolean(mutation.getAttribute("detected"))) {
                t.killed++;
            } else if ("NO_COVERAGE".equals(mutation.getAttribute("status"))) {
                t.noCoverage++;
            }
        }
    }

    private static Map<String, double[]> floors(Path file, double minScore, double minStrength) throws IOException {
        if (!Files.isRegularFile(file)) {
            usage("no floors file at " + file);
        }
        Map<String, double[]> floors = new TreeMap<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\\s+");
            String where = file + " line " + (i + 1) + ": ";
            if (fields.length != 3) {
                usage(where + "expected '<package> <score> <strength>', got '" + line + "'");
            }
            double score = 0;
            double strength = 0;
            try {
                score = Double.parseDouble(fields[1]);
                strength = Double.parseDouble(fields[2]);
            } catch (NumberFormatException e) {
                usage(where + "score and strength must be numbers, got '" + line + "'");
            }
            if (score >= minScore && strength >= minStrength) {
                usage(where + "the floor of " + fields[0] + " reaches the minima; remove the line");
            }
            if (floors.put(fields[0], new double[] {score, strength}) != null) {
                usage(where + "a second floor for " + fields[0]);
            }
        }
        return floors;
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }

    private static String fmt(double percent) {
        return percent == Math.rint(percent) ? String.valueOf((long) percent) : String.valueOf(percent);
    }

    private static void usage(String problem) {
        System.err.println("MutationThresholds: " + problem);
        System.err.println("usage: java .ci/MutationThresholds.java mutations.xml [more.xml ...] minScore minStrength"
                + " [floors.txt]");
        System.exit(2);
    }
}
