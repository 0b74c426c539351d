#!/usr/bin/env python3
"""Regenerates the malformed standoff JSON test inputs in this folder (see README.md).

Each case starts from one small valid document and breaks one thing. Run from this folder:
python3 generate.py. The expected diagnostics are in README.md, checked by BadInputTest.
"""
import copy
import hashlib
import json
import re

TEXT = 'Ann said "hi \U0001F600" to Bo.'   # 22 code points, 23 UTF-16 units, 25 UTF-8 bytes


def fingerprint(text):
    return {"sha256": hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
            "codepoints": len(text), "utf16": len(text.encode("utf-16-le", "surrogatepass")) // 2}


def base():
    return {
        "format": "standoff/1",
        "id": "doc",
        "offsetUnit": "codepoint",
        "text": TEXT,
        "fingerprint": fingerprint(TEXT),
        "entities": [
            {"id": "e1", "canonicalName": "Ann", "entityType": "PERSON"},
            {"id": "e2", "canonicalName": "Bo", "entityType": "PERSON"},
        ],
        "mentions": [
            {"id": "m1", "start": 0, "end": 3, "text": "Ann", "mentionType": "NAME", "entity": "e1"},
            {"id": "m2", "start": 19, "end": 21, "text": "Bo", "mentionType": "NAME", "entity": "e2"},
        ],
        "quotes": [
            {"id": "q1", "start": 9, "end": 15, "text": "\"hi \U0001F600\"", "quoteType": "DIRECT"},
        ],
        "cues": [
            {"id": "c1", "start": 4, "end": 8, "text": "said", "lemma": "say"},
        ],
        "attributions": [
            {"id": "a1", "source": "m1", "cue": "c1", "contents": [{"quote": "q1", "link": "EXPLICIT"}]},
        ],
    }


class Raw:
    """A value written as raw JSON text (for NaN, huge numbers, ...)."""
    def __init__(self, text):
        self.text = text


def dumps(value):
    raws = []

    def default(o):
        raws.append(o.text)
        return "@@RAW%d@@" % (len(raws) - 1)
    out = json.dumps(value, ensure_ascii=False, separators=(", ", ": "), default=default)
    return re.sub('"@@RAW(\\d+)@@"', lambda m: raws[int(m.group(1))], out)


def render(doc):
    items = []
    for key, value in doc.items():
        if isinstance(value, list) and value and all(isinstance(x, dict) for x in value):
            inner = ",\n".join("    " + dumps(x) for x in value)
            items.append("  %s: [\n%s\n  ]" % (dumps(key), inner))
        else:
            items.append("  %s: %s" % (dumps(key), dumps(value)))
    return "{\n" + ",\n".join(items) + "\n}\n"


CASES = {}


def case(name):
    def register(fn):
        CASES[name] = fn
        return fn
    return register


def edit(fn):
    doc = base()
    fn(doc)
    return render(doc).encode("utf-8", "surrogatepass")


def text_edit(old, new):
    return render(base()).replace(old, new).encode("utf-8")


GOOD = render(base())

case("01-empty-file")(lambda: b"")
case("02-truncated")(lambda: GOOD.encode()[:200])
case("03-not-an-object")(lambda: b"[]\n")
case("04-trailing-garbage")(lambda: GOOD.encode() + b"x\n")
case("05-two-documents")(lambda: GOOD.encode() + GOOD.encode())
case("06-trailing-comma")(lambda: text_edit('"id": "doc",', '"id": "doc",,'))
case("07-single-quotes")(lambda: text_edit('"id": "doc"', "'id': 'doc'"))
case("08-comment")(lambda: text_edit('  "id": "doc",', '  // the id\n  "id": "doc",'))
case("09-nan-offset")(lambda: edit(lambda d: d["mentions"][0].update(start=Raw("NaN"))))
case("10-duplicate-key")(lambda: text_edit('"id": "doc",', '"id": "doc",\n  "id": "again",'))
case("11-bom")(lambda: b"\xef\xbb\xbf" + GOOD.encode())
case("12-invalid-utf8")(lambda: GOOD.encode().replace(b"Ann said", b"Ann \xff said", 1))
case("13-utf16-encoded")(lambda: b"\xff\xfe" + GOOD.encode("utf-16-le"))
case("14-overlong-utf8")(lambda: GOOD.encode().replace(b'"canonicalName": "Bo"', b'"canonicalName": "B\xc0\xafo"', 1))
case("15-deep-nesting")(lambda: edit(lambda d: d.update(deep=Raw("[" * 100 + "]" * 100))))
case("16-huge-integer")(lambda: edit(lambda d: d["mentions"][0].update(start=Raw("99999999999999999999"))))
case("17-long-number")(lambda: edit(lambda d: d["mentions"][0].update(end=Raw("1" * 200))))
case("18-negative-offset")(lambda: edit(lambda d: d["mentions"][0].update(start=-1)))
case("19-decimal-offset")(lambda: edit(lambda d: d["mentions"][0].update(start=Raw("1.5"))))
case("20-string-offset")(lambda: edit(lambda d: d["mentions"][0].update(start="0")))
case("21-missing-format")(lambda: edit(lambda d: d.pop("format")))
case("22-future-format")(lambda: edit(lambda d: d.update(format="standoff/2")))
case("23-format-not-string")(lambda: edit(lambda d: d.update(format=1)))
case("24-missing-id")(lambda: edit(lambda d: d.pop("id")))
case("25-empty-id")(lambda: edit(lambda d: d.update(id="")))
case("26-missing-offset-unit")(lambda: edit(lambda d: d.pop("offsetUnit")))
case("27-unknown-offset-unit")(lambda: edit(lambda d: d.update(offsetUnit="chars")))
case("28-missing-text")(lambda: edit(lambda d: d.pop("text")))


def with_text_ref(d, path, sha):
    items = list(d.items())
    d.clear()
    for key, value in items:
        if key == "text":
            d["textRef"] = {"path": path, "sha256": sha}
        else:
            d[key] = value


SHA = hashlib.sha256(TEXT.encode()).hexdigest()
case("29-text-and-textref")(lambda: edit(lambda d: d.update(textRef={"path": "t.txt", "sha256": SHA})))
case("30-textref-absolute")(lambda: edit(lambda d: with_text_ref(d, "/etc/passwd", SHA)))
case("31-textref-missing-file")(lambda: edit(lambda d: with_text_ref(d, "no-such-file.txt", SHA)))
case("32-textref-sha-mismatch")(lambda: edit(lambda d: with_text_ref(d, "32-sidecar.txt", "0" * 64)))
case("33-textref-dotdot")(lambda: edit(lambda d: with_text_ref(d, "../good/secret.txt", SHA)))
case("34-fingerprint-sha256")(lambda: edit(lambda d: d["fingerprint"].update(sha256="a" * 64)))
case("35-fingerprint-length")(lambda: edit(lambda d: d["fingerprint"].update(codepoints=23)))
case("36-fingerprint-not-hex")(lambda: edit(lambda d: d["fingerprint"].update(sha256="XYZ")))
case("37-text-not-string")(lambda: edit(lambda d: d.update(text=5)))
case("38-missing-start")(lambda: edit(lambda d: d["mentions"][0].pop("start")))
case("39-missing-mention-type")(lambda: edit(lambda d: d["mentions"][0].pop("mentionType")))
case("40-lower-case-enum")(lambda: edit(lambda d: d["mentions"][0].update(mentionType="name")))
case("41-start-after-end")(lambda: edit(lambda d: d["mentions"][1].update(start=21, end=19)))
case("42-offset-past-end")(lambda: edit(lambda d: d["mentions"][1].update(end=30)))


def utf16_inside(d):
    d["offsetUnit"] = "utf16"
    d["mentions"][1].update(start=20, end=22)
    d["quotes"][0].update(end=14)


def utf8_inside(d):
    d["offsetUnit"] = "utf8"
    d["mentions"][1].update(start=22, end=24)
    d["quotes"][0].update(end=15)


case("43-utf16-inside-surrogate-pair")(lambda: edit(utf16_inside))
case("44-utf8-inside-sequence")(lambda: edit(utf8_inside))
case("45-covered-text-mismatch")(lambda: edit(lambda d: d["mentions"][0].update(text="Anne")))
case("46-covered-text-off-by-one")(lambda: edit(lambda d: d["mentions"][1].update(start=18, end=20)))
case("47-one-fragment")(lambda: edit(lambda d: d["mentions"][0].update(fragments=[[0, 3]])))
case("48-overlapping-fragments")(lambda: edit(lambda d: d["mentions"][0].update(end=8, text="Ann said", fragments=[[0, 5], [3, 8]])))
case("49-fragments-not-bounds")(lambda: edit(lambda d: d["mentions"][0].update(fragments=[[0, 1], [2, 4]])))
case("50-fragment-not-a-pair")(lambda: edit(lambda d: d["mentions"][0].update(fragments=[[0, 1, 2], [2, 3]])))
case("51-duplicate-ids")(lambda: edit(lambda d: d["mentions"][1].update(id="m1")))
case("52-dangling-entity")(lambda: edit(lambda d: d["mentions"][1].update(entity="e9")))
case("53-source-is-a-quote")(lambda: edit(lambda d: d["attributions"][0].update(source="q1")))
case("54-empty-contents")(lambda: edit(lambda d: d["attributions"][0].update(contents=[])))
case("55-nested-in-itself")(lambda: edit(lambda d: d["attributions"][0].update(nestedIn="a1")))
case("56-entities-not-array")(lambda: edit(lambda d: d.update(entities={"e1": "Ann"})))
case("57-annotation-not-object")(lambda: edit(lambda d: d["mentions"].append(7)))
case("58-metadata-not-string")(lambda: edit(lambda d: d.update(metadata={"year": 2001})))
case("59-attribute-object-value")(lambda: edit(lambda d: d.update(annotations=[
    {"id": "g1", "layer": "ner", "label": "PER", "start": 0, "end": 3, "text": "Ann", "attributes": {"x": {"y": 1}}}])))
case("60-span-layer-with-roles")(lambda: edit(lambda d: d.update(schema={"layers": [
    {"name": "ner", "kind": "SPAN", "roles": [{"name": "arg", "min": 1}]}]})))
case("61-label-not-in-schema")(lambda: edit(lambda d: d.update(
    schema={"layers": [{"name": "ner", "kind": "SPAN", "labels": ["PER"]}]},
    annotations=[{"id": "g1", "layer": "ner", "label": "LOC", "start": 19, "end": 21, "text": "Bo"}])))
case("62-provenance-bad-time")(lambda: edit(lambda d: d.update(provenance=[
    {"id": "p1", "agent": "x", "agentType": "HUMAN", "time": "yesterday"}])))
case("63-confidence-above-one")(lambda: edit(lambda d: d.update(provenance=[
    {"id": "p1", "agent": "x", "agentType": "SOFTWARE", "confidence": 1.5}])))
case("64-claim-without-checkworthy")(lambda: edit(lambda d: d.update(claims=[
    {"id": "cl1", "start": 10, "end": 12, "text": "hi", "claimType": "OPINION"}])))
case("65-bad-content-link")(lambda: edit(lambda d: d["attributions"][0].update(contents=[{"quote": "q1", "link": "IMPLICIT"}])))


def lone_surrogate_text():
    doc = base()
    doc.pop("fingerprint")
    doc["text"] = Raw('"' + TEXT.replace('"', '\\"') + '\\ud800"')
    return render(doc).encode()


case("66-unpaired-surrogate-text")(lone_surrogate_text)
case("67-unknown-nested-field")(lambda: edit(lambda d: d["fingerprint"].update(note="kept?")))


def crlf(d):
    text = "Ann said:\r\n\"hi.\"\r\n"
    d.update(text=text, fingerprint=fingerprint(text))
    d["mentions"] = [{"id": "m1", "start": 0, "end": 3, "text": "Ann", "mentionType": "NAME", "entity": "e1"}]
    d["quotes"] = [{"id": "q1", "start": 11, "end": 16, "text": "\"hi.\"", "quoteType": "DIRECT"}]
    d["cues"] = [{"id": "c1", "start": 4, "end": 8, "text": "said", "lemma": "say"}]
    d["segments"] = [{"id": "s1", "start": 0, "end": 11, "text": "Ann said:\r\n", "segmentType": "SENTENCE"}]
    d["entities"] = d["entities"][:1]


case("68-crlf-text-is-valid")(lambda: edit(crlf))
case("69-id-with-spaces")(lambda: edit(lambda d: d["mentions"][0].update(id=" m1")))
case("70-null-reference")(lambda: edit(lambda d: d["mentions"][0].update(entity=None)))


def combining(d):
    text = "Zoe\u0301 spoke."
    d.update(text=text, fingerprint=fingerprint(text), entities=d["entities"][:1], quotes=[], cues=[], attributions=[])
    d["mentions"] = [{"id": "m1", "start": 0, "end": 3, "text": "Zoe", "mentionType": "NAME", "entity": "e1"}]


case("71-span-cuts-grapheme")(lambda: edit(combining))
case("72-raw-control-character")(lambda: text_edit('"canonicalName": "Ann"', '"canonicalName": "A\tnn"'))
case("73-invalid-escape")(lambda: text_edit('"canonicalName": "Ann"', '"canonicalName": "A\\xnn"'))
case("74-unquoted-key")(lambda: text_edit('"format":', 'format:'))
case("75-missing-colon")(lambda: text_edit('"id": "doc"', '"id" "doc"'))
case("76-top-level-string")(lambda: b'"standoff/1"\n')
case("77-id-not-string")(lambda: edit(lambda d: d["entities"][0].update(id=1)))
case("78-quote-verbatim-outside")(lambda: edit(lambda d: d["quotes"][0].update(quoteType="MIXED", verbatim=[{"start": 0, "end": 3, "text": "Ann"}])))
case("79-unknown-fields-survive")(lambda: edit(lambda d: (d.update({"x-note": {"a": [1, 2.50, "z"]}}), d["mentions"][0].update({"x-score": 1e10}))))
case("80-exponent-offset-is-valid")(lambda: edit(lambda d: d["mentions"][0].update(end=Raw("3e0"))))

if __name__ == "__main__":
    for name, make in CASES.items():
        with open(name + ".json", "wb") as out:
            out.write(make())
    with open("32-sidecar.txt", "wb") as out:
        out.write(TEXT.encode())
    print(len(CASES), "cases")
