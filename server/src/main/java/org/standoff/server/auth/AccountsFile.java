package org.standoff.server.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.standoff.corpus.DurableFiles;

/**
 * The accounts of a corpus directory, in its file {@value #FILE_NAME}:
 *
 * <pre>{@code
 * {
 *   "format": "standoff-accounts/1",
 *   "accounts": [
 *     {"name": "alice", "role": "annotator", "created": "2026-12-06T04:30:00Z",
 *      "token": {"sha256": "9f86d0…", "issued": "2026-12-06T04:30:00Z"}}
 *   ]
 * }
 * }</pre>
 *
 * <p>The file holds token hashes, never tokens; it is created readable by its owner only
 * ({@code rw-------}) and replaced durably and atomically ({@link DurableFiles}) on every change, keeping
 * its permissions. A missing file is no accounts. The file is read again when it changes, so the
 * {@code standoff user} command can add, revoke and remove while a server runs. Thread-safe; two
 * processes changing accounts at the same moment may lose one change.
 */
public final class AccountsFile implements Accounts {
    /** The file's name inside the corpus (or data) directory. */
    public static final String FILE_NAME = ".standoff-accounts.json";
    /** The value of the file's {@code "format"} field. */
    public static final String FORMAT = "standoff-accounts/1";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private Snapshot snapshot = new Snapshot(null, List.of());

    private AccountsFile(Path file) {
        this.file = file;
    }

    /** The accounts kept in {@code directory}; nothing is read or created yet. */
    public static AccountsFile in(Path directory) {
        return new AccountsFile(Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize().resolve(FILE_NAME));
    }

    /** The file. */
    public Path file() {
        return file;
    }

    @Override
    public synchronized List<Account> list() {
        return current();
    }

    @Override
    public Optional<Account> authenticate(String token) {
        return Tokens.owner(list(), token);
    }

    @Override
    public Account add(String name, Role role) {
        Account account = new Account(Account.requireValidName(name), Objects.requireNonNull(role, "role"),
                Instant.now(), null, null);
        change(accounts -> {
            if (accounts.stream().anyMatch(a -> a.name().equals(name))) {
                throw new AccountException("there is already an account \"" + name + "\"");
            }
            List<Account> changed = new ArrayList<>(accounts);
            changed.add(account);
            return changed;
        });
        return account;
    }

    @Override
    public void remove(String name) {
        change(accounts -> {
            List<Account> changed = new ArrayList<>(accounts);
            if (!changed.removeIf(a -> a.name().equals(name))) {
                throw unknown(name);
            }
            return changed;
        });
    }

    @Override
    public IssuedToken issueToken(String name) {
        String token = Tokens.generate();
        Instant now = Instant.now();
        List<Account> changed = change(accounts -> replace(accounts, name, a -> a.withToken(Tokens.hash(token), now)));
        Account account = changed.stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
        return new IssuedToken(account, token);
    }

    @Override
    public void revokeToken(String name) {
        change(accounts -> replace(accounts, name, a -> a.withToken(null, null)));
    }

    private static List<Account> replace(List<Account> accounts, String name, UnaryOperator<Account> edit) {
        List<Account> changed = new ArrayList<>(accounts);
        for (int i = 0; i < changed.size(); i++) {
            if (changed.get(i).name().equals(name)) {
                changed.set(i, edit.apply(changed.get(i)));
                return changed;
            }
        }
        throw unknown(name);
    }

    private static AccountException unknown(String name) {
        return new AccountException("no account \"" + name + "\"");
    }

    /** Applies {@code edit} to the current accounts and writes the result; answers it. */
    private synchronized List<Account> change(UnaryOperator<List<Account>> edit) {
        List<Account> changed = new ArrayList<>(edit.apply(current()));
        changed.sort(Comparator.comparing(Account::name));
        try {
            createPrivately();
            DurableFiles.write(file, encode(changed));
        } catch (IOException e) {
            throw new AccountException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return current();
    }

    /** Creates the file empty and readable by its owner only, unless it exists; a later write keeps those permissions. */
    private void createPrivately() throws IOException {
        if (Files.exists(file)) {
            return;
        }
        Files.createDirectories(file.getParent());
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
    }

    /** The accounts as the file holds them now, read again only when the file changed. */
    private List<Account> current() {
        Object key = fileKey();
        if (!Objects.equals(key, snapshot.key())) {
            snapshot = new Snapshot(key, key == null ? List.of() : read());
        }
        return snapshot.accounts();
    }

    /** What changes whenever the file does: its identity (a new file on every atomic replace), time and size. */
    private Object fileKey() {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return List.of(String.valueOf(attributes.fileKey()), attributes.lastModifiedTime(), attributes.size());
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new AccountException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private List<Account> read() {
        JsonNode root;
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length == 0) {
                return List.of();
            }
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new AccountException(file + " is not a readable accounts file: " + e.getMessage(), e);
        }
        if (root == null || !FORMAT.equals(root.path("format").asText()) || !root.path("accounts").isArray()) {
            throw new AccountException(file + " is not an accounts file: it needs \"format\": \"" + FORMAT
                    + "\" and an \"accounts\" array");
        }
        List<Account> accounts = new ArrayList<>();
        for (int i = 0; i < root.get("accounts").size(); i++) {
            accounts.add(decode(root.get("accounts").get(i), "/accounts/" + i));
        }
        return List.copyOf(accounts);
    }

    private Account decode(JsonNode node, String pointer) {
        try {
            JsonNode token = node.path("token");
            return new Account(text(node, "name"), Role.parse(text(node, "role")), Instant.parse(text(node, "created")),
                    token.isObject() ? text(token, "sha256") : null,
                    token.isObject() ? Instant.parse(text(token, "issued")) : null);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new AccountException(file + " " + pointer + ": " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a string");
        }
        return value.asText();
    }

    private static byte[] encode(List<Account> accounts) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        ArrayNode list = root.putArray("accounts");
        for (Account account : accounts) {
            ObjectNode node = list.addObject();
            node.put("name", account.name());
            node.put("role", account.role().label());
            node.put("created", account.created().toString());
            if (account.hasToken()) {
                ObjectNode token = node.putObject("token");
                token.put("sha256", account.tokenSha256());
                token.put("issued", account.tokenIssued().toString());
            }
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    private record Snapshot(Object key, List<Account> accounts) {
    }
}
