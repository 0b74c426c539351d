package org.standoff.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiles and runs the README's Java example exactly as the README shows it. */
class ReadmeExampleTest {
    private static final Path README = Path.of("..", "README.md");

    @Test
    void readmeExampleCompilesRunsAndPrintsWhatItsCommentsSay(@TempDir Path dir) throws Exception {
        String snippet = firstJavaBlock(Files.readString(README, StandardCharsets.UTF_8));
        Path source = dir.resolve("ReadmeExample.java");
        Files.writeString(source, "import org.standoff.core.model.*;\n"
                + "import org.standoff.core.validation.*;\n"
                + "public class ReadmeExample { public static void main(String[] args) {\n"
                + snippet + "\n} }\n");

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int status = compiler.run(null, null, null, "-classpath", System.getProperty("java.class.path"),
                "-d", dir.toString(), source.toString());
        assertThat(status).as("the README example compiles").isZero();

        String output = run(dir);
        assertThat(output.lines()).containsExactly("[]", "Jiang");
        assertThat(expectedOutputsInComments(snippet)).containsExactly("[]", "Jiang");
    }

    private static String run(Path classes) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                ReadmeExampleTest.class.getClassLoader())) {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            Method main = loader.loadClass("ReadmeExample").getMethod("main", String[].class);
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static String firstJavaBlock(String markdown) throws IOException {
        Matcher matcher = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
        if (!matcher.find()) {
            throw new IOException("README.md has no ```java block");
        }
        return matcher.group(1);
    }

    private static List<String> expectedOutputsInComments(String snippet) {
        return snippet.lines().filter(line -> line.contains("System.out.println"))
                .map(line -> line.substring(line.lastIndexOf("// ") + 3).strip()).toList();
    }
}
