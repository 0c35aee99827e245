// The phone page: joins the room over a WebSocket, draws what the game says this phone
// sees, and sends taps as answers. The game decides everything; the page only shows it.
// Protocol: src/net/README.md.
"use strict";

(function () {
  const SHAPES = {
    triangle: '<path d="M14 3 L26 25 L2 25 Z"/>',
    diamond: '<path d="M14 1 L27 14 L14 27 L1 14 Z"/>',
    circle: '<circle cx="14" cy="14" r="12"/>',
    square: '<rect x="3" y="3" width="22" height="22" rx="3"/>',
  };
  const KEY = "filmquiz.phone";
  const $ = (id) => document.getElementById(id);
  const sections = ["join", "lobby", "question", "locked", "reveal", "over", "gone"];

  let saved = load();
  let socket = null;
  let retries = 0;
  let retryTimer = null;
  let stopped = false;  // the game told this page not to come back
  let state = null;
  let shownQuestion = 0;  // the number of the question whose buttons are drawn
  let order = [];
  let sending = false;
  let pendingJoin = null;  // a join tapped while the connection was still opening

  function load() {
    try {
      return JSON.parse(localStorage.getItem(KEY)) || {};
    } catch (e) {
      return {};
    }
  }
  function save() {
    try {
      localStorage.setItem(KEY, JSON.stringify(saved));
    } catch (e) {
      // Private browsing may refuse storage: the game still plays, without rejoining.
    }
  }

  function roomFromUrl() {
    const room = new URLSearchParams(location.search).get("room");
    return room && /^[A-Za-z]{4}$/.test(room) ? room.toUpperCase() : "";
  }

  function show(name) {
    for (const s of sections) $(s).hidden = s !== name;
    document.body.dataset.phase = name || "";
  }
  // Screen readers hear `say`; everyone sees `notice` (the connection, a pause).
  function say(text) {
    $("announce").textContent = text;
  }
  function notice(text) {
    $("status").textContent = text;
  }
  function alertText(text) {
    $("alert").textContent = text || "";
    $("alert").hidden = !text;
  }
  function ordinal(n) {
    const s = ["th", "st", "nd", "rd"];
    const v = n % 100;
    return n + (s[(v - 20) % 10] || s[v] || s[0]);
  }

  function send(message) {
    if (!socket || socket.readyState !== WebSocket.OPEN) {
      alertText("Not connected: reconnecting…");
      return false;
    }
    socket.send(JSON.stringify(message));
    return true;
  }

  function connect() {
    clearTimeout(retryTimer);
    if (stopped) return;
    const scheme = location.protocol === "https:" ? "wss:" : "ws:";
    socket = new WebSocket(scheme + "//" + location.host + "/ws");
    socket.onopen = () => {
      retries = 0;
      notice("");
      if (pendingJoin) {
        send(pendingJoin);
        pendingJoin = null;
        return;
      }
      const urlRoom = roomFromUrl();
      // A reload, a sleep or a lost connection: take the same seat back.
      if (saved.token && saved.room && (!urlRoom || urlRoom === saved.room)) {
        send({ type: "join", room: saved.room, name: saved.name || "", token: saved.token });
      } else if (!state) {
        showJoin();
      }
    };
    socket.onmessage = (event) => {
      let message;
      try {
        message = JSON.parse(event.data);
      } catch (e) {
        return;
      }
      receive(message);
    };
    socket.onclose = () => {
      socket = null;
      if (stopped) return;
      // Back off up to 8 s so that a room full of sleeping phones does not hammer the game.
      const delay = Math.min(8000, 500 * Math.pow(2, retries++));
      notice("Connection lost: reconnecting…");
      retryTimer = setTimeout(connect, delay);
    };
  }

  function showJoin() {
    show("join");
    $("me").hidden = true;
    $("room").value = roomFromUrl() || saved.room || "";
    $("name").value = saved.name || "";
    ($("room").value ? $("name") : $("room")).focus();
  }

  function receive(m) {
    switch (m.type) {
      case "welcome":
        saved.token = m.token;
        saved.name = m.name;
        saved.room = saved.pendingRoom || saved.room;
        delete saved.pendingRoom;
        save();
        alertText("");
        say(m.rejoined ? "Welcome back, " + m.name + "." : "Welcome, " + m.name + ".");
        $("me").textContent = m.name;
        $("me").hidden = false;
        break;
      case "state":
        render(m);
        break;
      case "accepted":
        sending = false;
        break;
      case "refused":
        sending = false;
        alertText(m.reason);
        if (m.to === "join" && !/already joined/.test(m.reason)) {
          // A name taken meanwhile, a full game, a removed player: join by hand.
          delete saved.token;
          save();
          showJoin();
        } else if (m.to === "answer" && state && state.phase === "question") {
          enableOptions(true);
        }
        break;
      case "error":
        alertText(m.error);
        if (/room code/.test(m.error)) {
          delete saved.token;
          save();
          showJoin();
        }
        if (/too many wrong room codes|removed you|another page/.test(m.error)) stopped = true;
        if (/removed you/.test(m.error)) {
          delete saved.token;
          save();
          show("gone");
          $("g-title").textContent = "The host removed you from this game";
          $("g-text").textContent = "";
        }
        break;
    }
  }

  function render(s) {
    const previous = state;
    state = s;
    if (s.you) {
      $("me").textContent = s.you + (s.score !== undefined ? " · " + s.score + " pts" : "");
      $("me").hidden = false;
    }
    if (s.phase !== "question") shownQuestion = 0;
    notice(s.paused ? "The game is paused." : "");
    switch (s.phase) {
      case "lobby": {
        show("lobby");
        const list = $("players");
        list.textContent = "";
        for (const name of s.names || []) {
          const li = document.createElement("li");
          li.textContent = name === s.you ? name + " (you)" : name;
          list.appendChild(li);
        }
        break;
      }
      case "question":
        drawQuestion(s, previous);
        break;
      case "locked":
        show("locked");
        say("Locked in. Question " + s.number + " of " + s.of + ".");
        break;
      case "reveal": {
        show("reveal");
        const verdict = $("r-verdict");
        const mark = $("r-mark");
        if (s.correct) {
          verdict.textContent = "Right!";
          mark.textContent = "✓";
        } else {
          verdict.textContent = s.answered ? "Wrong" : "No answer in time";
          mark.textContent = "✗";
        }
        verdict.className = s.correct ? "right" : "wrong";
        mark.className = "big " + (s.correct ? "right" : "wrong");
        $("r-points").textContent = "+" + s.points + " points";
        $("r-answer").textContent = "The answer: " + s.answer;
        $("r-rank").textContent =
          "Score " + s.score + " · " + ordinal(s.rank) + " of " + s.players;
        say(verdict.textContent + " " + s.points + " points. You are " + ordinal(s.rank) +
            " of " + s.players + ".");
        break;
      }
      case "scoreboard":
        show("reveal");
        $("r-mark").textContent = "";
        $("r-verdict").textContent = "Scores";
        $("r-verdict").className = "";
        $("r-points").textContent = s.score + " points";
        $("r-answer").textContent = "";
        $("r-rank").textContent = ordinal(s.rank) + " of " + s.players;
        break;
      case "over":
        show("over");
        $("o-rank").textContent = "You finished " + ordinal(s.rank) + " of " + s.players;
        $("o-score").textContent = s.score + " points · " + s.correct + " right of " +
          s.answered;
        say("Game over. You finished " + ordinal(s.rank) + " of " + s.players + ".");
        break;
      case "left":
      case "out":
        show("gone");
        $("g-title").textContent = "You are not in this game";
        $("g-text").textContent =
          s.phase === "left" ? "You left the game." : "Join again to play.";
        break;
    }
  }

  function shapeSvg(shape) {
    return '<svg viewBox="0 0 28 28" aria-hidden="true" focusable="false">' +
      (SHAPES[shape] || "") + "</svg>";
  }

  function drawQuestion(s, previous) {
    show("question");
    const fresh = shownQuestion !== s.number;
    shownQuestion = s.number;
    $("q-number").textContent = "Question " + s.number + " of " + s.of;
    $("q-family").textContent = s.family ? "· " + s.family : "";
    $("prompt").textContent = s.prompt;
    drawTimer(s, fresh);
    const buzzing = s.mode === "buzz";
    const mine = !buzzing || s.buzz === "yours";
    const buzz = $("buzz");
    buzz.hidden = !buzzing || s.buzz === "yours";
    buzz.disabled = s.buzz === "taken" || s.buzz === "out";
    buzz.textContent = s.buzz === "out" ? "Locked out" : s.buzz === "taken" ? "Someone buzzed" :
      "Buzz";
    if (!fresh && previous && previous.buzz === s.buzz) return;
    if (fresh) {
      order = [];
      sending = false;
      alertText("");
      say("Question " + s.number + " of " + s.of + ". " + s.prompt);
    }
    const typed = s.kind === "type_in";
    $("typed").hidden = typed ? !mine : true;
    $("order-tools").hidden = s.kind !== "ordering" || !mine;
    $("q-hint").textContent = !mine ? "Buzz first, then answer." :
      s.kind === "ordering" ? "Tap the events from first to last." :
      typed ? "Type your answer." : "";
    const box = $("options");
    box.textContent = "";
    box.classList.toggle("two-columns", s.options.length === 4 && s.kind !== "ordering");
    if (typed) {
      if (fresh) $("typed-answer").value = "";
      return;
    }
    s.options.forEach((o, index) => {
      const b = document.createElement("button");
      b.type = "button";
      b.className = "option";
      b.style.setProperty("--look", o.colour);
      b.dataset.index = String(index);
      b.innerHTML = '<span class="tag">' + o.number + shapeSvg(o.shape) + "</span>";
      const text = document.createElement("span");
      text.className = "text";
      text.textContent = o.text;
      b.appendChild(text);
      b.setAttribute("aria-label", o.number + ", " + o.shape + ": " + o.text);
      b.disabled = !mine;
      b.addEventListener("click", () => pick(index));
      box.appendChild(b);
    });
    markOrder();
  }

  function drawTimer(s, fresh) {
    const timer = $("timer");
    const fill = $("timer-fill");
    if (!s.seconds || s.left_ms === undefined) {
      timer.hidden = true;
      return;
    }
    if (!fresh && !timer.hidden) return;
    timer.hidden = false;
    fill.classList.remove("running");
    fill.style.transitionDuration = "0ms";
    fill.style.transform = "scaleX(" + Math.max(0, s.left_ms / (s.seconds * 1000)) + ")";
    // Two frames later the bar runs down to empty over the time left.
    requestAnimationFrame(() => requestAnimationFrame(() => {
      fill.classList.add("running");
      fill.style.transitionDuration = s.left_ms + "ms";
      fill.style.transform = "scaleX(0)";
    }));
  }

  function enableOptions(on) {
    for (const b of $("options").querySelectorAll("button")) b.disabled = !on;
  }

  function markOrder() {
    for (const b of $("options").querySelectorAll("button")) {
      const index = Number(b.dataset.index);
      const place = order.indexOf(index);
      let badge = b.querySelector(".place");
      if (place < 0) {
        if (badge) badge.remove();
        b.classList.remove("picked");
        b.setAttribute("aria-pressed", "false");
        continue;
      }
      if (!badge) {
        badge = document.createElement("span");
        badge.className = "place";
        b.appendChild(badge);
      }
      badge.textContent = String(place + 1);
      b.classList.add("picked");
      b.setAttribute("aria-pressed", "true");
    }
  }

  function answer(fields) {
    if (sending || !state || state.phase !== "question") return;
    const message = Object.assign({ type: "answer", token: saved.token, number: state.number },
      fields);
    if (send(message)) {
      sending = true;
      enableOptions(false);
      say("Sending your answer…");
    }
  }

  function pick(index) {
    if (state.kind !== "ordering") {
      answer({ choice: index });
      return;
    }
    if (order.includes(index)) return;
    order.push(index);
    markOrder();
    say("Placed " + state.options[index].text + " as number " + order.length + ".");
    if (order.length === state.options.length) answer({ order: order.slice() });
  }

  $("undo").addEventListener("click", () => {
    if (sending) return;
    order.pop();
    markOrder();
  });
  $("buzz").addEventListener("click", () => {
    if (state && state.phase === "question")
      send({ type: "buzz", token: saved.token, number: state.number });
  });
  $("typed").addEventListener("submit", (event) => {
    event.preventDefault();
    const text = $("typed-answer").value.trim();
    if (text) answer({ text: text });
  });
  $("join").addEventListener("submit", (event) => {
    event.preventDefault();
    const room = $("room").value.trim().toUpperCase();
    const name = $("name").value.trim();
    saved.name = name;
    saved.pendingRoom = room;
    save();
    alertText("");
    const message = { type: "join", room: room, name: name };
    if (saved.token && saved.room === room) message.token = saved.token;
    if (socket && socket.readyState === WebSocket.CONNECTING) {
      // Tapped before the connection is open: the join goes as soon as it is.
      pendingJoin = message;
      say("Joining…");
    } else if (send(message)) {
      say("Joining…");
    }
  });
  $("again").addEventListener("click", () => {
    delete saved.token;
    save();
    state = null;
    stopped = false;
    alertText("");
    if (socket) socket.close();  // a fresh connection for a fresh join
    else connect();
    showJoin();
  });
  // A phone that wakes up reconnects at once instead of waiting out its back-off.
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible" && !socket && !stopped) {
      retries = 0;
      connect();
    }
  });

  if (saved.token) {
    show(null);
    notice("Reconnecting…");
  } else {
    showJoin();
  }
  connect();
})();
