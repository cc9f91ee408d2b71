package io.github.quanze.publish.site;

import io.github.quanze.allocation.AllocationTable;
import io.github.quanze.basis.BasisCatalogue;
import io.github.quanze.discretion.DiscretionStandard;
import io.github.quanze.discretion.StatutoryFrame;
import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.jackson.allocation.AllocationDocuments;
import io.github.quanze.jackson.basis.BasisDocuments;
import io.github.quanze.jackson.codec.DocumentContext;
import io.github.quanze.jackson.codec.DocumentKind;
import io.github.quanze.jackson.discretion.DiscretionDocuments;
import io.github.quanze.jackson.organization.OrganizationDocuments;
import io.github.quanze.jackson.power.PowerDocuments;
import io.github.quanze.jackson.procedure.ProcedureDocuments;
import io.github.quanze.jackson.procedure.Procedures;
import io.github.quanze.organization.Organization;
import io.github.quanze.power.PowerCatalogue;
import io.github.quanze.procedure.Procedure;
import io.github.quanze.publish.notice.DecisionNoticeDocuments;
import io.github.quanze.publish.notice.DecisionNotices;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * An agency's documents, read from its folder (机关公示文档): what its publication site is made of.
 * <p>
 * Every {@code .yaml}, {@code .yml} and {@code .json} file directly in the folder is a document, and its
 * {@code kind} field says what it holds. The site needs one document of each of these kinds:
 * {@code basis-catalogue} (执法依据目录), {@code power-catalogue} (权责清单), {@code organization} (执法主体、岗位和人员),
 * {@code allocation-table} (职权分解表) and {@code procedures} (执法流程); it may have one {@code statutory-frame}
 * (法定处罚幅度表) and any number of {@code discretion-standard}s (裁量基准), which need the frame. Documents of other
 * kinds, such as case records, are left for the pages that publish them ({@link #others()}), and are read with
 * {@link #context()}.
 * <p>
 * Where a folder holds two documents of a kind needed once, the one whose file is named after the kind
 * ({@code basis}, {@code powers}, {@code organization}, {@code allocation}, {@code procedures}, {@code frame}, with
 * any of the extensions) is the agency's, and the others are left as documents of other uses; without such a file
 * the folder is refused. The documents are read in the order of the pipeline, each with those before it as its
 * context: the power catalogue's citations resolve against the basis catalogue, the standards' items against the
 * frame.
 * <p>
 * A folder that is missing, lacks a document or holds two of a kind without one so named is an
 * {@link AgencyFolderException} naming the folder and the kind; a document that is not valid is the documents
 * module's {@link io.github.quanze.jackson.codec.InvalidDocumentException}, naming the file, the place and the
 * field. Nothing is returned from a folder that fails.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class AgencyDocuments {

    private static final YAMLMapper KINDS = YAMLMapper.builder().build();

    /** The kinds a site needs once, in the order they are read, with the file name that marks the agency's own. */
    private static final Map<DocumentKind<?>, String> REQUIRED = requiredKinds();

    private final Path folder;
    private final BasisCatalogue basis;
    private final PowerCatalogue powers;
    private final Organization organization;
    private final AllocationTable allocation;
    private final List<Procedure> procedures;
    private final Optional<StatutoryFrame> frame;
    private final List<DiscretionStandard> standards;
    private final Optional<DecisionNotices> decisions;
    private final Map<String, List<Path>> read;
    private final Map<String, List<Path>> others;
    private final DocumentContext context;

    private AgencyDocuments(Builder b) {
        this.folder = b.folder;
        this.basis = b.basis;
        this.powers = b.powers;
        this.organization = b.organization;
        this.allocation = b.allocation;
        this.procedures = List.copyOf(b.procedures);
        this.frame = Optional.ofNullable(b.frame);
        this.standards = List.copyOf(b.standards);
        this.decisions = Optional.ofNullable(b.decisions);
        this.read = copy(b.read);
        this.others = copy(b.others);
        this.context = b.context;
    }

    private static Map<DocumentKind<?>, String> requiredKinds() {
        Map<DocumentKind<?>, String> kinds = new LinkedHashMap<>();
        kinds.put(BasisDocuments.BASIS_CATALOGUE, "basis");
        kinds.put(PowerDocuments.POWER_CATALOGUE, "powers");
        kinds.put(OrganizationDocuments.ORGANIZATION, "organization");
        kinds.put(AllocationDocuments.ALLOCATION_TABLE, "allocation");
        kinds.put(ProcedureDocuments.PROCEDURES, "procedures");
        return kinds;
    }

    /**
     * Reads an agency's documents from its folder.
     *
     * @param folder  the folder, not null
     * @return the documents, not null
     * @throws AgencyFolderException if the folder is missing, lacks a document the site needs, holds two documents of
     *         a kind it needs once (none named after the kind), or holds a file that is not a document
     * @throws io.github.quanze.jackson.codec.InvalidDocumentException if a document is not valid
     * @throws UncheckedIOException if the folder or a file cannot be read
     */
    public static AgencyDocuments read(Path folder) {
        Objects.requireNonNull(folder, "folder");
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new AgencyFolderException(folder, null, List.of(), folder + ": is a file, not a folder; give the "
                    + "folder that holds the agency's documents");
        }
        if (!Files.isDirectory(folder)) {
            throw new AgencyFolderException(folder, null, List.of(), folder + ": no such folder; give the folder "
                    + "that holds the agency's documents");
        }
        Map<String, List<Path>> byKind = new TreeMap<>();
        for (Path file : files(folder)) {
            byKind.computeIfAbsent(kindOf(file), k -> new ArrayList<>()).add(file);
        }
        Builder b = new Builder(folder);
        b.context = DocumentContext.empty();
        for (Map.Entry<DocumentKind<?>, String> required : REQUIRED.entrySet()) {
            DocumentKind<?> kind = required.getKey();
            Path file = pick(folder, kind, required.getValue(), byKind, true).orElseThrow();
            b.read(kind, file);
        }
        pick(folder, DiscretionDocuments.STATUTORY_FRAME, "frame", byKind, false)
                .ifPresent(file -> b.read(DiscretionDocuments.STATUTORY_FRAME, file));
        List<Path> standards = byKind.getOrDefault(DiscretionDocuments.DISCRETION_STANDARD.name(), List.of());
        if (!standards.isEmpty() && b.frame == null) {
            throw new AgencyFolderException(folder, DiscretionDocuments.STATUTORY_FRAME.name(), standards, folder
                    + ": no document of kind " + DiscretionDocuments.STATUTORY_FRAME.name() + " (法定处罚幅度表), which "
                    + "the discretion standards " + names(standards) + " grade; add the frame they are read with");
        }
        for (Path file : standards) {
            b.read(DiscretionDocuments.DISCRETION_STANDARD, file);
        }
        byKind.remove(DiscretionDocuments.DISCRETION_STANDARD.name());
        pick(folder, DecisionNoticeDocuments.DECISION_NOTICES, "decisions", byKind, false)
                .ifPresent(file -> b.read(DecisionNoticeDocuments.DECISION_NOTICES, file));
        byKind.forEach((kind, files) -> {
            if (!files.isEmpty()) {
                b.others.put(kind, files);
            }
        });
        return new AgencyDocuments(b);
    }

    /** The documents of a folder: its YAML and JSON files, by name. */
    private static List<Path> files(Path folder) {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(Files::isRegularFile).filter(f -> extension(f).isPresent()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the documents in " + folder, e);
        }
    }

    private static Optional<String> extension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Stream.of(".yaml", ".yml", ".json").filter(name::endsWith).findFirst();
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - extension(file).orElseThrow().length());
    }

    /** The {@code kind} field of a document file, read before the document itself. */
    private static String kindOf(Path file) {
        JsonNode document;
        try {
            document = KINDS.readTree(file);     // YAML reads JSON too
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String rule = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
            throw new AgencyFolderException(file.getParent(), null, List.of(file), file + (at == null ? ""
                    : ":" + at.getLineNr() + ":" + at.getColumnNr()) + " /: not well-formed: " + rule);
        }
        JsonNode kind = document == null ? null : document.get("kind");
        if (kind == null || !kind.isString()) {
            throw new AgencyFolderException(file.getParent(), null, List.of(file), file + " /kind: field \"kind\": "
                    + "a document must name its kind");
        }
        return kind.asString();
    }

    /** The agency's document of a kind, taken out of {@code byKind}; the others of its kind stay there. */
    private static Optional<Path> pick(Path folder, DocumentKind<?> kind, String conventional,
            Map<String, List<Path>> byKind, boolean required) {
        List<Path> files = byKind.getOrDefault(kind.name(), List.of());
        if (files.isEmpty()) {
            if (required) {
                throw new AgencyFolderException(folder, kind.name(), List.of(), folder + ": no document of kind "
                        + kind.name() + " (" + kind.title() + "); the agency's site needs one, such as "
                        + conventional + ".yaml");
            }
            return Optional.empty();
        }
        Path chosen = files.size() == 1 ? files.get(0) : files.stream().filter(f -> stem(f).equals(conventional))
                .reduce((a, c) -> {
                    throw new AgencyFolderException(folder, kind.name(), List.of(a, c), folder + ": two documents "
                            + "of kind " + kind.name() + " named " + conventional + ": " + names(List.of(a, c))
                            + "; keep one");
                })
                .orElseThrow(() -> new AgencyFolderException(folder, kind.name(), files, folder + ": "
                        + files.size() + " documents of kind " + kind.name() + " (" + kind.title() + "): "
                        + names(files) + "; the site needs one: keep one, or name the agency's own " + conventional
                        + ".yaml"));
        List<Path> rest = new ArrayList<>(files);
        rest.remove(chosen);
        byKind.put(kind.name(), rest);
        return Optional.of(chosen);
    }

    private static String names(List<Path> files) {
        return files.stream().map(f -> f.getFileName().toString()).collect(Collectors.joining(", "));
    }

    private static QuanzeDocuments formatOf(Path file) {
        return extension(file).orElseThrow().equals(".json") ? QuanzeDocuments.json() : QuanzeDocuments.yaml();
    }

    private static Map<String, List<Path>> copy(Map<String, List<Path>> map) {
        Map<String, List<Path>> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * Returns the folder read.
     *
     * @return the folder, not null
     */
    public Path folder() {
        return folder;
    }

    /**
     * Returns the catalogue of the legal instruments the agency enforces (执法依据目录).
     *
     * @return the basis catalogue, not null
     */
    public BasisCatalogue basis() {
        return basis;
    }

    /**
     * Returns the agency's power catalogue (权责清单).
     *
     * @return the catalogue, not null
     */
    public PowerCatalogue powers() {
        return powers;
    }

    /**
     * Returns the organization: agencies, units, posts, officers and certificates (执法主体和人员).
     *
     * @return the organization, not null
     */
    public Organization organization() {
        return organization;
    }

    /**
     * Returns the allocation of the powers to posts (职权分解表).
     *
     * @return the allocation table, not null
     */
    public AllocationTable allocation() {
        return allocation;
    }

    /**
     * Returns the agency's own procedures (执法流程), as its procedures document lists them.
     *
     * @return the procedures, not null
     */
    public List<Procedure> procedures() {
        return procedures;
    }

    /**
     * Returns the statutory frame of penalties (法定处罚幅度表) the discretion standards grade.
     *
     * @return the frame, empty if the folder has none, not null
     */
    public Optional<StatutoryFrame> frame() {
        return frame;
    }

    /**
     * Returns the discretion standards (裁量基准), in the order of their file names.
     *
     * @return the standards, not null
     */
    public List<DiscretionStandard> standards() {
        return standards;
    }

    /**
     * Returns the files read, by kind, in the order read.
     *
     * @return the files of each kind read, not null
     */
    public Map<String, List<Path>> read() {
        return read;
    }

    /**
     * Returns the documents of other uses, not read: those of other kinds (such as case records) and the extra
     * documents of a kind the site needs once, by kind.
     *
     * @return the files of each kind left, not null
     */
    public Map<String, List<Path>> others() {
        return others;
    }

    /**
     * Returns the decisions the agency publishes (执法决定公示: the folder's {@code decision-notices} document), if
     * the folder has them.
     *
     * @return the decisions, or empty, not null
     */
    public Optional<DecisionNotices> decisions() {
        return decisions;
    }

    /**
     * Returns the context the documents were read with, to read the folder's other documents (such as case records)
     * against: the basis catalogue, the power catalogue, the organization, the allocation table, the procedures and
     * the statutory frame, where there is one.
     *
     * @return the context, not null
     */
    public DocumentContext context() {
        return context;
    }

    /** Reads the documents, each with those before it as its context. Not thread-safe. */
    private static final class Builder {
        private final Path folder;
        private BasisCatalogue basis;
        private PowerCatalogue powers;
        private Organization organization;
        private AllocationTable allocation;
        private List<Procedure> procedures = List.of();
        private StatutoryFrame frame;
        private final List<DiscretionStandard> standards = new ArrayList<>();
        private DecisionNotices decisions;
        private final Map<String, List<Path>> read = new LinkedHashMap<>();
        private final Map<String, List<Path>> others = new LinkedHashMap<>();
        private DocumentContext context;

        Builder(Path folder) {
            this.folder = folder;
        }

        void read(DocumentKind<?> kind, Path file) {
            Object value = formatOf(file).reader(kind).with(context).read(file);
            read.computeIfAbsent(kind.name(), k -> new ArrayList<>()).add(file);
            if (value instanceof BasisCatalogue v) {
                basis = v;
                context = context.with(BasisCatalogue.class, v);
            } else if (value instanceof PowerCatalogue v) {
                powers = v;
                context = context.with(PowerCatalogue.class, v);
            } else if (value instanceof Organization v) {
                organization = v;
                context = context.with(Organization.class, v);
            } else if (value instanceof AllocationTable v) {
                allocation = v;
                context = context.with(AllocationTable.class, v);
            } else if (value instanceof Procedures v) {
                procedures = v.procedures();
                context = context.with(Procedures.class, v);
            } else if (value instanceof StatutoryFrame v) {
                frame = v;
                context = context.with(StatutoryFrame.class, v);
            } else if (value instanceof DiscretionStandard v) {
                standards.add(v);
            } else if (value instanceof DecisionNotices v) {
                decisions = v;
            }
        }
    }
}
