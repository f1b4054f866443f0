"use strict";
// The playground talks to the same API other checks use: POST /api/playground/messages and GET /api/playground/feed.
const $ = (id) => document.getElementById(id);
const conversation = $("conversation");
const cursors = {};

function el(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  Object.assign(node, props);
  for (const child of [].concat(children)) if (child != null) node.append(child);
  return node;
}

function scrollDown() { conversation.parentElement.scrollTop = conversation.parentElement.scrollHeight; }

function showMine(text) { conversation.append(el("li", { className: "me", textContent: text })); scrollDown(); }

function showError(text) { conversation.append(el("li", { className: "error-line", textContent: text })); scrollDown(); }

function renderInput(input) {
  const field = el("label", { className: "field" }, [input.label + (input.required ? " *" : "")]);
  let control;
  if (input.kind === "choice") {
    control = el("select", {}, input.choices.map((c) => el("option", { value: c.value, textContent: c.label, selected: c.value === input.value })));
  } else if (input.kind === "multilineText") {
    control = el("textarea", { value: input.value || "", placeholder: input.placeholder || "" });
  } else {
    const type = { date: "date", time: "time" }[input.kind] || "text";
    control = el("input", { type, value: input.value || "", placeholder: input.placeholder || "" });
  }
  control.dataset.inputId = input.id;
  field.append(control);
  if (input.error) field.append(el("span", { className: "error", textContent: input.error }));
  return field;
}

function renderReply(reply, proactive) {
  const card = el("li", { className: "reply" + (proactive ? " proactive" : "") });
  card.dataset.kind = reply.kind;
  if (proactive) card.append(el("span", { className: "badge", textContent: "proactive" }));
  if (reply.title) card.append(el("h2", { textContent: reply.title }));
  for (const block of reply.blocks || []) {
    card.append(block.style === "preformatted"
      ? el("pre", { textContent: block.text })
      : el("p", { className: block.style, textContent: block.text }));
  }
  if ((reply.facts || []).length) {
    card.append(el("dl", {}, reply.facts.flatMap((f) => [el("dt", { textContent: f.label }), el("dd", { textContent: f.value })])));
  }
  for (const input of reply.inputs || []) card.append(renderInput(input));
  if (reply.image) card.append(el("img", { src: reply.image.url, alt: reply.image.altText }));
  if ((reply.actions || []).length) {
    const row = el("div", { className: "actions" });
    for (const action of reply.actions) {
      const button = el("button", { type: "button", className: action.style, textContent: action.label });
      button.dataset.actionId = action.id;
      button.addEventListener("click", () => {
        const values = { ...action.values };
        for (const control of card.querySelectorAll("[data-input-id]")) values[control.dataset.inputId] = control.value;
        send({ text: "", action: { id: action.id, values } }, action.label);
      });
      row.append(button);
    }
    card.append(row);
  }
  conversation.append(card);
  scrollDown();
}

async function send(body, shown) {
  showMine(shown);
  const payload = { user: $("user").value, locale: $("locale").value || null, timeZone: $("timeZone").value || null, action: null, ...body };
  try {
    const response = await fetch("api/playground/messages", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(payload) });
    const data = await response.json();
    if (!response.ok) { showError(data.detail || response.statusText); return; }
    for (const reply of data.replies) renderReply(reply, false);
  } catch (e) {
    showError("The coach did not answer: " + e.message);
  }
}

async function poll() {
  const user = $("user").value;
  if (user) {
    try {
      const response = await fetch(`api/playground/feed?user=${encodeURIComponent(user)}&after=${cursors[user] ?? 0}`);
      if (response.ok) {
        const data = await response.json();
        if (user === $("user").value) for (const item of data.items) renderReply(item.reply, true);
        cursors[user] = data.cursor;
      }
    } catch { /* the next poll tries again */ }
  }
  setTimeout(poll, 2000);
}

async function start() {
  $("timeZone").value = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  const { users } = await (await fetch("api/playground/users")).json();
  for (const u of users) $("user").append(el("option", { value: u.id, textContent: `${u.id} (${u.role})` }));
  if (users.some((u) => u.id === "rep1")) $("user").value = "rep1";
  // Switching user shows that user's conversation afresh, starting with the proactive messages already waiting.
  $("user").addEventListener("change", () => { conversation.replaceChildren(); delete cursors[$("user").value]; });
  $("composer").addEventListener("submit", (e) => {
    e.preventDefault();
    const text = $("text").value;
    if (!text.trim()) return;
    $("text").value = "";
    send({ text }, text);
  });
  document.body.dataset.ready = "true";
  poll();
}

start();
