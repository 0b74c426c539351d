package org.standoff.server.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which input files of {@code convert} are read together, as each format needs: brat reads a
 * {@code NAME.ann} with its {@code NAME.txt} (or, for one annotator's {@code ARTICLE_ANNOTATOR.ann} as PolNeAR
 * names them, {@code ARTICLE.txt} in the same or a sibling folder) and the {@code annotation.conf} that applies to it; every
 * other format reads one file at a time. A directory is searched recursively, in the order of the
 * files' relative paths, so a conversion runs the same way on every machine.
 *
 * <p>Which {@code annotation.conf} applies to a brat document: the nearest one in its folder or a
 * folder above it (up to the input directory), as brat looks it up. A file named
 * {@code PREFIXannotation.conf} (as in the shared examples, where files are renamed with a prefix)
 * counts only for documents whose name starts with {@code PREFIX}.
 */
final class InputGroups {
    private InputGroups() {
    }

    /**
     * Files read together.
     *
     * @param root  the folder the files' names are relative to (the input directory, or a file's folder)
     * @param files the files, the main one last (brat: conf, .txt, .ann)
     */
    record Group(Path root, List<Path> files) {
        Group {
            files = List.copyOf(files);
        }

        /** The main file: the one diagnostics without a file of their own are about. */
        Path main() {
            return files.get(files.size() - 1);
        }

        /** A file's name relative to the root, with {@code /} separators. */
        String nameOf(Path file) {
            return root.relativize(file).toString().replace('\\', '/');
        }

        /** The total size of the files, in bytes. */
        long bytes() throws IOException {
            long total = 0;
            for (Path file : files) {
                total += Files.size(file);
            }
            return total;
        }
    }

    /**
     * The groups of {@code input} (a file or a directory) for the format named {@code format}.
     *
     * @throws IOException when the input cannot be listed or a brat file has no partner
     */
    static List<Group> of(Path input, String format) throws IOException {
        if (Files.isRegularFile(input)) {
            Path root = input.toAbsolutePath().getParent();
            return List.of(single(root, input.toAbsolutePath(), format, root));
        }
        Path root = input.toAbsolutePath();
        List<Group> groups = new ArrayList<>();
        for (Path file : walk(root)) {
            if (isMain(file, format)) {
                groups.add(single(root, file, format, root));
            }
        }
        return groups;
    }

    /** Whether {@code file} starts a group of {@code format} when found in a directory. */
    static boolean isMain(Path file, String format) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        switch (format) {
            case "brat":
                return name.endsWith(".ann");
            case "standoff":
                return name.endsWith(".standoff.json");
            case "jsonl":
                return name.endsWith(".jsonl") || name.endsWith(".jsonl.gz");
            case "doccano":
                return name.endsWith(".jsonl") || name.endsWith(".json");
            case "w3c":
                return name.endsWith(".json") || name.endsWith(".jsonld");
            default:
                return name.endsWith(".json");
        }
    }

    private static Group single(Path root, Path file, String format, Path top) throws IOException {
        if (!format.equals("brat")) {
            return new Group(root, List.of(file));
        }
        String name = file.getFileName().toString();
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        Path ann = file.resolveSibling(stem + ".ann");
        Path txt = file.resolveSibling(stem + ".txt");
        if (!Files.isRegularFile(txt)) {
            txt = annotatorText(file.getParent(), stem, top);
        }
        if (!Files.isRegularFile(ann) || txt == null) {
            throw new IOException("a brat document needs " + stem + ".txt and " + stem + ".ann side by side in "
                    + file.getParent());
        }
        List<Path> files = new ArrayList<>();
        Path conf = conf(file.getParent(), stem, top);
        if (conf != null) {
            files.add(conf);
        }
        files.add(txt);
        files.add(ann);
        return new Group(root, files);
    }

    /**
     * The text of one annotator's {@code ARTICLE_ANNOTATOR.ann} (PolNeAR's naming): {@code ARTICLE.txt} in
     * the same folder or in a sibling folder within {@code top} ({@code attributions/} next to {@code text/});
     * null when there is none.
     */
    private static Path annotatorText(Path folder, String stem, Path top) throws IOException {
        int underscore = stem.lastIndexOf('_');
        if (underscore <= 0) {
            return null;
        }
        String name = stem.substring(0, underscore) + ".txt";
        if (Files.isRegularFile(folder.resolve(name))) {
            return folder.resolve(name);
        }
        Path parent = folder.getParent();
        if (parent == null || !parent.startsWith(top)) {
            return null;
        }
        try (Stream<Path> siblings = Files.list(parent)) {
            return siblings.filter(Files::isDirectory).sorted().map(sibling -> sibling.resolve(name))
                    .filter(Files::isRegularFile).findFirst().orElse(null);
        }
    }

    /** The nearest {@code annotation.conf} for document {@code stem}, from {@code folder} up to {@code top}. */
    private static Path conf(Path folder, String stem, Path top) throws IOException {
        for (Path at = folder; at != null && at.startsWith(top); at = at.getParent()) {
            try (Stream<Path> list = Files.list(at)) {
                List<Path> confs = list.filter(p -> appliesTo(p.getFileName().toString(), stem))
                        .sorted().collect(Collectors.toList());
                if (!confs.isEmpty()) {
                    return confs.get(0);
                }
            }
        }
        return null;
    }

    private static boolean appliesTo(String fileName, String stem) {
        if (!fileName.endsWith("annotation.conf")) {
            return false;
        }
        String prefix = fileName.substring(0, fileName.length() - "annotation.conf".length());
        return stem.startsWith(prefix);
    }

    private static List<Path> walk(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .sorted((a, b) -> root.relativize(a).toString().compareTo(root.relativize(b).toString()))
                    .collect(Collectors.toList());
        }
    }
}
