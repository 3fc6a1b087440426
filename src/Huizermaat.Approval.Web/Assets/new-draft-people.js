// Nieuw bericht: the people picker of one media item. People are searched in the roster by name or class and
// shown as chips, each with what happens about their consent (a parent will be asked, the person themself, or what
// the consent register says).

// row: the item's row (its .person-search, .suggestions and .chosen); item.people: the people named, kept here;
// peopleChanged(): after a person was added or removed.
export function attachPeoplePicker(row, item, peopleChanged) {
  const search = row.querySelector(".person-search");
  const suggestions = row.querySelector(".suggestions");
  const chosen = row.querySelector(".chosen");

  function renderChosen() {
    chosen.replaceChildren();
    for (const person of item.people) {
      const chip = document.createElement("li");
      chip.textContent = person.name + " ";
      const x = document.createElement("button");
      x.type = "button";
      x.textContent = "\u00d7";
      x.setAttribute("aria-label", person.name + " verwijderen");
      x.addEventListener("click", () => { item.people = item.people.filter((p) => p.id !== person.id); renderChosen(); peopleChanged(); });
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
            peopleChanged();
          });
          option.append(pick);
          suggestions.append(option);
        }
      } catch (e) { /* the search is a help; typing goes on */ }
    }, 250);
  });
}
