package io.github.quanze.publish.site;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An agency's documents folder that cannot make a site (公示文档目录错误): it is no folder, it lacks a document the
 * site needs, it holds two documents of a kind it needs once, or a file in it is not a document at all. The message
 * names the folder, the kind of document and the files concerned.
 * <p>
 * A document that is read but not valid is reported by the documents module, as an
 * {@link io.github.quanze.jackson.codec.InvalidDocumentException} naming its file, place and field.
 */
public final class AgencyFolderException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The folder read. */
    private final transient Path folder;
    /** The kind of document concerned, such as {@code procedures}; null where the fault is the folder's. */
    private final String kind;
    /** The files concerned. */
    private final transient List<Path> files;

    AgencyFolderException(Path folder, String kind, List<Path> files, String message) {
        super(message);
        this.folder = Objects.requireNonNull(folder, "folder");
        this.kind = kind;
        this.files = List.copyOf(files);
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
     * Returns the kind of document concerned, such as {@code procedures}.
     *
     * @return the kind, empty where the fault is the folder's, not null
     */
    public Optional<String> kind() {
        return Optional.ofNullable(kind);
    }

    /**
     * Returns the files concerned: the two documents of one kind, or the file that is no document.
     *
     * @return the files, not null
     */
    public List<Path> files() {
        return files;
    }
}
