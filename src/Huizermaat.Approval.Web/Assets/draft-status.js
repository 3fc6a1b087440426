// The status page: "Tekst kopiëren" puts an approved personal post's text on the clipboard, to post it yourself.
(function () {
  "use strict";
  const button = document.getElementById("copy");
  if (!button) return;
  const said = document.getElementById("copied");
  button.addEventListener("click", async () => {
    const text = document.getElementById(button.dataset.copy).textContent;
    try {
      await navigator.clipboard.writeText(text);
      said.textContent = "Gekopieerd. Plak de tekst in je eigen bericht.";
    } catch (e) {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById(button.dataset.copy));
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      said.textContent = "Kopiëren lukte niet vanzelf: de tekst is geselecteerd, kopieer hem met Ctrl+C (of lang drukken).";
    }
  });
})();
