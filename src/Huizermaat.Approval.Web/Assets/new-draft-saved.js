// Nieuw bericht: the saved draft. A new post is kept in this browser (localStorage) until it is sent and filled in
// again when the form opens; "?herzien=<id>" is a new version of a sent draft instead, loaded from the server and
// sent as a revision (the concept in this browser is another post, so it is neither shown nor overwritten then).
const storageKey = "huizermaat-concept";

// draft(): the form as the drafts API takes it; media: the form's media items; mediaRows: shows an item
// (new-draft-media.js); checking: keeps the contests (new-draft-checking.js).
export function createSavedDraft({ form, draft, media, mediaRows, checking }) {
  const text = document.getElementById("text");
  const saved = document.getElementById("saved");
  const formError = document.getElementById("form-error");
  const reviseId = new URLSearchParams(window.location.search).get("herzien");

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
    checking.setContests(state.draft.contests || []);
    (state.media || []).forEach((m) => mediaRows.show(m));
  }

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
      checking.setContests(sent.contests || []);
      if (sent.publishAt) {
        const at = new Date(sent.publishAt);
        document.getElementById("publish-at").value = new Date(at.getTime() - at.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
      }
      for (const m of sent.media || []) {
        const item = { id: m.id, kind: m.kind, fileName: m.fileName,
          people: m.people.map((p) => ({ id: p.id, name: p.name, consent: p.consent, consentKind: p.consentKind })),
          noIdentifiablePeople: m.noIdentifiablePeople, ownWork: m.ownWork, creator: m.creator || "", creatorPermission: m.creatorPermission,
          faces: Array.isArray(m.faces) ? m.faces.map((f) => ({ ...f })) : null };
        mediaRows.show(item);
      }
    } catch (e) {
      formError.textContent = "Het bericht kon niet worden geladen. Ga terug naar Mijn berichten en probeer het opnieuw.";
      formError.hidden = false;
    }
  }

  return {
    reviseId,
    save,
    restore,
    loadRevision,
    // Under which key submission-retry.js keeps this draft's submission id.
    submissionKey: reviseId ? "huizermaat-herziening-" + reviseId : storageKey,
    // After the draft was sent: a new post starts empty.
    forget() {
      if (!reviseId) localStorage.removeItem(storageKey);
    },
  };
}
