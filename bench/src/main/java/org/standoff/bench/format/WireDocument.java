package org.standoff.bench.format;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * Plain Java records mirroring a standoff JSON document field for field, for the Jackson databind
 * baselines: what databind does with the same bytes when it only has to map them onto records (no
 * validation, no offset conversion, no covered-text checks). The {@code note} fields of the
 * generated corpus are mapped too, so databind reads and writes all the JSON our reader keeps.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record WireDocument(String format, String id, String offsetUnit, String text, Fingerprint fingerprint,
                           Map<String, String> metadata, List<Entity> entities, List<Mention> mentions,
                           List<Quote> quotes, List<Cue> cues, List<Attribution> attributions, List<Claim> claims,
                           List<Segment> segments, List<Provenance> provenance, String note) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Fingerprint(String sha256, int codepoints, int utf16) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Entity(String id, String canonicalName, String entityType, Map<String, String> kbIds,
                         Boolean metonymy, String provenance, String note) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Mention(String id, int start, int end, String text, List<int[]> fragments, String mentionType,
                          String entity, String provenance, String note) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Quote(String id, int start, int end, String text, List<int[]> fragments, String quoteType,
                        List<Part> verbatim, String embeddedIn, String provenance, String note) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Part(int start, int end, String text) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Cue(String id, int start, int end, String text, List<int[]> fragments, String lemma,
                      String provenance, String note) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Attribution(String id, String source, String cue, List<Content> contents, List<Supplement> supplements,
                              String nestedIn, String provenance, String note) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Content(String quote, String link) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Supplement(String role, int start, int end, String text) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Claim(String id, int start, int end, String text, List<int[]> fragments, String claimType,
                        boolean checkworthy, String claimText, String claimant, String attribution, String quote,
                        String provenance, String note) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Segment(String id, int start, int end, String text, List<int[]> fragments, String segmentType,
                          String provenance, String note) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Provenance(String id, String agent, String agentType, String time, Double confidence) {
    }
}
