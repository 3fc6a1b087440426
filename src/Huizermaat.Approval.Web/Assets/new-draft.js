// Nieuw bericht: live protocol feedback (blocks the author may contest with a reason), counters and previews per
// channel, media upload with progress, people picked from the roster with what happens about their consent, and the
// draft kept in this browser until it is sent. The form does not send while a block stands that is not contested.
(function () {
  "use strict";
  const form = document.getElementById("draft-form");
  if (!form) return;
  const text = document.getElementById("text");
  const highlights = form.querySelector(".highlights");
  const findingsBox = document.getElementById("findings");
  const previews = document.getElementById("previews");
  const mediaInput = document.getElementById("media-input");
  const mediaList = document.getElementById("media-list");
  const formError = document.getElementById("form-error");
  const saved = document.getElementById("saved");
  const storageKey = "huizermaat-concept";
  // "?herzien=<id>": a new version of a sent draft, loaded from the server and sent as a revision.
  const reviseId = new URLSearchParams(window.location.search).get("herzien");
  const media = []; // {id, kind, fileName, people: [{id, name, consent, consentKind}], noIdentifiablePeople, ownWork, creator, creatorPermission}
  let blockedMessage = false; // the form error says that blocks stop sending
  let contests = []; // {rule, quote, reason}: the blocks the author contests, sent with every check and the draft
  let timer = null;
  let lastFindings = [];
  let checkedText = ""; // the text lastFindings were found in
  let checkSequence = 0; // answers to older checks that arrive late are dropped

  const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));

  function channels() {
    return Array.from(form.querySelectorAll('input[name="channels"]:checked')).map((c) => c.value);
  }

  function capacity() {
    const c = form.querySelector('input[name="capacity"]:checked');
    return c ? c.value : null;
  }

  function draft() {
    return {
      text: text.value,
      capacity: capacity(),
      channels: channels(),
      acknowledgedPermanence: document.getElementById("acknowledged").checked,
      media: media.map((m) => ({
        kind: m.kind, fileName: m.fileName, people: m.people.map((p) => p.id),
        noIdentifiablePeople: m.noIdentifiablePeople, ownWork: m.ownWork,
        creator: m.creator || null, creatorPermission: m.creatorPermission,
      })),
      contests: contests,
    };
  }

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

  function save() {
    if (reviseId) return; // the sent draft lives on the server; the concept in this browser is another post
    const state = { draft: draft(), media, publishAt: document.getElementById("publish-at").value };
    try {
      localStorage.setItem(storageKey, JSON.stringify(state));
      saved.textContent = "Concept bewaard in deze browser.";
    } catch (e) {
      saved.textContent = "Concept kon niet bewaard worden.";
    }
  }

  function restore() {
    let state;
    try { state = JSON.parse(localStorage.getItem(storageKey) || "null"); } catch (e) { state = null; }
    if (!state || !state.draft) return;
    text.value = state.draft.text || "";
    form.querySelectorAll('input[name="capacity"]').forEach((r) => { r.checked = r.value === state.draft.capacity; });
    form.querySelectorAll('input[name="channels"]').forEach((c) => { c.checked = (state.draft.channels || []).includes(c.value); });
    document.getElementById("acknowledged").checked = !!state.draft.acknowledgedPermanence;
    document.getElementById("publish-at").value = state.publishAt || "";
    contests = state.draft.contests || [];
    (state.media || []).forEach((m) => { media.push(m); renderMediaItem(m); });
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
    for (const name of channels()) {
      const input = form.querySelector('input[value="' + name + '"]');
      const card = document.createElement("article");
      card.className = "preview " + name;
      const head = document.createElement("header");
      head.textContent = input.dataset.name + " \u00b7 " + (capacity() === "personal" ? "jij" : "Huizermaat");
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

  // The length of the text both strings start with.
  function commonPrefix(a, b) {
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    return i;
  }

  // Marks the findings of the last check in the text; after an edit, only those before it are still in place.
  function renderKeptHighlights() {
    const unchanged = commonPrefix(checkedText, text.value);
    renderHighlights(lastFindings.filter((f) => typeof f.start === "number" && f.start + f.length <= unchanged));
  }

  function changed() {
    renderKeptHighlights();
    renderPreviews();
    save();
    clearTimeout(timer);
    timer = setTimeout(check, 400);
  }

  function kindOf(file) {
    if (file.type.startsWith("video/")) return "video";
    if (file.type.startsWith("audio/")) return "audio";
    return "photo";
  }

  function upload(file) {
    const item = { id: null, kind: kindOf(file), fileName: file.name, people: [], noIdentifiablePeople: false, ownWork: true, creator: "", creatorPermission: false };
    const row = renderMediaItem(item, true);
    const progress = row.querySelector("progress");
    const status = row.querySelector(".status");
    const request = new XMLHttpRequest();
    request.open("POST", "/api/media");
    request.upload.addEventListener("progress", (e) => { if (e.lengthComputable) progress.value = e.loaded / e.total; });
    request.addEventListener("load", () => {
      let body = {};
      try { body = JSON.parse(request.responseText || "{}"); } catch (e) { body = {}; }
      if (request.status === 201 && body.id) {
        item.id = body.id;
        if (body.kind) item.kind = body.kind;
        media.push(item);
        progress.hidden = true;
        status.textContent = "Geüpload.";
        changed();
      } else {
        progress.hidden = true;
        row.classList.add("failed");
        status.textContent = body.message || "Uploaden is mislukt. Probeer het opnieuw of kies een ander bestand.";
      }
    });
    request.addEventListener("error", () => {
      progress.hidden = true;
      row.classList.add("failed");
      status.textContent = "Uploaden is mislukt: geen verbinding. Probeer het opnieuw.";
    });
    const data = new FormData();
    data.append("file", file);
    request.send(data);
  }

  function renderMediaItem(item, uploading) {
    const row = document.createElement("li");
    row.className = "media-item";
    row.innerHTML =
      '<div class="name"></div><progress max="1" value="0"></progress><span class="status"></span>' +
      '<div class="people"><label>Wie staan erop? <input type="search" class="person-search" placeholder="Zoek op naam of klas" /></label>' +
      '<ul class="suggestions"></ul><ul class="chosen"></ul>' +
      '<label><input type="checkbox" class="nobody" /> Niemand is herkenbaar</label></div>' +
      '<div class="provenance"><label><input type="checkbox" class="own" checked /> Eigen werk</label>' +
      '<label class="creator-field">Gemaakt door <input type="text" class="creator" /></label>' +
      '<label class="creator-field"><input type="checkbox" class="permission" /> De maker gaf toestemming</label></div>' +
      '<button type="button" class="remove">Verwijderen</button>';
    row.querySelector(".name").textContent = item.fileName;
    row.querySelector("progress").hidden = !uploading;
    const search = row.querySelector(".person-search");
    const suggestions = row.querySelector(".suggestions");
    const chosen = row.querySelector(".chosen");
    const nobody = row.querySelector(".nobody");
    const own = row.querySelector(".own");
    const creator = row.querySelector(".creator");
    const permission = row.querySelector(".permission");
    nobody.checked = item.noIdentifiablePeople;
    own.checked = item.ownWork;
    creator.value = item.creator || "";
    permission.checked = item.creatorPermission;
    const toggleCreator = () => row.querySelectorAll(".creator-field").forEach((f) => { f.hidden = own.checked; });
    toggleCreator();

    function renderChosen() {
      chosen.replaceChildren();
      for (const person of item.people) {
        const chip = document.createElement("li");
        chip.textContent = person.name + " ";
        const x = document.createElement("button");
        x.type = "button";
        x.textContent = "\u00d7";
        x.setAttribute("aria-label", person.name + " verwijderen");
        x.addEventListener("click", () => { item.people = item.people.filter((p) => p.id !== person.id); renderChosen(); changed(); });
        chip.append(x);
        if (person.consent) {
          // Whether a parent will be asked, the person themself, or what the consent register says.
          const note = document.createElement("span");
          note.className = "consent-note" + (person.consentKind === "refused" || person.consentKind === "nobody" ? " refused" : "");
          note.textContent = person.consent;
          chip.append(note);
        }
        chosen.append(chip);
      }
    }
    renderChosen();

    let searchTimer = null;
    search.addEventListener("input", () => {
      clearTimeout(searchTimer);
      searchTimer = setTimeout(async () => {
        suggestions.replaceChildren();
        const q = search.value.trim();
        if (q.length < 2) return;
        try {
          const response = await fetch("/api/roster/search?q=" + encodeURIComponent(q));
          if (!response.ok) return;
          for (const person of await response.json()) {
            const option = document.createElement("li");
            const pick = document.createElement("button");
            pick.type = "button";
            pick.textContent = person.name + (person.className ? " (" + person.className + ")" : "");
            pick.addEventListener("click", () => {
              if (!item.people.some((p) => p.id === person.id)) {
                item.people.push({ id: person.id, name: person.name, consent: person.consent, consentKind: person.consentKind });
              }
              search.value = "";
              suggestions.replaceChildren();
              renderChosen();
              changed();
            });
            option.append(pick);
            suggestions.append(option);
          }
        } catch (e) { /* the search is a help; typing goes on */ }
      }, 250);
    });
    nobody.addEventListener("change", () => { item.noIdentifiablePeople = nobody.checked; changed(); });
    own.addEventListener("change", () => { item.ownWork = own.checked; toggleCreator(); changed(); });
    creator.addEventListener("input", () => { item.creator = creator.value; changed(); });
    permission.addEventListener("change", () => { item.creatorPermission = permission.checked; changed(); });
    row.querySelector(".remove").addEventListener("click", () => {
      const i = media.indexOf(item);
      if (i >= 0) media.splice(i, 1);
      row.remove();
      changed();
    });
    mediaList.append(row);
    return row;
  }

  // The blocks that stand in the text as it is now (none contested): the form does not send while there are any.
  async function standingBlocks() {
    clearTimeout(timer);
    await check();
    return checkedText === text.value ? lastFindings.filter((f) => f.blocks) : []; // no answer: the server checks again
  }

  async function submit(event) {
    event.preventDefault();
    formError.hidden = true;
    const button = document.getElementById("submit");
    button.disabled = true;
    const blocks = await standingBlocks();
    if (blocks.length > 0) {
      formError.textContent = (blocks.length === 1 ? "Er staat nog 1 rood punt" : "Er staan nog " + blocks.length + " rode punten") +
        " bij de controle. Pas het bericht aan, of betwist een punt met een reden als de controle zich vergist; daarna kun je het versturen.";
      formError.hidden = false;
      blockedMessage = true;
      button.disabled = false;
      findingsBox.scrollIntoView({ block: "center" });
      return;
    }
    const body = draft();
    body.mediaIds = media.map((m) => m.id);
    const publishAt = document.getElementById("publish-at").value;
    if (publishAt) body.publishAt = new Date(publishAt).toISOString();
    try {
      const url = reviseId ? "/api/drafts/" + encodeURIComponent(reviseId) + "/revisions" : "/api/drafts";
      const response = await fetch(url, {
        method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
      });
      const result = await response.json().catch(() => ({}));
      if (response.status === 202 && result.id) {
        if (!reviseId) localStorage.removeItem(storageKey);
        window.location.href = "/berichten/" + encodeURIComponent(result.id);
        return;
      }
      formError.textContent = result.message || "Versturen is mislukt. Je bericht is bewaard; probeer het opnieuw.";
      formError.hidden = false;
    } catch (e) {
      formError.textContent = "Versturen is mislukt: geen verbinding. Je bericht is bewaard; probeer het opnieuw.";
      formError.hidden = false;
    } finally {
      button.disabled = false;
    }
  }

  text.addEventListener("input", changed);
  text.addEventListener("scroll", () => { highlights.parentElement.scrollTop = text.scrollTop; });
  form.addEventListener("change", changed);
  form.addEventListener("submit", submit);
  mediaInput.addEventListener("change", () => { Array.from(mediaInput.files).forEach(upload); mediaInput.value = ""; });
  // Fills the form with the draft as last sent, to revise it.
  async function loadRevision() {
    const heading = document.querySelector("main h1");
    if (heading) heading.textContent = "Bericht aanpassen";
    document.getElementById("submit").textContent = "Nieuwe versie versturen";
    try {
      const response = await fetch("/api/drafts/" + encodeURIComponent(reviseId));
      if (!response.ok) throw new Error(String(response.status));
      const sent = (await response.json()).draft;
      text.value = sent.text || "";
      form.querySelectorAll('input[name="capacity"]').forEach((r) => { r.checked = r.value === sent.capacity; });
      form.querySelectorAll('input[name="channels"]').forEach((c) => { c.checked = (sent.channels || []).includes(c.value); });
      document.getElementById("acknowledged").checked = !!sent.acknowledgedPermanence;
      contests = sent.contests || [];
      if (sent.publishAt) {
        const at = new Date(sent.publishAt);
        document.getElementById("publish-at").value = new Date(at.getTime() - at.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
      }
      for (const m of sent.media || []) {
        const item = { id: m.id, kind: m.kind, fileName: m.fileName,
          people: m.people.map((p) => ({ id: p.id, name: p.name, consent: p.consent, consentKind: p.consentKind })),
          noIdentifiablePeople: m.noIdentifiablePeople, ownWork: m.ownWork, creator: m.creator || "", creatorPermission: m.creatorPermission };
        media.push(item);
        renderMediaItem(item);
      }
    } catch (e) {
      formError.textContent = "Het bericht kon niet worden geladen. Ga terug naar Mijn berichten en probeer het opnieuw.";
      formError.hidden = false;
    }
    renderPreviews();
    check();
  }

  if (reviseId) {
    loadRevision();
    return;
  }

  restore();
  renderPreviews();
  check();
})();
