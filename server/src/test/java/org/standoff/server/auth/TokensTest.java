package org.standoff.server.auth;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Tokens: random, well-formed, stored as hashes, compared in constant time. */
class TokensTest {

    @Test
    void aTokenCarries256RandomBitsBehindAPrefix() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = Tokens.generate();
            assertThat(token).startsWith(Tokens.PREFIX).hasSize(Tokens.PREFIX.length() + 43);
            assertThat(Tokens.isWellFormed(token)).isTrue();
            assertThat(seen.add(token)).isTrue();
        }
        assertThat(Tokens.RANDOM_BYTES * 8).isGreaterThanOrEqualTo(128);
    }

    @Test
    void theHashIsSha256AndGivesNoTokenBack() {
        String token = Tokens.generate();
        String hash = Tokens.hash(token);
        assertThat(Tokens.isHash(hash)).isTrue();
        assertThat(hash).doesNotContain(token.substring(Tokens.PREFIX.length(), Tokens.PREFIX.length() + 8));
        // the SHA-256 of "abc", from FIPS 180-2
        assertThat(Tokens.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Property(tries = 300)
    void sameHashIsEqualityOfTheHashes(@ForAll @StringLength(min = 0, max = 70) String a,
                                       @ForAll @StringLength(min = 0, max = 70) String b) {
        assertThat(Tokens.sameHash(a, b)).isEqualTo(a.equals(b));
        assertThat(Tokens.sameHash(a, a)).isTrue();
        assertThat(Tokens.sameHash(a, null)).isFalse();
    }

    @Test
    void theOwnerIsFoundAmongManyAndNothingElseMatches() {
        String token = Tokens.generate();
        Instant now = Instant.now();
        List<Account> accounts = List.of(
                new Account("a", Role.READER, now, Tokens.hash(Tokens.generate()), now),
                new Account("b", Role.ADMIN, now, null, null),
                new Account("c", Role.ANNOTATOR, now, Tokens.hash(token), now),
                new Account("d", Role.CURATOR, now, Tokens.hash(Tokens.generate()), now));
        assertThat(Tokens.owner(accounts, token)).map(Account::name).hasValue("c");
        char last = token.charAt(token.length() - 1);
        String oneOff = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertThat(Tokens.owner(accounts, oneOff)).isEmpty();
        assertThat(Tokens.owner(accounts, Tokens.hash(token))).isEmpty();
        assertThat(Tokens.owner(accounts, "")).isEmpty();
        assertThat(Tokens.owner(accounts, null)).isEmpty();
    }

    /**
     * Timing safety is a property of the code, not of a stopwatch (a timed test would only be noise on a
     * shared machine): token hashes are compared by exactly one method, {@link Tokens#sameHash}, which
     * compares with {@link MessageDigest#isEqual} (constant time since Java 6u17), and nothing in the
     * package compares bytes or hash strings any other way; {@link Tokens#owner} compares every account's
     * hash and has no early exit from its loop.
     */
    @Test
    void hashesAreComparedOnlyInConstantTime() {
        JavaClass tokens = new ClassFileImporter().importClasses(Tokens.class).get(Tokens.class);
        JavaMethod sameHash = tokens.getMethod("sameHash", String.class, String.class);
        assertThat(callsTo(sameHash)).contains("java.security.MessageDigest.isEqual")
                .doesNotContain("java.lang.String.equals", "java.util.Arrays.equals");
        JavaMethod owner = tokens.getMethod("owner", List.class, String.class);
        assertThat(callsTo(owner)).contains("org.standoff.server.auth.Tokens.sameHash")
                .doesNotContain("java.lang.String.equals", "java.util.Arrays.equals", "java.util.Objects.equals");

        for (JavaClass type : new ClassFileImporter().importPackagesOf(Tokens.class)) {
            if (!type.getPackageName().equals(Tokens.class.getPackageName())) {
                continue;
            }
            Set<String> comparisons = type.getMethodCallsFromSelf().stream()
                    .filter(target(owner(name(Arrays.class.getName()))).and(target(name("equals"))))
                    .map(call -> call.getOrigin().getFullName()).collect(Collectors.toSet());
            assertThat(comparisons).as(type.getName()).isEmpty();
            Set<String> hashReaders = type.getMethodCallsFromSelf().stream()
                    .filter(target(owner(name(Account.class.getName()))).and(target(name("tokenSha256"))))
                    .map(call -> call.getOrigin().getName()).collect(Collectors.toSet());
            assertThat(hashReaders).as(type.getName() + " reads token hashes").isSubsetOf("owner", "encode", "<init>");
        }
    }

    private static Set<String> callsTo(JavaMethod method) {
        return method.getMethodCallsFromSelf().stream()
                .map(JavaMethodCall::getTarget)
                .map(target -> target.getOwner().getName() + "." + target.getName())
                .collect(Collectors.toSet());
    }
}
