#!/usr/bin/env python3
"""Compare `entente extract` output with hand-made gold annotations.

usage: score_gold.py [--min-entity-f1 X] [--min-relation-f1 Y] [--quiet]
                     GOLD PRED TEXT [GOLD PRED TEXT ...]

GOLD is one of tests/corpus/article-NN.gold.json, PRED the entente/1 JSON the
extractor wrote for the article, TEXT the article itself.  Prints one block per
article (its figures, then the misses and false alarms) and, last, one summary
line with the micro-averaged figures over all articles.  Exits 1 when the
entity or relation F1 is below the thresholds or an evidence quote is not a
verbatim piece of its article, and 2 on unreadable or malformed input.

Matching rules
  * Names are compared after folding case, diacritics and punctuation and
    dropping a leading "the", every "al"/"el" token and a possessive 's.
  * An actor matches the gold entity one of whose names equals the actor's
    name or one of its aliases.  The first actor to reach a gold entity takes
    it; any further actor reaching the same entity is a split and counts as a
    false positive.  Actors reaching an entity marked "required": false are
    ignored, so are their splits.  Actors reaching nothing are false positives.
  * Relations are compared as unordered pairs of factions (an entity's
    "faction", or the entity itself) plus polarity; only "ally" and "hostile"
    are judged.  A predicted relation with an end that reached no gold entity
    is a false positive; one inside a single faction is ignored; one that
    equals a gold relation marked "required": false is ignored.
"""

import argparse
import json
import re
import sys
import unicodedata

JUDGED_POLARITIES = {"ally", "hostile"}
ENTITY_TYPES = {"state", "leader", "person", "group"}
# leader and person are both individuals: mixing them up is not a type error
TYPE_FAMILY = {"state": "state", "group": "group", "leader": "individual", "person": "individual"}

QUOTE_FOLD = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
                            "\u2018": "'", "\u2019": "'", "\u02bc": "'"})


class InputError(Exception):
    pass


def normalise_name(name):
    """Fold a surface form to the key used for matching."""
    decomposed = unicodedata.normalize("NFKD", str(name))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = plain.translate(QUOTE_FOLD).lower()
    plain = re.sub(r"'s\b", "", plain)
    tokens = re.findall(r"[a-z0-9]+", plain)
    tokens = [tok for tok in tokens if tok not in ("al", "el")]
    if tokens and tokens[0] == "the":
        tokens.pop(0)
    return " ".join(tokens)


def fold_text(text):
    """Whitespace- and quote-folded form used for verbatim evidence checks."""
    return " ".join(str(text).translate(QUOTE_FOLD).split())


def read_json(path, role):
    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except OSError as err:
        raise InputError(f"{path}: cannot read {role}: {err.strerror}")
    except ValueError as err:
        raise InputError(f"{path}: {role} is not valid JSON: {err}")


