#!/usr/bin/env python3
# check-gazetteer.py: validates the bundled knowledge files
# data/gazetteer/{states,groups,leaders}.json against the schema the core
# loader reads.  Prints every problem found and exits 1 if there was any.
#
# The source tree is taken from $ENTENTE_SOURCE_DIR (set by tests/meson.build)
# or else from the directory above this script.  A single file can also be
# checked in isolation: check-gazetteer.py --states FILE --groups FILE ...

import argparse
import copy
import json
import os
import re
import sys
import unicodedata

# The 193 member states of the United Nations (ISO 3166-1 alpha-3, lower case).
UN_MEMBERS = """
afg alb dza and ago atg arg arm aus aut aze bhs bhr bgd brb blr bel blz ben btn
bol bih bwa bra brn bgr bfa bdi cpv khm cmr can caf tcd chl chn col com cog cri
civ hrv cub cyp cze prk cod dnk dji dma dom ecu egy slv gnq eri est swz eth fji
fin fra gab gmb geo deu gha grc grd gtm gin gnb guy hti hnd hun isl ind idn irn
irq irl isr ita jam jpn jor kaz ken kir kwt kgz lao lva lbn lso lbr lby lie ltu
lux mdg mwi mys mdv mli mlt mhl mrt mus mex fsm mco mng mne mar moz mmr nam nru
npl nld nzl nic ner nga mkd nor omn pak plw pan png pry per phl pol prt qat kor
mda rou rus rwa kna lca vct wsm smr stp sau sen srb syc sle sgp svk svn slb som
zaf ssd esp lka sdn sur swe che syr tjk tha tls tgo ton tto tun tur tkm tuv uga
ukr are gbr tza usa ury uzb vut ven vnm yem zmb zwe
""".split()
UN_OBSERVERS = ["vat", "pse"]
OTHER_STATES = ["twn", "xkx", "esh"]

GROUP_KINDS = {
    "international-organisation", "alliance", "rival-government",
    "armed-group", "militia", "party", "state-company", "company", "airline",
    "ministry", "agency", "movement", "outlet", "ngo",
}

# Group ids that leaders.json is allowed to reference; they must exist.
REQUIRED_GROUP_IDS = """
lna gna gnu hor hcs plc stc houthis rsf saf hezbollah hamas pij isis al-qaeda
aqap jnim al-shabaab boko-haram hts sdf ypg pkk sna fsa wagner pmf
kataib-hezbollah irgc quds-force taliban tplf m23 polisario nato eu un au
arab-league gcc ecowas iaea icc opec muslim-brotherhood plo fatah ennahda akp
united-russia ccp anc likud azov fano ansar-dine tigray-interim-administration
janjaweed sla jem splm-n
""".split()

# Acronyms of non-outlet groups must not be ordinary English words: in an
# all-capitals headline they would turn into actors.  Outlets are only used to
# exclude names, so a false hit on one is harmless.  "WHO" is kept on purpose:
# it is how the organisation is printed everywhere.
WORD_ACRONYMS = set("""
a am an and are as at be but by can do for go had has he her him his i if in
is it its me my no not of oh ok on one or our out so the to up us was we who
why yes you
""".split())
ALLOWED_WORD_ACRONYMS = {"WHO"}

MIN_GROUPS = 250
MIN_LEADERS = 400

STATE_ID_RE = re.compile(r"^[a-z]{3}$")
GROUP_ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

STATE_FIELDS = {
    # field: (type, required)
    "id": (str, True),
    "name": (str, True),
    "official": (str, True),
    "names": (list, True),
    "abbreviations": (list, True),
    "demonyms": (list, True),
    "capital": (str, True),
    "capital_refers_to": (str, False),
    "seats": (list, False),
    "metonyms": (list, True),
    "government": (list, True),
    "status": (str, True),
    "ambiguous": (bool, False),
    "regions": (list, False),
}

GROUP_FIELDS = {
    "id": (str, True),
    "name": (str, True),
    "variants": (list, True),
    "acronyms": (list, True),
    "kind": (str, True),
    "acts_for": (str, False),
    "members": (list, False),
    "ambiguous": (bool, False),
}

