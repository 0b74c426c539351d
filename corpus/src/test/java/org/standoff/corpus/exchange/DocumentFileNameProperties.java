package org.standoff.corpus.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/** The one file-name rule for document ids: any id gives one safe path segment, the same one every time. */
class DocumentFileNameProperties {

    @Property(tries = 2000)
    void anyIdGivesOneSafeSegment(@ForAll @StringLength(max = 400) String id) {
        String name = DocumentFileName.of(id, ".standoff.json");

        assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(DocumentFileName.MAX_STEM_BYTES + 9 + 14);
        assertThat(name).doesNotStartWith(".").doesNotContain("/").doesNotContain("\\").doesNotContain("\u0000")
                .doesNotContain(":");
        assertThat(name.chars().noneMatch(Character::isISOControl)).isTrue();
        assertThat(Path.of(name).getNameCount()).isEqualTo(1);
        assertThat(DocumentFileName.of(id, ".standoff.json")).isEqualTo(name);
    }

    @Property(tries = 2000)
    void differentIdsGetDifferentStems(@ForAll @StringLength(max = 40) String a, @ForAll @StringLength(max = 40) String b) {
        if (!a.equals(b)) {
            assertThat(DocumentFileName.stem(a)).isNotEqualTo(DocumentFileName.stem(b));
        }
    }

    @Example
    void safeIdsAreKeptAndOthersGetAHash() {
        assertThat(DocumentFileName.of("putin-jiang-2001", ".ann")).isEqualTo("putin-jiang-2001.ann");
        assertThat(DocumentFileName.stem("caf\u00e9-2")).isEqualTo("caf\u00e9-2");
        assertThat(DocumentFileName.stem("new doc/1")).matches("new_doc_1-[0-9a-f]{8}");
        assertThat(DocumentFileName.stem("new_doc_1")).isEqualTo("new_doc_1");
        assertThat(DocumentFileName.stem(".hidden")).matches("_hidden-[0-9a-f]{8}");
        assertThat(DocumentFileName.stem("a\u0000b")).matches("a_b-[0-9a-f]{8}");
        assertThat(DocumentFileName.stem("x".repeat(300))).matches("x{150}-[0-9a-f]{8}");
        assertThat(DocumentFileName.stem("NUL")).matches("NUL-[0-9a-f]{8}");
        assertThat(DocumentFileName.stem("")).matches("[0-9a-f]{8}");
        assertThat(DocumentFileName.stem("\u00e9".repeat(100))).matches("\u00e9{75}-[0-9a-f]{8}");
    }
}
