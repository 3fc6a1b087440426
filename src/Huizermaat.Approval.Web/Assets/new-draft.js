// Nieuw bericht: live protocol feedback (blocks the author may contest with a reason), counters and previews per
// channel, media upload with progress, people picked from the roster with what happens about their consent, the faces
// found in a photo numbered on it (each given a person, "vervagen" or "geen herkenbaar gezicht"), and the draft kept
// in this browser until it is sent. The form does not send while a block stands that is not contested.
// This module wires the parts, each an ES module beside it (new-draft-*.js).
import { createChecking } from "./new-draft-checking.js";
import { readDraft } from "./new-draft-form.js";
import { createMedia } from "./new-draft-media.js";
import { createSavedDraft } from "./new-draft-saved.js";
import { createSending } from "./new-draft-sending.js";

const form = document.getElementById("draft-form");
if (form) start(form);

function start(form) {
  const media = []; // the form's media items, shared by the parts (see new-draft-media.js)
  const draft = () => readDraft(form, media, checking.contests());
  // After every edit: the findings still in place and the previews at once, the draft saved, a check when typing pauses.
  const changed = () => {
    checking.edited();
    savedDraft.save();
    checking.checkSoon();
  };
  const checking = createChecking({ form, media, draft, changed });
  const mediaRows = createMedia({ media, changed });
  const savedDraft = createSavedDraft({ form, draft, media, mediaRows, checking });
  const submit = createSending({ draft, media, checking, savedDraft });

  const text = document.getElementById("text");
  const mediaInput = document.getElementById("media-input");
  text.addEventListener("input", changed);
  form.addEventListener("change", changed);
  form.addEventListener("submit", submit);
  mediaInput.addEventListener("change", () => { Array.from(mediaInput.files).forEach(mediaRows.upload); mediaInput.value = ""; });

  const opened = () => {
    checking.renderPreviews();
    checking.check();
  };
  if (savedDraft.reviseId) {
    savedDraft.loadRevision().then(opened);
  } else {
    savedDraft.restore();
    opened();
  }
}
