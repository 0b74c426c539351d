package org.standoff.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the references in a repository's tests, scripts and build files to paths outside it: the
 * old {@code ../shared} folder, relative paths that climb above the repository's root (as a string
 * such as {@code "../../x"} or as {@code Path.of("..", "..", "x")}), and absolute machine paths. A
 * relative path in Java source is resolved against its module's folder (the working directory of
 * the module's tests); elsewhere against the file's own folder. Absolute paths of installed tools
 * ({@code /usr/bin/chromium}) are allowed; paths into a user's or a machine's folders are not. A line
 * that ends with the comment {@value #HOSTILE} holds a climbing path as hostile data (an id a test feeds
 * to a reader to prove it is never used as a path), and only its climb is not reported.
 */
record OutsidePaths(Path root) {
    /** The files looked at: sources, build files and scripts, never data. */
    private static final Set<String> EXTENSIONS = Set.of("java", "xml", "sh", "py", "properties", "yml", "yaml");
    /** Folders never looked into: build output and version control. */
    private static final Set<String> SKIPPED = Set.of("target", ".git", "node_modules");
    /** This checker and its test, which spell the references they look for. */
    private static final Set<String> SELF = Set.of("OutsidePaths.java", "RepositoryPathsTest.java");
    private static final Pattern SHARED = Pattern.compile("\\.\\./shared|shared/format-examples|\"shared\"\\s*,\\s*\"format-examples\"");
    private static final Pattern CLIMB = Pattern.compile("(?<![\\w/.])((?:\\.\\./)+)([\\w.\\-/]*)");
    private static final Pattern PATH_OF = Pattern.compile("Path(?:s\\.get|\\.of)\\(((?:\\s*\"[^\"]*\"\\s*,?)+)\\)");
    private static final Pattern LITERAL = Pattern.compile("\"([^\"]*)\"");
    /** The comment that marks a climbing path as hostile test data, never opened. */
    static final String HOSTILE = "// hostile data, never opened";
    private static final Pattern MACHINE = Pattern.compile("\"/(?:work|home|Users|mnt)/");

    /** One reference: the file (relative to the root), its line and what it says. */
    record Finding(String file, int line, String text) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + text;
        }
    }

    /** Every reference outside the repository, in file order. */
    List<Finding> findings() {
        List<Finding> findings = new ArrayList<>();
        for (Path file : files()) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Path base = file.toString().endsWith(".java") ? module(file) : file.getParent();
            for (int i = 0; i < lines.size(); i++) {
                if (outside(lines.get(i), base)) {
                    findings.add(new Finding(root.relativize(file).toString(), i + 1, lines.get(i).strip()));
                }
            }
        }
        return findings;
    }

    private boolean outside(String line, Path base) {
        if (SHARED.matcher(line).find() || MACHINE.matcher(line).find()) {
            return true;
        }
        Matcher climb = CLIMB.matcher(line.strip().endsWith(HOSTILE) ? "" : line);
        while (climb.find()) {
            if (escapes(base, climb.group(1) + climb.group(2))) {
                return true;
            }
        }
        Matcher pathOf = PATH_OF.matcher(line);
        while (pathOf.find()) {
            List<String> parts = new ArrayList<>();
            Matcher literal = LITERAL.matcher(pathOf.group(1));
            while (literal.find()) {
                parts.add(literal.group(1));
            }
            if (!parts.isEmpty() && !parts.get(0).startsWith("/") && escapes(base, String.join("/", parts))) {
                return true;
            }
        }
        return false;
    }

    private boolean escapes(Path base, String relative) {
        return !base.resolve(relative).normalize().startsWith(root);
    }

    /** The nearest folder above {@code file} holding a {@code pom.xml}. */
    private Path module(Path file) {
        for (Path dir = file.getParent(); dir != null && dir.startsWith(root); dir = dir.getParent()) {
            if (Files.exists(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        return root;
    }

    private List<Path> files() {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> root.relativize(file).toString().startsWith(".ci") || EXTENSIONS.contains(extension(file)))
                    .filter(file -> !SELF.contains(file.getFileName().toString()))
                    .filter(file -> java.util.stream.StreamSupport.stream(root.relativize(file).spliterator(), false)
                            .noneMatch(part -> SKIPPED.contains(part.toString())))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
