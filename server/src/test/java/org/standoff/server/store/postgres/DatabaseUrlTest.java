package org.standoff.server.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseUrlTest {
    @TempDir
    Path directory;

    @Test
    void aLibpqUrlBecomesAJdbcUrlUserAndPassword() throws Exception {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://ann:p%40ss@db.example:5433/standoff?sslmode=require", null, name -> null);
        assertThat(url).isEqualTo(new DatabaseUrl("jdbc:postgresql://db.example:5433/standoff?sslmode=require", "ann", "p@ss"));
        assertThat(url.toString()).doesNotContain("p@ss");
        assertThat(DatabaseUrl.parse("postgres://localhost/standoff", null, name -> null).jdbcUrl())
                .isEqualTo("jdbc:postgresql://localhost/standoff");
    }

    @Test
    void thePasswordComesFromTheUrlThenTheFileThenPgpassword() throws Exception {
        Path file = directory.resolve("password");
        Files.writeString(file, "from-file\r\nsecond line");
        Map<String, String> environment = Map.of("PGPASSWORD", "from-env", "PGUSER", "env-user");
        assertThat(DatabaseUrl.parse("postgresql://u:from-url@h/db", file, environment::get).password()).isEqualTo("from-url");
        assertThat(DatabaseUrl.parse("postgresql://u@h/db", file, environment::get).password()).isEqualTo("from-file");
        DatabaseUrl fromEnvironment = DatabaseUrl.parse("jdbc:postgresql://h/db", null, environment::get);
        assertThat(fromEnvironment.password()).isEqualTo("from-env");
        assertThat(fromEnvironment.user()).isEqualTo("env-user");
    }

    @Test
    void otherUrlsAreRefusedWithoutShowingThePassword() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://root:hunter2@h/db", null, name -> null))
                .hasMessageContaining("postgresql://").hasMessageNotContaining("hunter2");
    }
}
