// Nieuw bericht: what the form holds, read as the draft the check and drafts APIs take.

export function channels(form) {
  return Array.from(form.querySelectorAll('input[name="channels"]:checked')).map((c) => c.value);
}

export function capacity(form) {
  const c = form.querySelector('input[name="capacity"]:checked');
  return c ? c.value : null;
}

// media: the form's media items (see new-draft-media.js); contests: the blocks the author contests.
export function readDraft(form, media, contests) {
  return {
    text: document.getElementById("text").value,
    capacity: capacity(form),
    channels: channels(form),
    acknowledgedPermanence: document.getElementById("acknowledged").checked,
    media: media.map((m) => ({
      kind: m.kind, fileName: m.fileName, people: m.people.map((p) => p.id),
      noIdentifiablePeople: m.noIdentifiablePeople, ownWork: m.ownWork,
      creator: m.creator || null, creatorPermission: m.creatorPermission,
      faces: Array.isArray(m.faces) ? m.faces.map((f) => ({
        x: f.x, y: f.y, width: f.width, height: f.height, confidence: f.confidence,
        assignment: f.assignment || null, person: f.assignment === "person" ? f.person : null,
      })) : null,
    })),
    contests: contests,
  };
}
