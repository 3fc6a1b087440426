// Nieuw bericht: the live protocol check. The findings of each check listed (a block the author may contest with a
// reason, a suggested fix added with a click) and marked in the text, the length counter per channel, the preview
// per channel; and the blocks that still stand when the author sends.
import { capacity, channels } from "./new-draft-form.js";

const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));

// The length of the text both strings start with.
function commonPrefix(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

// media: the form's media items (for the previews); draft(): the form as the check takes it; changed(): after an
// edit made here (a contest, a fix).
export function createChecking({ form, media, draft, changed }) {
  const text = document.getElementById("text");
  const highlights = form.querySelector(".highlights");
  const findingsBox = document.getElementById("findings");
  const previews = document.getElementById("previews");
  const formError = document.getElementById("form-error");
  let blockedMessage = false; // the form error says that blocks stop sending
  let contests = []; // {rule, quote, reason}: the blocks the author contests, sent with every check and the draft
  let timer = null;
  let lastFindings = [];
  let checkedText = ""; // the text lastFindings were found in
  let checkSequence = 0; // answers to older checks that arrive late are dropped

  // The text a finding is about, as a contest names it (null for a finding about the whole post).
  function quoteOf(f) {
    return typeof f.start === "number" ? checkedText.slice(f.start, f.start + f.length) : null;
  }

  function contest(f, reason) {
    const quote = quoteOf(f);
    contests = contests.filter((c) => !(c.rule === f.rule && c.quote === quote));
    if (reason) contests.push({ rule: f.rule, quote: quote, reason: reason });
    changed();
  }

  function renderHighlights(findings) {
    const value = text.value;
    const spans = findings.filter((f) => typeof f.start === "number").sort((a, b) => a.start - b.start);
    let html = "";
    let at = 0;
    for (const f of spans) {
      if (f.start < at) continue;
      html += escapeHtml(value.slice(at, f.start));
      html += '<mark class="' + (f.contest ? "warn" : f.severity) + '">' + escapeHtml(value.slice(f.start, f.start + f.length)) + "</mark>";
      at = f.start + f.length;
    }
    html += escapeHtml(value.slice(at)) + "\n";
    highlights.innerHTML = html;
  }

  function renderFindings(findings) {
    lastFindings = findings;
    if (blockedMessage && !findings.some((f) => f.blocks)) {
      formError.hidden = true; // the red points that stopped sending are fixed or contested now
      blockedMessage = false;
    }
    findingsBox.replaceChildren();
    if (!text.value.trim()) return; // an empty form is not yet wrong: no red before the first word
    if (findings.length === 0) {
      const ok = document.createElement("p");
      ok.className = "message ok";
      ok.textContent = "Geen bevindingen: het bericht voldoet aan het protocol.";
      findingsBox.append(ok);
      return;
    }
    const list = document.createElement("ul");
    for (const f of findings) {
      const item = document.createElement("li");
      item.className = "finding " + f.severity;
      const rule = document.createElement("span");
      rule.className = "rule";
      rule.textContent = f.rule;
      rule.title = f.article;
      const message = document.createElement("span");
      message.className = "text";
      message.textContent = f.message;
      const article = document.createElement("span");
      article.className = "article";
      article.textContent = f.article;
      item.append(rule, message, article);
      if (f.contest) {
        item.classList.add("contested");
        const said = document.createElement("span");
        said.className = "contest";
        const label = document.createElement("strong");
        label.textContent = "Je betwist dit: ";
        said.append(label, document.createTextNode(f.contest.reason + " Je leidinggevende ziet je reden en beslist. "));
        const undo = document.createElement("button");
        undo.type = "button";
        undo.className = "secondary";
        undo.textContent = "Niet meer betwisten";
        undo.addEventListener("click", () => contest(f, null));
        said.append(undo);
        item.append(said);
      } else if (f.contestable) {
        const open = document.createElement("button");
        open.type = "button";
        open.className = "secondary contest-open";
        open.textContent = "Klopt niet? Betwisten";
        const box = document.createElement("div");
        box.className = "contest-form";
        box.hidden = true;
        const reason = document.createElement("input");
        reason.type = "text";
        reason.maxLength = 500;
        reason.placeholder = "Waarom klopt dit niet? Bijvoorbeeld: dit is een biologieles";
        reason.setAttribute("aria-label", "Waarom klopt deze bevinding niet?");
        const save = document.createElement("button");
        save.type = "button";
        save.textContent = "Betwisting opslaan";
        save.addEventListener("click", () => { if (reason.value.trim()) contest(f, reason.value.trim()); else reason.focus(); });
        open.addEventListener("click", () => { box.hidden = false; open.hidden = true; reason.focus(); });
        box.append(reason, save);
        item.append(open, box);
      }
      if (f.suggestedFix) {
        const fix = document.createElement("button");
        fix.type = "button";
        fix.className = "fix";
        fix.textContent = "Voeg toe: \u201c" + f.suggestedFix + "\u201d";
        fix.addEventListener("click", () => {
          if (!text.value.includes(f.suggestedFix)) {
            // On a line of its own, below the text.
            text.value = text.value.replace(/\s*$/, "") + (text.value.trim() ? "\n\n" : "") + f.suggestedFix;
          }
          item.remove(); // the fix is in; a second click must not add it twice before the next check answers
          changed();
        });
        item.append(fix);
      }
      list.append(item);
    }
    findingsBox.append(list);
  }

  function renderCounters(lengths) {
    form.querySelectorAll("[data-counter]").forEach((counter) => {
      const name = counter.dataset.counter;
      const max = Number(form.querySelector('input[value="' + name + '"]').dataset.max);
      const length = lengths[name] ?? 0;
      counter.textContent = length.toLocaleString("nl-NL") + " / " + max.toLocaleString("nl-NL");
      counter.classList.toggle("over", length > max);
    });
  }

  function renderPreviews() {
    previews.replaceChildren();
    for (const name of channels(form)) {
      const input = form.querySelector('input[value="' + name + '"]');
      const card = document.createElement("article");
      card.className = "preview " + name;
      const head = document.createElement("header");
      head.textContent = input.dataset.name + " \u00b7 " + (capacity(form) === "personal" ? "jij" : "Huizermaat");
      const body = document.createElement("p");
      const max = Number(input.dataset.max);
      body.textContent = text.value.length > max ? text.value.slice(0, max) + "\u2026" : text.value;
      card.append(head, body);
      const thumbs = document.createElement("div");
      thumbs.className = "thumbs";
      for (const m of media) {
        if (m.kind === "photo") {
          const img = document.createElement("img");
          img.src = "/api/media/" + encodeURIComponent(m.id) + "/thumbnail";
          img.alt = m.fileName;
          thumbs.append(img);
        } else {
          const tag = document.createElement("span");
          tag.textContent = m.kind === "video" ? "\u25b6 " + m.fileName : "\u266b " + m.fileName;
          thumbs.append(tag);
        }
      }
      card.append(thumbs);
      previews.append(card);
    }
  }

  async function check() {
    const sequence = ++checkSequence;
    const sent = draft();
    try {
      const response = await fetch("/api/check", {
        method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(sent),
      });
      if (!response.ok) throw new Error(String(response.status));
      const result = await response.json();
      if (sequence !== checkSequence) return;
      checkedText = sent.text;
      renderFindings(result.findings);
      renderCounters(result.lengths);
      renderKeptHighlights(); // when typing went on meanwhile, its own check is already on its way
    } catch (e) {
      if (sequence !== checkSequence) return;
      const unavailable = document.createElement("p");
      unavailable.className = "message warn";
      unavailable.textContent = "De controle is even niet beschikbaar; je tekst blijft bewaard.";
      findingsBox.replaceChildren(unavailable);
    }
  }

  // Marks the findings of the last check in the text; after an edit, only those before it are still in place.
  function renderKeptHighlights() {
    const unchanged = commonPrefix(checkedText, text.value);
    renderHighlights(lastFindings.filter((f) => typeof f.start === "number" && f.start + f.length <= unchanged));
  }

  // The blocks that stand in the text as it is now (none contested): the form does not send while there are any.
  async function standingBlocks() {
    clearTimeout(timer);
    await check();
    return checkedText === text.value ? lastFindings.filter((f) => f.blocks) : []; // no answer: the server checks again
  }

  // Says that the blocks stop sending, until they are fixed or contested, and shows them.
  function refuse(blocks) {
    formError.textContent = (blocks.length === 1 ? "Er staat nog 1 rood punt" : "Er staan nog " + blocks.length + " rode punten") +
      " bij de controle. Pas het bericht aan, of betwist een punt met een reden als de controle zich vergist; daarna kun je het versturen.";
    formError.hidden = false;
    blockedMessage = true;
    findingsBox.scrollIntoView({ block: "center" });
  }

  text.addEventListener("scroll", () => { highlights.parentElement.scrollTop = text.scrollTop; });

  return {
    check,
    renderPreviews,
    standingBlocks,
    refuse,
    // After an edit: what is still known is shown at once, the check follows when typing pauses.
    edited() {
      renderKeptHighlights();
      renderPreviews();
    },
    checkSoon() {
      clearTimeout(timer);
      timer = setTimeout(check, 400);
    },
    contests: () => contests,
    setContests(kept) { contests = kept; },
  };
}
