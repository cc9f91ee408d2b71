package io.github.quanze.publish.site;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A rendered site (公示网站): its pages, each an HTML document under a path relative to the site's folder, in the order
 * of its navigation.
 * <p>
 * {@link #writeTo(Path)} writes the site as a whole or not at all: the pages go into a new folder beside the target,
 * which then takes the target's place; an old site there is removed only once the new one is complete, and stays as
 * it was if anything fails.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Site {

    private static final Pattern PATH = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,80}(/[a-z0-9][a-z0-9_.-]{0,80}){0,3}");

    private final Map<String, String> pages;

    private Site(Map<String, String> pages) {
        this.pages = pages;
    }

    /**
     * Obtains a site of pages.
     *
     * @param pages  the HTML of each page by its relative path (lower-case letters, digits, {@code . _ -}, folders
     *        separated by {@code /}, such as {@code powers.html}), in order, at least one, not null
     * @return the site, not null
     * @throws IllegalArgumentException if there is no page, or a path is malformed, leads out of the folder or is
     *         the folder of another page
     */
    public static Site of(Map<String, String> pages) {
        checkArgument(!pages.isEmpty(), "a site must have at least one page");
        Map<String, String> copy = new LinkedHashMap<>();
        pages.forEach((path, html) -> {
            checkArgument(path != null && PATH.matcher(path).matches() && !path.contains(".."),
                    "page path must be relative, in lower-case letters, digits, '.', '_' and '-', but was %s", path);
            copy.put(path, Objects.requireNonNull(html, "html of " + path));
        });
        for (String path : copy.keySet()) {
            for (String other : copy.keySet()) {
                checkArgument(!other.startsWith(path + "/"), "page path %s is also the folder of page %s", path,
                        other);
            }
        }
        return new Site(Collections.unmodifiableMap(copy));
    }

    /**
     * Returns the pages by path, in the order of the site's navigation.
     *
     * @return the pages, not null
     */
    public Map<String, String> pages() {
        return pages;
    }

    /**
     * Returns the HTML of a page.
     *
     * @param path  the page's path, such as {@code powers.html}, not null
     * @return the HTML, not null
     * @throws IllegalArgumentException if the site has no such page
     */
    public String page(String path) {
        String html = pages.get(Objects.requireNonNull(path, "path"));
        checkArgument(html != null, "the site has no page %s, only %s", path, pages.keySet());
        return html;
    }

    /**
     * Writes the site to a folder, replacing whatever site was there: the pages are written to a new folder beside
     * it, in UTF-8, then the new folder takes the old one's place, and only then is the old one removed. If writing
     * fails, the old folder is left as it was and the new one is removed.
     *
     * @param out  the site's folder, which need not exist; its parent is created if need be, not null
     * @throws UncheckedIOException if the site cannot be written; the old folder is then unchanged
     * @throws IllegalArgumentException if {@code out} is a file
     */
    public void writeTo(Path out) {
        writeTo(out, (file, html) -> Files.writeString(file, html, StandardCharsets.UTF_8));
    }

    /** Writes one page; tests put a failure here. */
    @FunctionalInterface
    interface PageWriter {
        void write(Path file, String html) throws IOException;
    }

    void writeTo(Path out, PageWriter writer) {
        Objects.requireNonNull(out, "out");
        Path target = out.toAbsolutePath().normalize();
        checkArgument(!Files.exists(target) || Files.isDirectory(target), "cannot write the site to %s: it is a "
                + "file, not a folder", out);
        Path parent = target.getParent();
        checkArgument(parent != null, "cannot write the site to the root folder %s", out);
        String name = target.getFileName().toString();
        Path fresh = null;
        try {
            Files.createDirectories(parent);
            fresh = sibling(parent, "." + name + ".new-", true);
            for (Map.Entry<String, String> page : pages.entrySet()) {
                Path file = fresh.resolve(page.getKey());
                Files.createDirectories(file.getParent());
                writer.write(file, page.getValue());
            }
        } catch (IOException | RuntimeException e) {
            removeQuietly(fresh, e);
            throw failure(out, e);
        }
        swap(out, target, fresh);
    }

    /** Puts the complete new folder in the target's place, then removes the old one. */
    private static void swap(Path out, Path target, Path fresh) {
        Path old = null;
        try {
            if (Files.exists(target)) {
                old = sibling(target.getParent(), "." + target.getFileName() + ".old-", false);
                move(target, old);
            }
            move(fresh, target);
        } catch (IOException | RuntimeException e) {
            try {
                if (old != null && Files.exists(old) && !Files.exists(target)) {
                    move(old, target);                // the old site back in place
                }
            } catch (IOException restore) {
                e.addSuppressed(restore);
            }
            removeQuietly(fresh, e);
            throw failure(out, e);
        }
        if (old != null) {
            try {
                remove(old);
            } catch (IOException e) {
                throw new UncheckedIOException("The site was written to " + out + ", but its old version could not "
                        + "be removed from " + old, e);
            }
        }
    }

    /**
     * A free name beside the target, created as a folder with the default permissions if asked (a temporary
     * folder's would be its owner's alone, and the site must stay readable by whoever could read the old one).
     */
    private static Path sibling(Path parent, String prefix, boolean create) throws IOException {
        for (int n = 1; ; n++) {
            Path candidate = parent.resolve(prefix + n);
            if (!create) {
                if (!Files.exists(candidate)) {
                    return candidate;
                }
                continue;
            }
            try {
                return Files.createDirectory(candidate);
            } catch (FileAlreadyExistsException e) {
                // taken: try the next
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static UncheckedIOException failure(Path out, Exception e) {
        IOException cause = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        if (e instanceof FileAlreadyExistsException || e instanceof DirectoryNotEmptyException) {
            return new UncheckedIOException("Cannot write the site to " + out + ": " + e.getMessage()
                    + " is in the way; nothing was changed", cause);
        }
        return new UncheckedIOException("Cannot write the site to " + out + ": " + e + "; nothing was changed", cause);
    }

    private static void removeQuietly(Path folder, Exception failure) {
        if (folder == null) {
            return;
        }
        try {
            remove(folder);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private static void remove(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Site other && pages.equals(other.pages);
    }

    @Override
    public int hashCode() {
        return pages.hashCode();
    }

    @Override
    public String toString() {
        return "Site" + pages.keySet();
    }
}
