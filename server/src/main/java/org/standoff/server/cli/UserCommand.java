package org.standoff.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import org.standoff.server.auth.Account;
import org.standoff.server.auth.AccountException;
import org.standoff.server.auth.Accounts;
import org.standoff.server.auth.AccountsFile;
import org.standoff.server.auth.Role;
import org.standoff.server.store.postgres.Database;
import org.standoff.server.store.postgres.PostgresAccounts;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code standoff user}: the accounts of a corpus, kept where its store keeps them: in the
 * {@value AccountsFile#FILE_NAME} of the corpus directory ({@code --corpus DIR}, else the default
 * corpus's data directory), or in the {@code accounts} table of the database {@code --db URL} names
 * (its schema migrated first, as {@code serve --db} does). A token is printed once, alone on
 * standard output (so {@code TOKEN=$(standoff user token alice)} works); what is kept is its hash.
 * A running server sees the change on its next request.
 */
@Command(name = "user", mixinStandardHelpOptions = true,
        description = "Manage the accounts that may sign in to a served corpus (docs/SECURITY.md).",
        subcommands = {UserCommand.Add.class, UserCommand.ListAccounts.class, UserCommand.Remove.class, UserCommand.Token.class})
final class UserCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** What every subcommand shares: the corpus, and reporting a refused change as one line. */
    abstract static class Subcommand implements Callable<Integer> {
        @Mixin
        CorpusOptions corpus = new CorpusOptions();

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (!database.isGiven()) {
                AccountsFile accounts = AccountsFile.in(corpus.directory());
                return runOn(accounts, accounts.file().toString());
            }
            if (corpus.corpus != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "give --corpus DIR or --db URL, not both");
            }
            try (Database connected = database.connect()) {
                connected.migrate();
                return runOn(new PostgresAccounts(connected), "the database " + connected.url());
            } catch (IOException | RuntimeException e) {
                spec.commandLine().getErr().println("standoff user " + spec.name() + ": " + e.getMessage());
                return 2;
            }
        }

        private int runOn(Accounts accounts, String where) {
            try {
                run(accounts, where, spec.commandLine().getOut(), spec.commandLine().getErr());
                return 0;
            } catch (AccountException | IllegalArgumentException e) {
                spec.commandLine().getErr().println("standoff user " + spec.name() + ": " + e.getMessage());
                return 1;
            }
        }

        /** Runs the subcommand on {@code accounts}, which live in {@code where} (a file, or a database). */
        abstract void run(Accounts accounts, String where, PrintWriter out, PrintWriter err);

        static void printToken(Accounts.IssuedToken issued, PrintWriter out, PrintWriter err) {
            err.println("The token of \"" + issued.account().name() + "\" (" + issued.account().role().label()
                    + "), shown only this once; send it as Authorization: Bearer TOKEN, or paste it into the page's Sign in:");
            err.flush();
            out.println(issued.token());
            out.flush();
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add an account and print its first token.")
    static final class Add extends Subcommand {
        @Parameters(paramLabel = "NAME", description = "1-64 letters, digits, '.', '_' or '-'.")
        String name;

        @Option(names = "--role", paramLabel = "ROLE", required = true,
                description = "reader (queries), annotator (edits annotations), curator (also merges and resolves)"
                        + " or admin (also imports and deletes documents).")
        String role;

        @Override
        void run(Accounts accounts, String where, PrintWriter out, PrintWriter err) {
            Account account = accounts.add(name, Role.parse(role));
            err.println("Added \"" + account.name() + "\" (" + account.role().label() + ") to " + where);
            printToken(accounts.issueToken(name), out, err);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts, their roles and tokens.")
    static final class ListAccounts extends Subcommand {
        @Override
        void run(Accounts accounts, String where, PrintWriter out, PrintWriter err) {
            List<Account> all = accounts.list();
            if (all.isEmpty()) {
                err.println("No accounts in " + where + ": a server on loopback is open to this machine.");
                return;
            }
            out.printf("%-24s %-10s %-22s %s%n", "NAME", "ROLE", "TOKEN ISSUED", "CREATED");
            for (Account account : all) {
                out.printf("%-24s %-10s %-22s %s%n", account.name(), account.role().label(),
                        account.hasToken() ? seconds(account.tokenIssued()) : "(none)", seconds(account.created()));
            }
        }
    }

    private static String seconds(Instant time) {
        return time.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove an account; its token stops working.")
    static final class Remove extends Subcommand {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        void run(Accounts accounts, String where, PrintWriter out, PrintWriter err) {
            accounts.remove(name);
            out.println("Removed \"" + name + "\"; its token no longer works. Its edits keep its name.");
        }
    }

    @Command(name = "token", mixinStandardHelpOptions = true,
            description = "Print a new token for an account, revoking its old one (or only revoke, with --revoke).")
    static final class Token extends Subcommand {
        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--revoke", description = "Revoke the account's token without issuing a new one.")
        boolean revoke;

        @Override
        void run(Accounts accounts, String where, PrintWriter out, PrintWriter err) {
            if (revoke) {
                accounts.revokeToken(name);
                out.println("Revoked the token of \"" + name + "\"; `standoff user token " + name + "` issues a new one.");
                return;
            }
            printToken(accounts.issueToken(name), out, err);
        }
    }
}
