package org.standoff.server.store.postgres;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the database is and how to sign in: a JDBC URL, a user and a password. Made from what users
 * type: a libpq URL ({@code postgresql://user:secret@host:5432/standoff}, also {@code postgres://}) or
 * a JDBC URL ({@code jdbc:postgresql://host/standoff?user=...}). The password comes from the URL, else
 * from a password file (its first line), else from {@code PGPASSWORD}; the user from the URL, else
 * {@code PGUSER}. {@link #toString()} never shows the password.
 *
 * @param jdbcUrl  the JDBC URL, without user or password
 * @param user     the user, or null for the driver's default
 * @param password the password, or null
 */
public record DatabaseUrl(String jdbcUrl, String user, String password) {
    public DatabaseUrl {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    }

    /**
     * The database {@code url} names.
     *
     * @param passwordFile a file whose first line is the password, or null
     * @param environment  where {@code PGPASSWORD} and {@code PGUSER} are looked up (System::getenv)
     * @throws IllegalArgumentException when {@code url} is neither form, naming what is expected
     */
    public static DatabaseUrl parse(String url, Path passwordFile, java.util.function.UnaryOperator<String> environment)
            throws IOException {
        String user = null;
        String password = null;
        String jdbc;
        if (url.startsWith("jdbc:postgresql:")) {
            jdbc = url;
        } else if (url.startsWith("postgresql://") || url.startsWith("postgres://")) {
            URI uri = uri(url);
            String userInfo = uri.getRawUserInfo();
            if (userInfo != null) {
                int colon = userInfo.indexOf(':');
                user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
                password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
            }
            String host = uri.getHost() == null ? "localhost" : uri.getHost();
            String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            jdbc = "jdbc:postgresql://" + host + port + path + query;
        } else {
            throw new IllegalArgumentException("--db takes a postgresql:// URL (postgresql://user@host:5432/standoff)"
                    + " or a JDBC URL (jdbc:postgresql://host:5432/standoff), not \"" + redact(url) + "\"");
        }
        if (password == null && passwordFile != null) {
            String content = Files.readString(passwordFile, StandardCharsets.UTF_8);
            int newline = content.indexOf('\n');
            password = (newline < 0 ? content : content.substring(0, newline)).replace("\r", "");
        }
        if (password == null) {
            password = environment.apply("PGPASSWORD");
        }
        if (user == null && !jdbc.contains("user=")) {
            user = environment.apply("PGUSER");
        }
        return new DatabaseUrl(jdbc, user, password);
    }

    private static URI uri(String url) {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a valid database URL: " + redact(url) + " (" + e.getReason() + ")");
        }
    }

    private static String decode(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }

    /** {@code url} with any password replaced by {@code ***}, for messages. */
    static String redact(String url) {
        return url.replaceAll("(://[^:/@]*:)[^@/]*@", "$1***@").replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    @Override
    public String toString() {
        return redact(jdbcUrl) + (user == null ? "" : " as " + user);
    }
}
