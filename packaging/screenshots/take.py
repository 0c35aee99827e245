#!/usr/bin/env python3
"""Retakes the README's screenshots: plays a seeded round of filmquiz under Xvfb with
xdotool and saves title, question, reveal, summary and high-score screens here, then a
watch party of four on the keyboard's four groups of keys: its lobby and its scoreboard,
then a host's quiz: four players on keys (the reveal with how the room answered) and
teams on paper in the high-contrast theme (a question, with the host's strip),
and the lobby with joining from phones on (a phone joined over loopback).

Usage: packaging/screenshots/take.py [path/to/filmquiz]   (default: build/filmquiz)
Needs: xvfb, xdotool and imagemagick (installed with apt-get when missing), and
python3-websockets for the phone in the lobby.

The round is known in advance: `filmquiz generate --seed N` composes it exactly as the game
does for `filmquiz --seed N` on a fresh data folder, so the script can press right answers.
"""
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
GAME = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build", "filmquiz"))
DISPLAY = ":" + os.environ.get("FILMQUIZ_SHOT_DISPLAY", "95")


def need_tools():
    missing = [t for t in ("Xvfb", "xdotool", "import") if shutil.which(t) is None]
    if missing:
        sudo = [] if os.geteuid() == 0 else ["sudo"]
        subprocess.run(sudo + ["apt-get", "install", "-y", "--no-install-recommends",
                               "xvfb", "xdotool", "imagemagick"], check=True)