STATE_STRING_FIELDS = ["names", "abbreviations", "demonyms", "metonyms",
                       "government", "seats"]
GROUP_STRING_FIELDS = ["variants", "acronyms"]
LEADER_STRING_FIELDS = ["names", "aliases", "variants"]


class Report:
    def __init__(self):
        self.problems = []
        self.notes = []

    def error(self, where, msg):
        self.problems.append("%s: %s" % (where, msg))


def reject_duplicate_keys(pairs):
    seen = {}
    for key, value in pairs:
        if key in seen:
            raise ValueError("duplicate key %r" % key)
        seen[key] = value
    return seen


def load(path, rep):
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh, object_pairs_hook=reject_duplicate_keys)
    except OSError as e:
        rep.error(path, "cannot read: %s" % e.strerror)
    except json.JSONDecodeError as e:
        rep.error(path, "invalid JSON at line %d column %d: %s"
                  % (e.lineno, e.colno, e.msg))
    except ValueError as e:
        rep.error(path, "invalid JSON: %s" % e)
    return None


def fold(s):
    """Key used to compare surface strings: case, accents and a leading
    article ignored, as the loader drops "the" before matching."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\u2019", "'")
    words = s.casefold().split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def check_fields(where, entry, spec, rep):
    ok = True
    if not isinstance(entry, dict):
        rep.error(where, "entry is not an object")
        return False
    for key in entry:
        if key not in spec:
            rep.error(where, "unknown field %r" % key)
    for key, (typ, required) in spec.items():
        if key not in entry:
            if required:
                rep.error(where, "missing field %r" % key)
                ok = False
            continue
        value = entry[key]
        if not isinstance(value, typ):
            rep.error(where, "field %r should be %s" % (key, typ.__name__))
            ok = False
            continue
        if typ is str and not value.strip():
            rep.error(where, "field %r is empty" % key)
            ok = False
        if typ is str and value != value.strip():
            rep.error(where, "field %r has surrounding spaces" % key)
        if typ is list:
            seen = set()
            for item in value:
                if not isinstance(item, str) or not item.strip():
                    rep.error(where, "field %r holds a non-string or empty item"
                              % key)
                    ok = False
                    continue
                if item != item.strip() or "  " in item:
                    rep.error(where, "%r in %r has stray spaces" % (item, key))
                if item in seen:
                    rep.error(where, "%r repeated in %r" % (item, key))
                seen.add(item)
    return ok


def entry_list(doc, key, path, rep):
    if doc is None:
        return None
    if not isinstance(doc, dict) or key not in doc:
        rep.error(path, "top level must be an object with a %r array" % key)
        return None
    if not isinstance(doc[key], list):
        rep.error(path, "%r must be an array" % key)
        return None
    return doc[key]


def check_states(path, states, rep):
    ids = {}
    for i, st in enumerate(states):
        where = "%s: states[%d]" % (path, i)
        if isinstance(st, dict) and isinstance(st.get("id"), str):
            where = "%s: state %r" % (path, st["id"])
        if not check_fields(where, st, STATE_FIELDS, rep):
            continue
        sid = st["id"]
        if not STATE_ID_RE.match(sid):
            rep.error(where, "id must be three lower-case letters")
        if sid in ids:
            rep.error(where, "duplicate id")
        ids[sid] = st
        if st["name"] not in st["names"]:
            rep.error(where, "canonical name %r missing from names" % st["name"])
        if st["official"] not in st["names"]:
            rep.error(where, "official name %r missing from names"
                      % st["official"])
        if st["status"] not in ("member", "observer", "other"):
            rep.error(where, "status must be member, observer or other")
        if "ambiguous" in st and st["ambiguous"] is not True:
            rep.error(where, "ambiguous, when present, must be true")
        for abbr in st["abbreviations"]:
            if not any(c.isupper() for c in abbr):
                rep.error(where, "abbreviation %r has no capital letter" % abbr)

    for sid in UN_MEMBERS:
        if sid not in ids:
            rep.error(path, "UN member state %r is missing" % sid)
        elif ids[sid].get("status") != "member":
            rep.error(path, "%r is a UN member: status must be member" % sid)
    for sid in UN_OBSERVERS:
        if sid not in ids:
            rep.error(path, "UN observer state %r is missing" % sid)
        elif ids[sid].get("status") != "observer":
            rep.error(path, "%r is a UN observer: status must be observer" % sid)
    for sid in OTHER_STATES:
        if sid not in ids:
            rep.error(path, "state %r is missing" % sid)
        elif ids[sid].get("status") != "other":
            rep.error(path, "%r is not a UN member: status must be other" % sid)
    for sid, st in ids.items():
        if (st.get("status") == "member" and sid not in UN_MEMBERS):
            rep.error(path, "%r is marked member but is not a UN member" % sid)
    return ids


def check_groups(path, groups, rep):
    ids = {}
    for i, gr in enumerate(groups):
        where = "%s: groups[%d]" % (path, i)
        if isinstance(gr, dict) and isinstance(gr.get("id"), str):
            where = "%s: group %r" % (path, gr["id"])
        if not check_fields(where, gr, GROUP_FIELDS, rep):
            continue
        gid = gr["id"]
        if not GROUP_ID_RE.match(gid):
            rep.error(where, "id must be a lower-case slug (a-z, 0-9, hyphens)")
        if gid in ids:
            rep.error(where, "duplicate id")
        ids[gid] = gr
        if gr["kind"] not in GROUP_KINDS:
            rep.error(where, "unknown kind %r" % gr["kind"])
        if gr["name"] in gr["variants"]:
            rep.error(where, "name repeated in variants")
        for a in gr["acronyms"]:
            if " " in a:
                rep.error(where, "acronym %r contains a space" % a)
            if (gr["kind"] != "outlet" and a.casefold() in WORD_ACRONYMS
                    and a not in ALLOWED_WORD_ACRONYMS):
                rep.error(where, "acronym %r is an ordinary English word" % a)
    if len(ids) < MIN_GROUPS:
        rep.error(path, "only %d groups, at least %d expected"
                  % (len(ids), MIN_GROUPS))
    for gid in REQUIRED_GROUP_IDS:
        if gid not in ids:
            rep.error(path, "required group id %r is missing" % gid)
    return ids


def check_references(spath, states, gpath, groups, rep):
    for sid, st in states.items():
        ref = st.get("capital_refers_to")
        if ref is not None and groups is not None and ref not in groups:
            rep.error("%s: state %r" % (spath, sid),
                      "capital_refers_to %r is not a group id" % ref)
    if groups is None:
        return
    for gid, gr in groups.items():
        where = "%s: group %r" % (gpath, gid)
        act = gr.get("acts_for")
        if act is not None:
            if act == gid:
                rep.error(where, "acts_for points to itself")
            elif act not in states and act not in groups:
                rep.error(where, "acts_for %r is neither a state nor a group"
                          % act)
        for m in gr.get("members", []):
            if m not in states:
                rep.error(where, "member %r is not a state id" % m)
        if "members" in gr and gr["kind"] not in ("international-organisation",
                                                  "alliance"):
            rep.error(where, "members only make sense for organisations "
                      "and alliances")


def leader_strings(ld):
    out = []
    if isinstance(ld.get("name"), str):
        out.append(ld["name"])
    for key in LEADER_STRING_FIELDS:
        val = ld.get(key)
        if isinstance(val, list):
            out.extend(v for v in val if isinstance(v, str))
    return out


def check_leaders(path, leaders, states, groups, rep):
    if len(leaders) < MIN_LEADERS:
        rep.error(path, "only %d leaders, at least %d expected"
                  % (len(leaders), MIN_LEADERS))
    ids = {}
    for i, ld in enumerate(leaders):
        where = "%s: leaders[%d]" % (path, i)
        if not isinstance(ld, dict):
            rep.error(where, "entry is not an object")
            continue
        lid = ld.get("id")
        if not isinstance(lid, str) or not lid:
            rep.error(where, "missing or empty string field 'id'")
            continue
        where = "%s: leader %r" % (path, lid)
        if lid in ids:
            rep.error(where, "duplicate id")
        if lid in states or lid in (groups or {}):
            rep.error(where, "id is also a state or group id")
        ids[lid] = ld
        if not isinstance(ld.get("name"), str) or not ld["name"].strip():
            rep.error(where, "missing or empty string field 'name'")
        act = ld.get("acts_for")
        targets = act if isinstance(act, list) else [act]
        for t in targets:
            if t is None:
                continue
            if not isinstance(t, str):
                rep.error(where, "acts_for must be a string id")
            elif t not in states and t not in (groups or {}):
                rep.error(where, "acts_for %r is neither a state nor a group id"
                          % t)
    return ids


def check_collisions(states, groups, leaders, rep):
    """A surface string naming two entries makes the extractor guess.  Within
    states and groups every string must be unique; across kinds a string may
    be shared only when one of the entries is marked ambiguous.  Leaders may
    share strings with each other; their "surnames" are only matched after the
    full name has been seen in a document, so they are not compared here."""
    owners = {}

    def add(kind, eid, s, ambiguous):
        owners.setdefault(fold(s), []).append((kind, eid, s, ambiguous))

    for sid, st in states.items():
        amb = st.get("ambiguous") is True
        strings = [st["capital"]]
        for f in STATE_STRING_FIELDS:
            strings.extend(st.get(f, []))
        for s in set(strings):
            add("state", sid, s, amb)
    for gid, gr in (groups or {}).items():
        for s in set([gr["name"]] + gr["variants"] + gr["acronyms"]):
            add("group", gid, s, gr.get("ambiguous") is True)
    for lid, ld in (leaders or {}).items():
        for s in set(leader_strings(ld)):
            add("leader", lid, s, ld.get("ambiguous") is True)

    for key, own in sorted(owners.items()):
        entries = {(k, e) for k, e, _, _ in own}
        if len(entries) < 2:
            continue
        if any(a for _, _, _, a in own):
            continue
        kinds = {k for k, _ in entries}
        if kinds == {"leader"}:
            continue
        names = ", ".join("%s %r (%r)" % (k, e, s) for k, e, s, _ in own)
        rep.error("collision", "%r names several entries: %s" % (key, names))


def check_documents(sdoc, gdoc, ldoc, paths, rep):
    """Runs every check on already parsed documents; returns the counts."""
    spath, gpath, lpath = paths
    slist = entry_list(sdoc, "states", spath, rep)
    glist = entry_list(gdoc, "groups", gpath, rep)
    states = check_states(spath, slist, rep) if slist is not None else {}
    groups = check_groups(gpath, glist, rep) if glist is not None else None
    check_references(spath, states, gpath, groups, rep)
    # The loader keys every entry by id across all files (a later entry with
    # a known id extends the earlier one), so ids must not repeat across them.
    for gid in sorted(set(groups or {}) & set(states)):
        rep.error("%s: group %r" % (gpath, gid), "id is also a state id")

    leaders = None
    if isinstance(ldoc, dict) and "leaders" in ldoc:
        llist = entry_list(ldoc, "leaders", lpath, rep)
        if llist is not None:
            leaders = check_leaders(lpath, llist, states, groups, rep)
    elif ldoc is not None:
        rep.notes.append("note: %s has no 'leaders' array yet; leader checks "
                         "skipped" % lpath)

    check_collisions(states, groups, leaders, rep)
    return states, groups, leaders


def self_test(sdoc, gdoc, ldoc, paths):
    """Breaks copies of the real data in known ways and makes sure each break
    is reported with the expected message, so a silent checker cannot pass
    for a clean data set."""
    def first(doc, key, pred=lambda e: True):
        return next(e for e in doc[key] if pred(e))

    def optional_group(g):
        return first(g, "groups", lambda e: e["id"] not in REQUIRED_GROUP_IDS)

    def id_clash(s, g, l):
        optional_group(g)["id"] = s["states"][0]["id"]

    def drop_state(s, g, l):
        s["states"] = [e for e in s["states"] if e.get("id") != "mli"]

    def dup_group(s, g, l):
        g["groups"].append(copy.deepcopy(optional_group(g)))

    def bad_kind(s, g, l):
        optional_group(g)["kind"] = "club"

    def bad_member(s, g, l):
        first(g, "groups", lambda e: "members" in e)["members"].append("zzz")

    def bad_acts_for(s, g, l):
        optional_group(g)["acts_for"] = "no-such-id"

    def collide(s, g, l):
        optional_group(g)["variants"].append(
            "The " + s["states"][0]["names"][0].upper())

    def missing_field(s, g, l):
        del s["states"][0]["capital"]

    def unknown_field(s, g, l):
        s["states"][0]["capitol"] = "x"

    def few_groups(s, g, l):
        keep = [e for e in g["groups"] if e["id"] in REQUIRED_GROUP_IDS]
        g["groups"] = keep[:MIN_GROUPS - 1]

    def missing_required(s, g, l):
        g["groups"] = [e for e in g["groups"] if e["id"] != "lna"]

    def word_acronym(s, g, l):
        first(g, "groups", lambda e: e["kind"] != "outlet")["acronyms"].append(
            "IT")

    def bad_capital_ref(s, g, l):
        s["states"][0]["capital_refers_to"] = "no-such-id"

    def bad_leader_ref(s, g, l):
        l["leaders"][0]["acts_for"] = "no-such-id"

    cases = [
        (id_clash, "id is also a state id"),
        (drop_state, "UN member state 'mli' is missing"),
        (dup_group, "duplicate id"),
        (bad_kind, "unknown kind"),
        (bad_member, "member 'zzz' is not a state id"),
        (bad_acts_for, "acts_for 'no-such-id'"),
        (collide, "names several entries"),
        (missing_field, "missing field 'capital'"),
        (unknown_field, "unknown field 'capitol'"),
        (few_groups, "groups, at least"),
        (missing_required, "required group id 'lna' is missing"),
        (word_acronym, "acronym 'IT' is an ordinary English word"),
        (bad_capital_ref, "capital_refers_to 'no-such-id'"),
    ]
    if isinstance(ldoc, dict) and ldoc.get("leaders"):
        cases.append((bad_leader_ref, "acts_for 'no-such-id'"))

    failures = []
    for mutate, expected in cases:
        s, g, l = (copy.deepcopy(sdoc), copy.deepcopy(gdoc),
                   copy.deepcopy(ldoc))
        try:
            mutate(s, g, l)
        except (KeyError, IndexError, StopIteration, TypeError):
            failures.append("self-test: cannot apply %s to this data"
                            % mutate.__name__)
            continue
        rep = Report()
        check_documents(s, g, l, paths, rep)
        if not any(expected in p for p in rep.problems):
            failures.append("self-test: %s was not reported (expected %r)"
                            % (mutate.__name__, expected))
    return failures


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    srcdir = os.environ.get("ENTENTE_SOURCE_DIR") or os.path.dirname(here)
    gazdir = os.path.join(srcdir, "data", "gazetteer")
    ap = argparse.ArgumentParser(description="Validate the gazetteer files.")
    ap.add_argument("--states", default=os.path.join(gazdir, "states.json"))
    ap.add_argument("--groups", default=os.path.join(gazdir, "groups.json"))
    ap.add_argument("--leaders", default=os.path.join(gazdir, "leaders.json"))
    args = ap.parse_args()
    paths = (args.states, args.groups, args.leaders)

    rep = Report()
    sdoc = load(args.states, rep)
    gdoc = load(args.groups, rep)
    ldoc = load(args.leaders, rep)
    states, groups, leaders = check_documents(sdoc, gdoc, ldoc, paths, rep)
    if not rep.problems:
        rep.problems.extend(self_test(sdoc, gdoc, ldoc, paths))

    for n in rep.notes:
        print(n)
    for p in rep.problems:
        print(p)
    print("%d states, %s groups, %s leaders: %s"
          % (len(states), len(groups) if groups is not None else "no",
             len(leaders) if leaders is not None else "no",
             "%d problem(s)" % len(rep.problems) if rep.problems else "ok"))
    return 1 if rep.problems else 0


if __name__ == "__main__":
    sys.exit(main())
