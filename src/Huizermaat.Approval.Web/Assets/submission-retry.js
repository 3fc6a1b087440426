// Sending a draft so that a lost answer never makes a second one: a submission id, made once per draft and kept in
// this browser beside the saved draft, goes with every try as the Idempotency-Key header; after a network error, or
// while the server says it is still handling an earlier try (409 with Retry-After), the same request is sent again
// with the same id, and the server answers with the draft the first try made.
const retryDelays = [1000, 2000, 4000, 8000]; // milliseconds before each further try
const inMemory = {}; // when localStorage cannot be used
const idKey = (storageKey) => storageKey + ":submission-id";
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function newId() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export const submission = {
  // The submission id of the draft kept under storageKey: made at the first try, the same until forget().
  id(storageKey) {
    let id = inMemory[storageKey];
    try { id = localStorage.getItem(idKey(storageKey)) || id; } catch (e) { /* in memory only */ }
    if (!id) {
      id = newId();
      try { localStorage.setItem(idKey(storageKey), id); } catch (e) { /* in memory only */ }
    }
    inMemory[storageKey] = id;
    return id;
  },

  // After the draft was sent (or the server refused this id for a changed draft): the next send is a new draft.
  forget(storageKey) {
    delete inMemory[storageKey];
    try { localStorage.removeItem(idKey(storageKey)); } catch (e) { /* nothing kept */ }
  },

  // POSTs the JSON body with the id; throws the last network error when every try failed.
  async post(url, body, id) {
    for (let attempt = 0; ; attempt++) {
      let response;
      try {
        response = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json", "Idempotency-Key": id }, body });
      } catch (e) {
        if (attempt >= retryDelays.length) throw e;
        await sleep(retryDelays[attempt]);
        continue;
      }
      const retryAfter = response.status === 409 ? Number(response.headers.get("Retry-After")) : NaN;
      if (!(retryAfter >= 0) || attempt >= retryDelays.length) return response;
      await sleep(Math.max(retryAfter * 1000, retryDelays[attempt]));
    }
  },
};