def read_text(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            return handle.read()
    except OSError as err:
        raise InputError(f"{path}: cannot read article: {err.strerror}")


class Gold:
    """A checked gold annotation."""

    def __init__(self, data, path, article):
        if not isinstance(data, dict) or not isinstance(data.get("entities"), list) \
                or not isinstance(data.get("relations"), list):
            raise InputError(f"{path}: gold needs 'entities' and 'relations' lists")
        self.entities = {}
        self.by_name = {}
        for ent in data["entities"]:
            eid = ent.get("id")
            if not eid or eid in self.entities:
                raise InputError(f"{path}: entity id {eid!r} missing or repeated")
            if ent.get("type") not in ENTITY_TYPES:
                raise InputError(f"{path}: entity {eid!r} has bad type {ent.get('type')!r}")
            if not ent.get("names"):
                raise InputError(f"{path}: entity {eid!r} has no names")
            self.entities[eid] = ent
            for name in ent["names"]:
                key = normalise_name(name)
                owner = self.by_name.setdefault(key, eid)
                if owner != eid:
                    raise InputError(f"{path}: name {name!r} belongs to both {owner!r} and {eid!r}")
        for eid, ent in self.entities.items():
            if ent.get("faction", eid) not in self.entities:
                raise InputError(f"{path}: entity {eid!r} has unknown faction {ent['faction']!r}")

        folded_article = fold_text(article)
        self.required = set()
        self.optional = set()
        for rel in data["relations"]:
            for end in ("a", "b"):
                if rel.get(end) not in self.entities:
                    raise InputError(f"{path}: relation end {rel.get(end)!r} is not an entity")
            if rel.get("polarity") not in JUDGED_POLARITIES:
                raise InputError(f"{path}: relation {rel['a']}~{rel['b']} has bad polarity "
                                 f"{rel.get('polarity')!r}")
            evidence = rel.get("evidence", "")
            if not evidence or fold_text(evidence) not in folded_article:
                raise InputError(f"{path}: evidence of {rel['a']}~{rel['b']} is not in the article: "
                                 f"{evidence!r}")
            key = self.pair_key(rel["a"], rel["b"], rel["polarity"])
            if key is None:
                raise InputError(f"{path}: relation {rel['a']}~{rel['b']} joins one faction")
            (self.required if rel.get("required", True) else self.optional).add(key)
        self.optional -= self.required

    def faction(self, eid):
        return self.entities[eid].get("faction", eid)

    def is_required(self, eid):
        return self.entities[eid].get("required", True) is not False

    def pair_key(self, a, b, polarity):
        fa, fb = self.faction(a), self.faction(b)
        if fa == fb:
            return None
        return (min(fa, fb), max(fa, fb), polarity)

    def lookup(self, names):
        for name in names:
            eid = self.by_name.get(normalise_name(name))
            if eid:
                return eid
        return None


class Counts:
    FIELDS = ("ent_tp", "ent_fp", "ent_fn", "splits", "type_ok", "type_n",
              "rel_tp", "rel_fp", "rel_fn", "ev_ok", "ev_n")

    def __init__(self):
        for field in self.FIELDS:
            setattr(self, field, 0)

    def add(self, other):
        for field in self.FIELDS:
            setattr(self, field, getattr(self, field) + getattr(other, field))

    @staticmethod
    def prf(tp, fp, fn):
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    def entity_f1(self):
        return self.prf(self.ent_tp, self.ent_fp, self.ent_fn)[2]

    def relation_f1(self):
        return self.prf(self.rel_tp, self.rel_fp, self.rel_fn)[2]

    def evidence_rate(self):
        return self.ev_ok / self.ev_n if self.ev_n else 1.0

    def describe(self):
        ep, er, ef = self.prf(self.ent_tp, self.ent_fp, self.ent_fn)
        rp, rr, rf = self.prf(self.rel_tp, self.rel_fp, self.rel_fn)
        types = self.type_ok / self.type_n if self.type_n else 0.0
        return (f"entities P={ep:.2f} R={er:.2f} F1={ef:.2f} "
                f"(tp={self.ent_tp} fp={self.ent_fp} fn={self.ent_fn} splits={self.splits}) "
                f"types={types:.2f} | relations P={rp:.2f} R={rr:.2f} F1={rf:.2f} "
                f"(tp={self.rel_tp} fp={self.rel_fp} fn={self.rel_fn}) "
                f"| evidence verbatim {self.ev_ok}/{self.ev_n}")


def score_article(gold, pred, pred_path, article):
    """Return (Counts, list of detail lines) for one article."""
    actors = pred.get("actors") if isinstance(pred, dict) else None
    relations = pred.get("relations") if isinstance(pred, dict) else None
    if not isinstance(actors, list) or not isinstance(relations, list):
        raise InputError(f"{pred_path}: prediction lacks 'actors' or 'relations' lists")

    counts = Counts()
    notes = []
    reached = {}          # actor id -> gold id (or None)
    taken = set()

    for actor in actors:
        label = str(actor.get("name", "?"))
        names = [label] + [str(a) for a in (actor.get("aliases") or [])]
        eid = gold.lookup(names)
        reached[actor.get("id")] = eid
        if eid is None:
            counts.ent_fp += 1
            notes.append(f"  false entity  {label!r} ({actor.get('type')})")
            continue
        if not gold.is_required(eid):
            taken.add(eid)
            continue
        if eid in taken:
            counts.ent_fp += 1
            counts.splits += 1
            notes.append(f"  split         {label!r} repeats gold {eid!r}")
            continue
        taken.add(eid)
        counts.ent_tp += 1
        counts.type_n += 1
        gold_type = gold.entities[eid]["type"]
        if TYPE_FAMILY.get(actor.get("type")) == TYPE_FAMILY[gold_type]:
            counts.type_ok += 1
        else:
            notes.append(f"  wrong type    {label!r} is {actor.get('type')!r}, gold says {gold_type!r}")

    for eid, ent in gold.entities.items():
        if gold.is_required(eid) and eid not in taken:
            counts.ent_fn += 1
            notes.append(f"  missed entity {ent['names'][0]!r} ({ent['type']})")

    folded_article = fold_text(article)
    found = set()
    for rel in relations:
        for ev in rel.get("evidence") or []:
            quote = ev.get("text", "") if isinstance(ev, dict) else ""
            counts.ev_n += 1
            if str(quote).strip() and fold_text(quote) in folded_article:
                counts.ev_ok += 1
            else:
                notes.append(f"  evidence not verbatim in {rel.get('id')}: {str(quote)[:70]!r}")
        polarity = rel.get("polarity")
        if polarity not in JUDGED_POLARITIES:
            continue
        ends = (reached.get(rel.get("source")), reached.get(rel.get("target")))
        if None in ends:
            counts.rel_fp += 1
            notes.append(f"  false relation {rel.get('source')}~{rel.get('target')} {polarity} "
                         f"(an end is no gold entity)")
            continue
        key = gold.pair_key(ends[0], ends[1], polarity)
        if key is not None:
            found.add(key)

    for key in sorted(found):
        if key in gold.required:
            counts.rel_tp += 1
        elif key not in gold.optional:
            counts.rel_fp += 1
            notes.append(f"  false relation {key[0]}~{key[1]} {key[2]}")
    for key in sorted(gold.required - found):
        counts.rel_fn += 1
        notes.append(f"  missed relation {key[0]}~{key[1]} {key[2]}")
    return counts, notes


def main(argv):
    parser = argparse.ArgumentParser(
        description="Score entente extraction output against gold annotations.",
        usage="%(prog)s [--min-entity-f1 X] [--min-relation-f1 Y] [--quiet] GOLD PRED TEXT [...]")
    parser.add_argument("--min-entity-f1", type=float, default=0.0)
    parser.add_argument("--min-relation-f1", type=float, default=0.0)
    parser.add_argument("--quiet", action="store_true", help="print only the figures")
    parser.add_argument("files", nargs="+", metavar="GOLD PRED TEXT")
    args = parser.parse_args(argv)
    if len(args.files) % 3:
        parser.error("files must come in GOLD PRED TEXT triples")

    total = Counts()
    try:
        for i in range(0, len(args.files), 3):
            gold_path, pred_path, text_path = args.files[i:i + 3]
            article = read_text(text_path)
            gold = Gold(read_json(gold_path, "gold"), gold_path, article)
            counts, notes = score_article(gold, read_json(pred_path, "prediction"), pred_path, article)
            total.add(counts)
            print(f"{text_path}: {counts.describe()}")
            if not args.quiet:
                for line in notes:
                    print(line)
    except InputError as err:
        print(f"score_gold.py: {err}", file=sys.stderr)
        return 2

    print(f"TOTAL ({len(args.files) // 3} articles, micro-averaged): {total.describe()}")
    failures = []
    if total.entity_f1() < args.min_entity_f1:
        failures.append(f"entity F1 {total.entity_f1():.3f} < {args.min_entity_f1}")
    if total.relation_f1() < args.min_relation_f1:
        failures.append(f"relation F1 {total.relation_f1():.3f} < {args.min_relation_f1}")
    if total.evidence_rate() < 1.0:
        failures.append(f"{total.ev_n - total.ev_ok} evidence quotes are not verbatim")
    for failure in failures:
        print(f"FAIL: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
