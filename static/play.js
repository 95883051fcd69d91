// Play screens: the countdown display, keyboard shortcuts and focus. The pages work without it;
// the server alone judges time and answers.
(function () {
  "use strict";
  let timer = null;

  function startCountdown() {
    clearInterval(timer);
    const box = document.getElementById("countdown");
    if (!box) return;
    const value = box.querySelector(".countdown-value");
    const deadline = Date.now() + Number(box.dataset.seconds) * 1000;
    timer = setInterval(function () {
      const left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
      value.textContent = String(left);
      if (left === 0) {
        box.classList.add("expired");
        clearInterval(timer);
      }
    }, 250);
  }

  // Move focus to the new question's prompt or the feedback, so screen readers follow.
  function focusScreen() {
    const target = document.querySelector("[data-play-focus]");
    if (target) target.focus({ preventScroll: false });
  }

  function choiceButtons() {
    return Array.from(document.querySelectorAll("#play form.question button[name=choice]"));
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const tag = (event.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "textarea" || tag === "select") return;
    const buttons = choiceButtons();
    const key = event.key.toLowerCase();
    let pick = null;
    if (buttons.length && /^[1-6]$/.test(key)) {
      pick = buttons[Number(key) - 1] || null;
    } else if (buttons.length && (key === "t" || key === "f")) {
      const word = key === "t" ? "true" : "false";
      pick = buttons.find(function (b) { return b.textContent.trim().toLowerCase() === word; }) || null;
    } else if (key === "enter" && tag !== "button" && tag !== "a") {
      pick = document.querySelector("#play button.next");
    }
    if (pick) {
      event.preventDefault();
      pick.click();
    }
  });

  function onScreen() {
    startCountdown();
    focusScreen();
  }

  document.addEventListener("DOMContentLoaded", function () {
    if (document.getElementById("play") || document.querySelector(".final")) onScreen();
  });
  document.addEventListener("htmx:afterSettle", function (event) {
    const target = event.detail && event.detail.target;
    if (target && (target.id === "play" || target.tagName === "BODY")) onScreen();
  });
})();
