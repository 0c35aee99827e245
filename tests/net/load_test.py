#!/usr/bin/env python3
"""Load test of the phone server: simulated phones (WebSocket clients on 127.0.0.1 only)
play a party round against the windowless game host. Checks that no answer is lost and
that every stored answer is exactly what its phone sent; prints the latency from a
phone's send to the game applying it (p50, p99) and the host's CPU while every phone is
connected and idle.

    load_test.py --host build-release/tests/filmquiz_phone_host            # 50 phones, 10 questions
    load_test.py --host build/tests/filmquiz_phone_host --phones 12 --questions 4 --check-only

--check-only (CTest's bounded variant) skips the idle measurement and asserts nothing
about time. Exits 77 when python3-websockets is missing, except under CI.
"""
import argparse
import asyncio
import csv
import json
import os
import random
import subprocess
import sys
import tempfile
import time

try:
    import websockets
except ImportError:
    if os.environ.get("CI"):
        print("load test: python3-websockets is missing, and CI must run this test",
              file=sys.stderr)
        sys.exit(1)
    print("SKIPPED: python3-websockets is missing (sudo apt-get install python3-websockets)")
    sys.exit(77)

WORDS = ["Milly", "Jess", "Kit", "Jago", "London", "Yorkshire", "Brontë", "café au lait"]


class Phone:
    def __init__(self, index, seed):
        self.name = f"Phone {index:02d}"
        self.rng = random.Random(seed * 1000 + index)
        self.sent = {}  # question number -> (stored text, monotonic ns at send)
        self.accepted = 0
        self.problems = []
        self.final = None

    def pick(self, state):
        """An answer for the question shown, and the text the store should keep for it."""
        kind = state["kind"]
        options = state["options"]
        if kind == "type_in":
            text = self.rng.choice(WORDS)
            return {"text": text}, text
        if kind == "ordering":
            order = list(range(len(options)))
            self.rng.shuffle(order)
            return {"order": order}, "".join(chr(ord("A") + i) for i in order)
        choice = self.rng.randrange(len(options))
        return {"choice": choice}, options[choice]["text"]

    async def play(self, port, room, joined, go):
        async with websockets.connect(f"ws://127.0.0.1:{port}/ws", max_size=2**20) as ws:
            await ws.send(json.dumps({"type": "join", "room": room, "name": self.name}))
            token = None
            async for raw in ws:
                m = json.loads(raw)
                kind = m["type"]
                if kind == "welcome":
                    token = m["token"]
                    joined.release()
                elif kind == "accepted":
                    self.accepted += 1
                elif kind in ("refused", "error"):
                    self.problems.append(m)
                elif kind == "state" and m["phase"] == "question":
                    number = m["number"]
                    if number in self.sent:
                        continue
                    fields, stored = self.pick(m)
                    message = dict(type="answer", token=token, number=number, **fields)
                    self.sent[number] = (stored, time.monotonic_ns())
                    await ws.send(json.dumps(message))
                elif kind == "state" and m["phase"] == "over":
                    self.final = m
                    return


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


async def run(args, port, room):
    joined = asyncio.Semaphore(0)
    phones = [Phone(i + 1, args.seed) for i in range(args.phones)]
    tasks = [asyncio.create_task(p.play(port, room, joined, None)) for p in phones]
    for _ in phones:
        await asyncio.wait_for(joined.acquire(), 60)
    await asyncio.wait_for(asyncio.gather(*tasks), args.phones * args.questions + 120)
    return phones


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", required=True)
    parser.add_argument("--phones", type=int, default=50)
    parser.add_argument("--questions", type=int, default=10)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--idle-seconds", type=float, default=10)
    parser.add_argument("--check-only", action="store_true")
    args = parser.parse_args()
    idle_ms = 0 if args.check_only else int(args.idle_seconds * 1000)

    with tempfile.TemporaryDirectory(prefix="filmquiz-load-") as workdir:
        data = os.path.join(workdir, "data")
        applied_file = os.path.join(workdir, "applied.tsv")
        host = subprocess.Popen(
            [args.host, "--questions", str(args.questions), "--timer", "60",
             "--reveal-ms", "200", "--start-at", str(args.phones), "--idle-ms", str(idle_ms),
             "--seed", str(args.seed), "--data", data, "--applied", applied_file,
             "--max-seconds", "600"],
            stdout=subprocess.PIPE, text=True)
        try:
            words = host.stdout.readline().split()
            if len(words) != 3 or words[0] != "listening":
                sys.exit(f"load test: the host said {words}")
            port, room = int(words[1]), words[2]
            phones = asyncio.run(run(args, port, room))
            rest, _ = host.communicate(timeout=60)
        finally:
            if host.poll() is None:
                host.kill()
        if host.returncode != 0:
            sys.exit(f"load test: the host exited with {host.returncode}")
        idle_cpu = None
        for line in rest.splitlines():
            if line.startswith("idle-cpu "):
                idle_cpu = float(line.split()[1])

        failures = []
        expected = args.phones * args.questions
        sent = sum(len(p.sent) for p in phones)
        accepted = sum(p.accepted for p in phones)
        for p in phones:
            failures += [f"{p.name}: {m}" for m in p.problems]
            if p.final is None:
                failures.append(f"{p.name}: never saw the end of the game")
        if sent != expected or accepted != expected:
            failures.append(f"{sent} answers sent and {accepted} accepted of {expected}")

        with open(os.path.join(data, "answers.csv"), encoding="utf-8-sig") as f:
            rows = list(csv.DictReader(f))
        stored = {(r["player"], int(r["question_number"])): r["answer"] for r in rows}
        if len(rows) != expected:
            failures.append(f"{len(rows)} answers stored of {expected}")
        for p in phones:
            for number, (text, _) in p.sent.items():
                got = stored.get((p.name, number))
                if got != text:
                    failures.append(f"{p.name}, question {number}: sent {text!r}, stored {got!r}")
        # Each phone's final score is what the store adds up.
        points = {}
        for r in rows:
            points[r["player"]] = points.get(r["player"], 0) + int(r["points"])
        for p in phones:
            if p.final and p.final["score"] != points.get(p.name):
                failures.append(f"{p.name}: shown {p.final['score']}, stored {points.get(p.name)}")

        latencies = []
        with open(applied_file, encoding="utf-8") as f:
            for line in f:
                name, number, ns = line.rstrip("\n").split("\t")
                phone = next(p for p in phones if p.name == name)
                latencies.append((int(ns) - phone.sent[int(number)][1]) / 1e6)

    print(f"phones: {args.phones}, questions: {args.questions}, answers sent: {sent}, "
          f"accepted: {accepted}, stored: {len(rows)}, lost: {expected - len(rows)}")
    if latencies:
        print(f"send to applied: p50 {percentile(latencies, 50):.2f} ms, "
              f"p99 {percentile(latencies, 99):.2f} ms, max {max(latencies):.2f} ms")
    if idle_cpu is not None:
        print(f"host CPU, {args.phones} phones connected and idle for {args.idle_seconds:g} s: "
              f"{idle_cpu:.2f} % of a core")
    if failures:
        print("load test FAILED:", *failures[:20], sep="\n  ")
        sys.exit(1)
    print("load test: every answer applied once and stored exactly")


if __name__ == "__main__":
    main()