def round_for(seed):
    out = subprocess.run([GAME, "generate", "--seed", str(seed), "--count", "10", "--format", "json"],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def pick_seed():
    # A round that opens on a four-way question with a short prompt looks best.
    for seed in range(1, 500):
        q = round_for(seed)
        first = q[0]
        if first["type"] == "multiple_choice" and len(first["prompt"]) < 70 \
                and all(len(c) < 40 for c in first["choices"]):
            return seed, q
    raise SystemExit("no suitable seed")


def phone_joins(port, room, name):
    """A phone joins over WebSocket (python3-websockets) and stays while the shot is taken."""
    import asyncio
    import threading

    import websockets

    joined = threading.Event()

    async def phone():
        async with websockets.connect(f"ws://127.0.0.1:{port}/ws") as ws:
            await ws.send(json.dumps({"type": "join", "room": room, "name": name}))
            await ws.recv()
            joined.set()
            await asyncio.sleep(20)

    threading.Thread(target=lambda: asyncio.run(phone()), daemon=True).start()
    joined.wait(5)


def main():
    need_tools()
    seed, questions = pick_seed()
    env = dict(os.environ, DISPLAY=DISPLAY, SDL_AUDIODRIVER="dummy")
    xvfb = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1280x720x24"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    data = tempfile.mkdtemp(prefix="filmquiz-shots-")
    try:
        time.sleep(1)
        env["FILMQUIZ_DATA_DIR"] = data
        game = subprocess.Popen([GAME, "--seed", str(seed), "--windowed"], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(2)

        def key(*names, wait=0.5):
            subprocess.run(["xdotool", "key", *names], env=env, check=True)
            time.sleep(wait)

        def type_text(text):
            subprocess.run(["xdotool", "type", "--delay", "40", text], env=env, check=True)

        def shot(name):
            subprocess.run(["import", "-window", "root", os.path.join(HERE, name + ".png")],
                           env=env, check=True)
            print("saved", name + ".png")

        # Xvfb's pointer rests in the middle of the screen, over "Play party"; the game
        # ignores a pointer that has not moved, so the focus stays on "Play solo".
        shot("title")
        key("Return")  # round setup
        key("Return", wait=1.0)  # start
        for i, q in enumerate(questions):
            if i == 0:
                time.sleep(1.5)  # the timer has moved a little
                shot("question")
            right = i != 4  # one miss, so the summary shows both
            if q["type"] in ("multiple_choice", "true_false"):
                answer = q["answer"] if right else (q["answer"] + 1) % len(q["choices"])
                key(str(answer + 1))
            elif q["type"] == "ordering":
                order = list(q["answer"])
                if not right:
                    order[0], order[1] = order[1], order[0]
                for k in order:
                    key(str(k + 1), wait=0.3)
            else:
                type_text(q["accept"][0] if right else "no idea")
                key("Return")
            if i == 0:
                shot("reveal")
            key("Return", wait=0.8)
        time.sleep(0.5)
        shot("summary")
        key("Return")  # the score makes the (empty) table: name entry
        type_text("Ana")
        key("Return", wait=0.8)
        shot("high-scores")
        game.terminate()
        game.wait(timeout=5)

        # A watch party: four players, one per group of keys, in two teams.
        game = subprocess.Popen([GAME, "--party", "--seed", "11", "--windowed"], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(2)
        zones = [["1", "2", "3", "4"], ["q", "w", "e", "r"], ["u", "i", "o", "p"],
                 ["KP_1", "KP_2", "KP_3", "KP_4"]]
        for zone in zones:
            key(zone[0], wait=0.3)
        # The first seat is "Ana", the name just entered; the others get names of their own.
        key("Tab")
        for seat, name in ((1, "Ben"), (2, "Cai"), (3, "Dee")):
            key(*(["Right"] if seat % 2 == 1 else ["Left", "Down"]))
            key("Return")  # the player's panel
            key("Return")  # Name
            key(*(["BackSpace"] * 10), wait=0.2)
            type_text(name)
            key("Return")
            key("Escape")  # close the panel
        key("Tab")
        key("Up", "Up", "Up", "Up", "Up", "Up", "Right",
            "Down", "Down", "Down", "Down", "Down", "Down")  # 2 teams
        shot("party-lobby")
        key("Return", wait=1.2)
        # Each player presses their four keys from a different start: the first press is
        # their answer (the rest are ignored), or all four put the events in an order.
        for question in range(3):
            for seat, zone in enumerate(zones):
                start = (seat + question) % 4
                key(*[zone[(start + k) % 4] for k in range(4)], wait=0.2)
            time.sleep(0.8)
            key("Return", wait=1.5)  # the scoreboard, after its rows have moved
            if question == 2:
                shot("party-scores")
            key("Return", wait=1.2)
        game.terminate()
        game.wait(timeout=5)

        # A host's quiz with four players on keys: who answers, then Start.
        game = subprocess.Popen([GAME, "--host", "--seed", "11", "--windowed"], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(2)
        key(*(["Up"] * 8), "Right", *(["Down"] * 8))  # Who answers: players with keys
        for zone in zones:
            key(zone[0], wait=0.3)
        key("Return", wait=1.5)
        key("Next", wait=0.5)  # the host starts the clock
        for seat, zone in enumerate(zones[:3]):
            key(zone[[0, 1, 0][seat]], wait=0.3)
        key("Next", wait=1.2)  # the reveal, with the room's answers
        shot("host-reveal")
        game.terminate()
        game.wait(timeout=5)

        # Teams on paper on a projector: high contrast, the host's strip shown.
        with sqlite3.connect(os.path.join(data, "scores.sqlite")) as db:
            db.execute("INSERT OR REPLACE INTO settings VALUES ('high_contrast', '1')")
            db.execute("INSERT OR REPLACE INTO settings VALUES ('host_answers', 'paper')")
        game = subprocess.Popen([GAME, "--host", "--seed", "12", "--windowed"], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(2)
        key("Return", wait=1.5)
        key("Next", wait=1.0)
        key("h", wait=0.6)
        shot("host-question")
        game.terminate()
        game.wait(timeout=5)

        with sqlite3.connect(os.path.join(data, "scores.sqlite")) as db:
            db.execute("INSERT OR REPLACE INTO settings VALUES ('high_contrast', '0')")
        # Phones: the lobby with joining on (served on loopback only here), one phone in.
        game = subprocess.Popen([GAME, "--party", "--phones", "--windowed"],
                                env=dict(env, FILMQUIZ_PHONE_BIND="127.0.0.1"),
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        words = game.stdout.readline().split()  # Join at http://127.0.0.1:PORT/ with code ABCD
        port = int(words[2].rsplit(":", 1)[1].rstrip("/"))
        time.sleep(1.5)
        key("1", wait=0.3)
        phone_joins(port, words[-1], "Eve")
        time.sleep(1)
        shot("party-lobby-phones")
        game.terminate()
        game.wait(timeout=5)
    finally:
        xvfb.terminate()
        shutil.rmtree(data, ignore_errors=True)


if __name__ == "__main__":
    main()
