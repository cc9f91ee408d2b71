package io.github.quanze.examples;

import io.github.quanze.publish.site.AgencyDocuments;
import io.github.quanze.publish.site.AgencySite;
import io.github.quanze.publish.site.Site;
import io.github.quanze.publish.site.SiteRenderer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code publish}: renders an agency's publication site (公示网站) from its documents folder: 权责清单, 执法依据,
 * 执法流程图, 裁量基准, 执法决定公示 (when the folder has a {@code decision-notices} document) and 执法主体和人员, as
 * self-contained web pages written to a folder as a whole or not at all.
 */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = "Render an agency's publication site from its documents folder (basis catalogue, power "
                + "catalogue, organization, allocation table, procedures; discretion standards with their frame and "
                + "decision notices if any) into a folder of self-contained pages. An old site in the folder is "
                + "replaced only once the new one is complete. A missing or duplicate document, or an invalid one, exits with status 2 and one "
                + "line naming the folder or file.")
final class PublishCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @CommandLine.Mixin
    Main.Language language = new Main.Language();

    @Option(names = "--agency", required = true, paramLabel = "DIR",
            description = "The folder of the agency's documents, such as examples/documents/tobacco.")
    Path agency;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "The folder the site is written to; a site already there is replaced. It must not be "
                    + "or hold the documents folder or the working folder.")
    Path out;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "The site's date, on which certificates are shown valid or not (default: the power "
                    + "catalogue's date).")
    LocalDate date;

    @Override
    public Integer call() {
        checkOut();
        AgencyDocuments documents = AgencyDocuments.read(agency);
        AgencySite site = AgencySite.from(documents, date == null ? documents.powers().date() : date);
        Site pages;
        try {
            pages = SiteRenderer.standard().render(site);
        } catch (IllegalArgumentException e) {
            // such as a procedure too wide to draw: named in the message, refused before anything is written
            throw new Main.UsageException("Cannot render the site of " + agency + ": " + e.getMessage());
        }
        pages.writeTo(out);
        boolean en = language.english;
        PrintWriter printer = spec.commandLine().getOut();
        printer.println((en ? "Read: " : "已读取：") + files(documents.read()));
        if (!documents.others().isEmpty()) {
            printer.println((en ? "Not used: " : "未使用：") + files(documents.others()));
        }
        for (String path : pages.pages().keySet()) {
            printer.println(out.resolve(path));
        }
        printer.println((en ? "Site of " : "") + site.agency().name() + (en ? " (" + site.date()
                + ") written to " : "（" + site.date() + "）公示网站已写入 ") + out);
        return 0;
    }

    /**
     * Refuses an out folder whose replacement would remove the agency's documents or the working folder: the
     * documents folder itself, or a folder holding it or the working folder.
     */
    private void checkOut() {
        Path target = out.toAbsolutePath().normalize();
        if (agency.toAbsolutePath().normalize().startsWith(target)) {
            throw new Main.UsageException("--out " + out + " is or holds the documents folder " + agency
                    + ", which writing the site would replace; give the site a folder of its own");
        }
        if (Path.of("").toAbsolutePath().normalize().startsWith(target)) {
            throw new Main.UsageException("--out " + out + " is or holds the working folder, which writing the site "
                    + "would replace; give the site a folder of its own");
        }
    }

    private static String files(Map<String, List<Path>> byKind) {
        return byKind.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().stream()
                .map(p -> String.valueOf(p.getFileName())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }
}
