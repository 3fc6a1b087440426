// Nieuw bericht: sending the draft (or, with "?herzien=", its new version). Not while a block stands that is not
// contested; once, however often the answer is lost on the way (submission-retry.js); then on to its status page.
import { submission } from "./submission-retry.js";

// draft(): the form as the drafts API takes it; media: the form's media items; checking: new-draft-checking.js;
// savedDraft: new-draft-saved.js.
export function createSending({ draft, media, checking, savedDraft }) {
  const formError = document.getElementById("form-error");
  const reviseId = savedDraft.reviseId;

  return async function submit(event) {
    event.preventDefault();
    formError.hidden = true;
    const button = document.getElementById("submit");
    button.disabled = true;
    const blocks = await checking.standingBlocks();
    if (blocks.length > 0) {
      checking.refuse(blocks);
      button.disabled = false;
      return;
    }
    const body = draft();
    body.mediaIds = media.map((m) => m.id);
    const publishAt = document.getElementById("publish-at").value;
    if (publishAt) body.publishAt = new Date(publishAt).toISOString();
    // One submission id per draft: a retry whose first answer was lost makes no second draft.
    const sending = savedDraft.submissionKey;
    try {
      const url = reviseId ? "/api/drafts/" + encodeURIComponent(reviseId) + "/revisions" : "/api/drafts";
      const response = await submission.post(url, JSON.stringify(body), submission.id(sending));
      const result = await response.json().catch(() => ({}));
      if (response.status === 422) submission.forget(sending);
      if (response.status === 202 && result.id) {
        submission.forget(sending);
        savedDraft.forget();
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
  };
}
