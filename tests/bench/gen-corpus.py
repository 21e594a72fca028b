#!/usr/bin/env python3
"""Generate a large synthetic news corpus for the extraction benchmark.

Usage: gen-corpus.py OUT.txt [MEGABYTES] [SEED]

Sentences come from our own templates filled with names from Entente's
gazetteer (data/gazetteer/*.json): states, capitals, demonyms, leaders and
groups, plus invented people and organisations found by rules.  Paragraphs,
quotes, bylines, captions and datelines appear in the proportions of wire
copy, so the benchmark exercises every stage of the extractor.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "data", "gazetteer")

TEMPLATES = [
    "{S1} and {S2} signed a defence agreement in {CAP1} on {DAY}.",
    "{D1} forces attacked positions held by {G1} near the border, officials in {CAP2} said.",
    "The {D1} government accused {S2} of arming {G1}.",
    "\"We will not abandon our allies in {S2},\" said {TITLE} {P1}.",
    "{L1} met {L2} in {CAP1} to discuss the ceasefire.",
    "Analysts say {S1} backs {G1} with money and weapons, while {S2} supports its rivals.",
    "The {G1}-backed militia clashed with {D2} troops for a third day.",
    "{S1} did not support the resolution, and {S2} abstained.",
    "Political analyst {P1} said the rapprochement between {S1} and {S2} would not last.",
    "{S1} imposed sanctions on {S2} after the elections in {S3}.",
    "The {D1} and {D2} delegations held talks with {G1} in {CAP3}.",
    "{P2}, the head of the {ORG}, told reporters that {S1} had sent troops to {S3}.",
    "Fighting in northern {S3} displaced thousands of families last month.",
    "The {ORG} ({ACR}) condemned the strikes, and the {ACR} called for an inquiry.",
    "\"{S1} is hostile to any deal,\" {P2} added. \"Its allies in {CAP2} agree.\"",
    "Prices of fuel rose 3.5 percent in {MONTH}, according to the central bank.",
    "{L1}'s allies in {CAP1} and {CAP2} have long funded {G1}.",
    "The U.S. Treasury sanctioned {G1} on {DAY}, and {S2} condemned the move.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "March", "May", "July", "September", "November"]
TITLES = ["Foreign Minister", "Defence Minister", "General", "commander", "President"]
GIVEN = ["Karim", "Rana", "Samir", "Leila", "Omar", "Nadia", "Tarek", "Huda", "Yusuf", "Amira"]
SURNAMES = ["Obeidat", "Haddad", "Tarabin", "Selmi", "Bouzid", "Kaddouri", "Maghrebi", "Nasser",
            "Jalloul", "Fakhoury", "Darwish", "Sabbagh", "Khoury", "Mansour", "Rahimi"]
ORG_WORDS = ["Northern", "Coastal", "Highland", "River", "Desert", "Unity", "Salvation", "Reconstruction"]
ORG_HEADS = ["Commission", "Council", "Front", "Committee", "Brigade", "Company"]


def load(name, key):
    try:
        with open(os.path.join(DATA, name), encoding="utf-8") as f:
            return json.load(f).get(key, [])
    except (OSError, ValueError):
        return []


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    megabytes = float(sys.argv[2]) if len(sys.argv) > 2 else 110
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 7)

    states = [s for s in load("states.json", "states") if s.get("name")]
    leaders = [l["name"] for l in load("leaders.json", "leaders") if l.get("name")]
    groups = [g["name"] for g in load("groups.json", "groups")
              if g.get("name") and g.get("kind") != "outlet"]
    if not states:
        states = [{"name": n, "capital": n, "demonyms": [n]} for n in
                  ("Norway", "Finland", "Chad", "Niger", "Mali", "Peru")]
    leaders = leaders or ["Karim Obeidat"]
    groups = groups or ["Highland Salvation Front"]

    def state():
        return rng.choice(states)

    def fill(t):
        s1, s2, s3 = state(), state(), state()
        org = " ".join(rng.sample(ORG_WORDS, 2)) + " " + rng.choice(ORG_HEADS)
        acr = "".join(w[0] for w in org.split())
        return t.format(
            S1=s1["name"], S2=s2["name"], S3=s3["name"],
            CAP1=s1.get("capital") or s1["name"], CAP2=s2.get("capital") or s2["name"],
            CAP3=s3.get("capital") or s3["name"],
            D1=(s1.get("demonyms") or [s1["name"]])[0], D2=(s2.get("demonyms") or [s2["name"]])[0],
            G1=rng.choice(groups), L1=rng.choice(leaders), L2=rng.choice(leaders),
            P1=rng.choice(GIVEN) + " " + rng.choice(SURNAMES),
            P2=rng.choice(GIVEN) + " " + rng.choice(SURNAMES),
            TITLE=rng.choice(TITLES), ORG=org, ACR=acr,
            DAY=rng.choice(DAYS), MONTH=rng.choice(MONTHS))

    target = int(megabytes * 1024 * 1024)
    written = 0
    with open(out, "w", encoding="utf-8") as f:
        article = 0
        while written < target:
            article += 1
            parts = ["By " + rng.choice(GIVEN) + " " + rng.choice(SURNAMES), ""]
            parts.append(state()["name"].upper() + ", " + rng.choice(MONTHS) + " 3 (Wire) - "
                         + fill(rng.choice(TEMPLATES)))
            parts.append("")
            for _ in range(rng.randint(4, 9)):
                parts.append(" ".join(fill(rng.choice(TEMPLATES)) for _ in range(rng.randint(2, 5))))
                parts.append("")
            parts.append("A convoy near the front line (Wire)")
            parts.append("")
            parts.append("")
            text = "\n".join(parts)
            f.write(text)
            written += len(text.encode("utf-8"))
    print(f"{out}: {written / 1048576:.1f} MB, {article} articles")


if __name__ == "__main__":
    main()
