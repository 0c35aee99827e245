#!/usr/bin/env python3
"""Writes a synthetic pack N times the size of a real one, for the generator benchmark.

Usage: tests/bench/make_synthetic_pack.py [--copies N] [--from PACK_DIR] OUT_DIR

Each copy of the source pack gets its own characters, people, songs, companies and plot
(positions shifted past the copy before), so the result is one long, valid story with N
times the facts: what a pack for a long TV series might hold. Text that names a character
or a person is rewritten to name that copy's character or person. `filmquiz check OUT_DIR`
passes it.
"""
import argparse
import copy
import json
import pathlib
import re
import string
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]

# Keys whose value names a character (a string or a list of strings).
CHARACTER_KEYS = {"who", "with", "of", "speaker", "character", "first_role", "also"}
# Keys whose value names a person: actors and crew.
PERSON_KEYS = {"actor", "replaced_by", "subject"}
# Keys holding plot positions (a number or a list of numbers).
POSITION_KEYS = {"position", "spoils", "dies_at", "correction_spoils", "during"}
# Keys holding an id that must be unique across the whole pack.
ID_KEYS = {"id"}
# Keys of free text that may name characters or people.
TEXT_KEYS = {"action", "text", "correction", "detail", "usage", "note"}


def code(k):
    letters = string.ascii_lowercase
    return letters[k // 26 % 26].upper() + letters[k % 26]


class Copy:
    def __init__(self, k, offset, characters, people):
        self.k = k
        self.suffix = code(k)
        self.offset = offset
        self.characters = characters
        self.people = people
        names = sorted(set(characters) | set(people), key=len, reverse=True)
        self.pattern = (
            re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + r")\b") if names else None
        )

    def character(self, name):
        return name + self.suffix

    def person(self, name):
        return name + " " + self.suffix

    def text(self, s):
        if self.pattern is None:
            return s
        return self.pattern.sub(
            lambda m: self.character(m.group(1))
            if m.group(1) in self.characters
            else self.person(m.group(1)),
            s,
        )

    def position(self, p):
        return p + self.offset if p > 0 else p

    def walk(self, value, key=None):
        if isinstance(value, dict):
            out = {}
            for k, v in value.items():
                out[k] = self.walk(v, k)
            return out
        if isinstance(value, list):
            return [self.walk(v, key) for v in value]
        if isinstance(value, str):
            if key in CHARACTER_KEYS:
                return self.character(value)
            if key in PERSON_KEYS:
                return self.person(value)
            if key in ID_KEYS:
                return value + "-" + self.suffix.lower()
            if key in TEXT_KEYS:
                return self.text(value)
            return value
        if isinstance(value, int) and not isinstance(value, bool) and key in POSITION_KEYS:
            return self.position(value)
        return value


def load(folder, name):
    path = folder / name
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=pathlib.Path)
    parser.add_argument("--copies", type=int, default=100)
    parser.add_argument(
        "--from", dest="source", type=pathlib.Path,
        default=ROOT / "questions" / "miss-you-already")
    args = parser.parse_args()
    src = args.source
    out = args.out
    out.mkdir(parents=True, exist_ok=True)

    pack = load(src, "pack.json")
    film = load(src, "film.json")
    chars = load(src, "characters.json")
    cast = load(src, "cast.json")
    plot = load(src, "plot.json")
    quotes = load(src, "quotes.json")
    trivia = load(src, "trivia.json")
    songs = load(src, "soundtrack.json")

    characters = {c.get("id", c["name"]) for c in chars["characters"]}
    characters |= {c["name"] for c in chars["characters"]}
    people = {m["actor"] for m in cast["cast"]}
    people |= {n["actor"] for n in cast.get("casting_history", [])}
    people |= {c["name"] for c in film.get("crew", [])}
    last = max(e["position"] for e in plot["events"])

    result = {
        "characters": {"characters": [], "relations": []},
        "cast": {"cast": [], "casting_history": []},
        "plot": {"events": []},
        "quotes": {"quotes": []},
        "trivia": {"claims": []},
        "songs": {"songs": []},
        "crew": [],
        "companies": [],
        "locations": [],
    }
    billing = 0
    for k in range(args.copies):
        c = Copy(k, k * last, characters, people)
        for ch in chars["characters"]:
            row = c.walk(ch)
            row["name"] = c.character(ch["name"])
            if "id" in ch:
                row["id"] = c.character(ch["id"])
            if "aliases" in ch:
                row["aliases"] = [c.character(a) for a in ch["aliases"]]
            result["characters"]["characters"].append(row)
        result["characters"]["relations"] += [c.walk(r) for r in chars.get("relations", [])]
        for m in cast["cast"]:
            row = c.walk(m)
            billing += 1
            row["billing"] = billing
            if "role" in m:
                row["role"] = m["role"] + " " + c.suffix
            result["cast"]["cast"].append(row)
        for n in cast.get("casting_history", []):
            row = c.walk(n)
            if "order" in n:
                row["order"] = n["order"] + k * 10
            result["cast"]["casting_history"].append(row)
        result["plot"]["events"] += [c.walk(e) for e in plot["events"]]
        if quotes:
            for q in quotes["quotes"]:
                row = c.walk(q)
                # Lines name nobody, so each copy's lines end with its own word.
                row["text"] = q["text"] + " " + c.suffix + "."
                result["quotes"]["quotes"].append(row)
        if trivia:
            result["trivia"]["claims"] += [c.walk(t) for t in trivia["claims"]]
        if songs:
            for s in songs["songs"]:
                row = c.walk(s)
                row["title"] = s["title"] + " " + c.suffix
                row["artist"] = s["artist"] + " " + c.suffix
                result["songs"]["songs"].append(row)
        for credit in film.get("crew", []):
            row = c.walk(credit)
            row["name"] = c.person(credit["name"])
            result["crew"].append(row)
        for company in film.get("companies", []):
            row = copy.deepcopy(company)
            row["name"] = company["name"] + " " + c.suffix
            result["companies"].append(row)
        for place in film.get("shooting_locations", []):
            row = copy.deepcopy(place)
            row["value"] = place["value"] + " " + c.suffix
            result["locations"].append(row)

    big_film = copy.deepcopy(film)
    big_film["crew"] = result["crew"]
    big_film["companies"] = result["companies"]
    big_film["shooting_locations"] = result["locations"]
    big_pack = copy.deepcopy(pack)
    big_pack["id"] = pack["id"] + "-x" + str(args.copies)
    big_pack["title"] = (pack["title"] + " x" + str(args.copies))[:60]
    big_pack.pop("description", None)

    files = {
        "pack.json": big_pack,
        "sources.json": load(src, "sources.json"),
        "film.json": big_film,
        "characters.json": result["characters"],
        "cast.json": result["cast"],
        "plot.json": result["plot"],
        "quotes.json": result["quotes"] if quotes else None,
        "trivia.json": result["trivia"] if trivia else None,
        "soundtrack.json": result["songs"] if songs else None,
        "decoys.json": load(src, "decoys.json"),
    }
    for name, data in files.items():
        if data is None:
            continue
        (out / name).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n",
                                encoding="utf-8")
    total = sum((out / n).stat().st_size for n in files if (out / n).exists())
    print(f"wrote {out} ({args.copies} copies, {total // 1024} KiB)", file=sys.stderr)


if __name__ == "__main__":
    main()
