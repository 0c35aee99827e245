#!/usr/bin/env python3
"""The phone page in a real browser: headless Chromium, driven over its DevTools protocol,
opens the page on 127.0.0.1 from a windowless game host, joins with the room code from
the QR URL, answers three questions (right, wrong, then right after a reload mid-round),
and the test checks what the page shows and what the store recorded.

    browser_test.py --host build/tests/filmquiz_phone_host [--screenshots DIR]

--screenshots keeps 360x740 pictures of the page, light and dark. Exits 77 (CTest's skip)
when chromium or python3-websockets is missing, except under CI, where that fails.
"""
import argparse
import asyncio
import base64
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

TIMEOUT = 30  # seconds for any one wait; the whole test takes about 15


def missing(what):
    if os.environ.get("CI"):
        print(f"browser test: {what} is missing, and CI must run this test", file=sys.stderr)
        sys.exit(1)
    print(f"SKIPPED: {what} is missing (sudo apt-get install chromium python3-websockets)")
    sys.exit(77)


try:
    import websockets
except ImportError:
    missing("python3-websockets")


class Browser:
    """A page of a headless Chromium, spoken to over the DevTools protocol."""

    def __init__(self, socket):
        self.socket = socket
        self.next_id = 0

    async def call(self, method, **params):
        self.next_id += 1
        my_id = self.next_id
        await self.socket.send(json.dumps({"id": my_id, "method": method, "params": params}))
        while True:
            reply = json.loads(await asyncio.wait_for(self.socket.recv(), TIMEOUT))
            if reply.get("id") == my_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})

    async def eval(self, expression):
        result = await self.call("Runtime.evaluate", expression=expression, returnByValue=True,
                                 awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    async def wait(self, expression, what):
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            # While a page loads (a navigation, a reload) it may have no body yet.
            value = await self.eval(f"(() => {{ try {{ return {expression}; }} "
                                    f"catch (e) {{ return false; }} }})()")
            if value:
                return value
            await asyncio.sleep(0.05)
        shown = await self.eval("document.body.innerText")
        raise AssertionError(f"timed out waiting for {what}; the page shows:\n{shown}")

    async def text(self, element_id):
        return await self.eval(f"document.getElementById({json.dumps(element_id)}).innerText")

    async def screenshot(self, path):
        shot = await self.call("Page.captureScreenshot", format="png")
        with open(path, "wb") as out:
            out.write(base64.b64decode(shot["data"]))


def check(condition, message):
    if not condition:
        raise AssertionError(message)


async def answer(page, question, right):
    """Answers like a player: taps, taps in order, or types; returns the store's text."""
    kind = question["kind"]
    choices = question["choices"]
    if kind == "type_in":
        text = question["accept"][0] if right else "Nobody at all"
        await page.eval("document.getElementById('typed-answer').focus()")
        await page.call("Input.insertText", text=text)
        await page.eval("document.querySelector('#typed button').click()")
        return text
    if kind == "ordering":
        order = question["order"] if right else list(reversed(question["order"]))
        for index in order:
            await page.eval(f"document.querySelector('#options [data-index=\"{index}\"]').click()")
        return "".join(chr(ord("A") + i) for i in order)
    index = question["answer"] if right else (question["answer"] + 1) % len(choices)
    await page.eval(f"document.querySelector('#options [data-index=\"{index}\"]').click()")
    return choices[index]


async def play(args, port, room, workdir, round_questions):
    profile = os.path.join(workdir, "profile")
    chromium = subprocess.Popen(
        [args.chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-default-apps", "--mute-audio", f"--user-data-dir={profile}",
         "--remote-debugging-port=0", "--remote-debugging-address=127.0.0.1",
         "--window-size=360,740", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        active = os.path.join(profile, "DevToolsActivePort")
        deadline = time.monotonic() + TIMEOUT
        while not (os.path.exists(active) and open(active).read().count("\n") >= 1):
            check(time.monotonic() < deadline, "chromium did not open its DevTools port")
            check(chromium.poll() is None, "chromium exited at start")
            await asyncio.sleep(0.1)
        devtools_port = int(open(active).read().split()[0])
        with urllib.request.urlopen(f"http://127.0.0.1:{devtools_port}/json/list") as r:
            targets = [t for t in json.load(r) if t["type"] == "page"]
        async with websockets.connect(targets[0]["webSocketDebuggerUrl"], max_size=2**26) as ws:
            page = Browser(ws)
            return await run_page(page, args, port, room, round_questions)
    finally:
        chromium.terminate()
        try:
            chromium.wait(10)
        except subprocess.TimeoutExpired:
            chromium.kill()


async def run_page(page, args, port, room, questions):
    await page.call("Page.enable")
    await page.call("Emulation.setDeviceMetricsOverride", width=360, height=740,
                    deviceScaleFactor=1, mobile=True)
    shots = args.screenshots

    async def picture(name):
        if not shots:
            return
        os.makedirs(shots, exist_ok=True)
        for scheme in ("light", "dark"):
            await page.call("Emulation.setEmulatedMedia",
                            features=[{"name": "prefers-color-scheme", "value": scheme}])
            await asyncio.sleep(0.2)
            await page.screenshot(os.path.join(shots, f"phone-{name}-{scheme}.png"))
        await page.call("Emulation.setEmulatedMedia", features=[])

    # The QR code's URL: the room code is filled in, only the name is left to type.
    await page.call("Page.navigate", url=f"http://127.0.0.1:{port}/?room={room}")
    await page.wait("document.body.dataset.phase === 'join'", "the join form")
    check(await page.eval("document.getElementById('room').value") == room,
          "the room code from the URL is not filled in")
    await picture("join")
    await page.eval("document.getElementById('name').focus()")
    await page.call("Input.insertText", text="Tess")
    await page.wait("document.getElementById('name').value === 'Tess'", "the name typed")
    await page.eval("document.querySelector('#join button').click()")
    await page.wait("document.body.dataset.phase === 'lobby'", "the lobby")
    check("Tess (you)" in await page.text("players"), "the lobby does not list Tess")
    await picture("lobby")

    given = []
    shown_scores = []
    for number, question in enumerate(questions, start=1):
        await page.wait(f"document.body.dataset.phase === 'question' && "
                        f"document.getElementById('q-number').innerText === "
                        f"'Question {number} of {len(questions)}'", f"question {number}")
        check(await page.text("prompt") == question["prompt"], "the prompt differs")
        if question["kind"] != "type_in":
            labels = await page.eval(
                "[...document.querySelectorAll('#options button')].map(b => b.innerText)")
            check(len(labels) == len(question["choices"]), "a wrong number of buttons")
            for i, (label, choice) in enumerate(zip(labels, question["choices"])):
                check(label.startswith(str(i + 1)) and choice in label,
                      f"button {i + 1} says {label!r}")
            colours = await page.eval("[...document.querySelectorAll('#options button')]"
                                      ".map(b => getComputedStyle(b).backgroundColor)")
            expected = ["rgb(255, 122, 107)", "rgb(124, 198, 254)", "rgb(247, 200, 115)",
                        "rgb(126, 224, 181)"]
            check(colours == expected[:len(colours)], f"option colours are {colours}")
        # Hidden means not shown: no Buzz button in an everyone-answers game, and no Undo
        # outside an ordering question.
        check(await page.eval("document.getElementById('buzz').offsetParent === null"),
              "the Buzz button shows in an everyone-answers game")
        if question["kind"] != "ordering":
            check(await page.eval("document.getElementById('undo').offsetParent === null"),
                  "the Undo button shows for a question that is not an ordering")
        if number == 1:
            await picture("question")
        if number == 3:
            # A reload mid-round: the page takes its seat back with its score.
            before = shown_scores[-1]
            await page.call("Page.reload")
            await page.wait(f"document.body.dataset.phase === 'question' && "
                            f"document.getElementById('q-number').innerText === "
                            f"'Question 3 of {len(questions)}'", "question 3 after the reload")
            me = await page.text("me")
            check(me == f"Tess · {before} pts", f"after the reload the page says {me!r}")
        right = number != 2
        given.append(await answer(page, question, right))
        if number == 1:
            await page.wait("document.body.dataset.phase === 'locked' || "
                            "document.body.dataset.phase === 'reveal'", "locked in")
        await page.wait("document.body.dataset.phase === 'reveal'", f"the reveal of {number}")
        verdict = await page.text("r-verdict")
        check(verdict == ("Right!" if right else "Wrong"), f"question {number}: {verdict!r}")
        shown_answer = await page.text("r-answer")
        check(shown_answer == "The answer: " + expected_answer(question),
              f"the reveal shows {shown_answer!r}, not {expected_answer(question)!r}")
        points = int((await page.text("r-points")).split()[0].lstrip("+"))
        check((points > 0) == right, f"question {number}: {points} points")
        rank = await page.text("r-rank")
        score = int(rank.split()[1])
        check(rank.endswith("1st of 1"), f"the rank line says {rank!r}")
        shown_scores.append(score)
        if number == 2:
            await picture("reveal")
    await page.wait("document.body.dataset.phase === 'over'", "the end of the game")
    check(await page.text("o-rank") == "You finished 1st of 1", "the final rank")
    check(await page.text("o-score") == f"{shown_scores[-1]} points · 2 right of 3",
          "the final score line")
    await picture("over")
    return given, shown_scores


def expected_answer(question):
    if question["kind"] == "type_in":
        return question["accept"][0]
    if question["kind"] == "ordering":
        # As the big screen's reveal and the store write it (core::Question::answer_text).
        return " -> ".join(question["choices"][i] for i in question["order"])
    return question["choices"][question["answer"]]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", required=True)
    parser.add_argument("--chromium", default=shutil.which("chromium") or
                        shutil.which("chromium-browser"))
    parser.add_argument("--screenshots")
    parser.add_argument("--seed", default="3")
    args = parser.parse_args()
    if not args.chromium:
        missing("chromium")

    # Chromium's helpers may still be writing its profile as it exits.
    with tempfile.TemporaryDirectory(prefix="filmquiz-browser-",
                                     ignore_cleanup_errors=True) as workdir:
        data = os.path.join(workdir, "data")
        round_file = os.path.join(workdir, "round.json")
        host = subprocess.Popen(
            [args.host, "--questions", "3", "--timer", "60", "--reveal-ms", "1500",
             # The lobby stays up a moment after the join, so the page can be seen in it.
             "--idle-ms", "1500", "--seed", args.seed,
             "--data", data, "--round", round_file, "--max-seconds", "120"],
            stdout=subprocess.PIPE, text=True)
        try:
            words = host.stdout.readline().split()
            check(len(words) == 3 and words[0] == "listening", f"the host said {words}")
            port, room = int(words[1]), words[2]
            with open(round_file) as f:
                questions = json.load(f)
            result = asyncio.run(asyncio.wait_for(
                play(args, port, room, workdir, questions), 120))
            rest, _ = host.communicate(timeout=TIMEOUT)
        finally:
            if host.poll() is None:
                host.kill()
        check(host.returncode == 0, f"the host exited with {host.returncode}")
        check("saved 1" in rest, f"the host did not save the game: {rest!r}")
        given, shown_scores = result
        with open(os.path.join(data, "answers.csv"), encoding="utf-8-sig") as f:
            rows = list(csv.DictReader(f))
        # One player (the reload took the same seat), three answers, as given on the page.
        check([r["player"] for r in rows] == ["Tess"] * 3, f"stored players: {rows}")
        check([r["question_number"] for r in rows] == ["1", "2", "3"], "stored questions")
        check([r["answer"] for r in rows] == given, f"stored {[r['answer'] for r in rows]}, "
              f"given {given}")
        check([r["correct"] for r in rows] == ["yes", "no", "yes"], "stored right and wrong")
        check(sum(int(r["points"]) for r in rows) == shown_scores[-1],
              "the stored points do not add up to the score the page showed")
        print(f"browser test: 3 answers {given}, scores {shown_scores}, stored and read back")


if __name__ == "__main__":
    main()
