// Nieuw bericht: the media. Each file uploaded with its progress, its row (the people on it, "Niemand is herkenbaar",
// whose work it is) and, for a photo, the faces the app found: numbered boxes on the thumbnail and, per face, a choice
// of the people named, "Vervagen" or "Geen herkenbaar gezicht".
import { attachPeoplePicker } from "./new-draft-people.js";

function kindOf(file) {
  if (file.type.startsWith("video/")) return "video";
  if (file.type.startsWith("audio/")) return "audio";
  return "photo";
}

// media: the form's media items, in order, each
//   {id, kind, fileName, people: [{id, name, consent, consentKind}], noIdentifiablePeople, ownWork, creator, creatorPermission, faces}
//   faces: null (not analysed), or [{x, y, width, height, confidence, assignment: null|"person"|"blur"|"unrecognisable", person}];
// changed(): after every edit of an item.
export function createMedia({ media, changed }) {
  const mediaList = document.getElementById("media-list");

  function upload(file) {
    const item = { id: null, kind: kindOf(file), fileName: file.name, people: [], noIdentifiablePeople: false, ownWork: true, creator: "", creatorPermission: false };
    const { row, renderFaces } = renderMediaItem(item, true);
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
        item.faces = Array.isArray(body.faces) ? body.faces.map((f) => ({ ...f, assignment: null, person: null })) : null;
        media.push(item);
        progress.hidden = true;
        status.textContent = item.faces && item.faces.length > 0
          ? "Geüpload. Er " + (item.faces.length === 1 ? "is 1 gezicht" : "zijn " + item.faces.length + " gezichten") + " gevonden: geef bij elk gezicht aan wie het is."
          : "Geüpload.";
        renderFaces();
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
      '<label><input type="checkbox" class="nobody" /> Niemand is herkenbaar</label>' +
      '<div class="faces" hidden><div class="face-photo"><img alt="" /></div><ol class="face-list"></ol></div></div>' +
      '<div class="provenance"><label><input type="checkbox" class="own" checked /> Eigen werk</label>' +
      '<label class="creator-field">Gemaakt door <input type="text" class="creator" /></label>' +
      '<label class="creator-field"><input type="checkbox" class="permission" /> De maker gaf toestemming</label></div>' +
      '<button type="button" class="remove">Verwijderen</button>';
    row.querySelector(".name").textContent = item.fileName;
    row.querySelector("progress").hidden = !uploading;
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

    // The faces the app found: numbered boxes on the thumbnail and, per face, a choice of the people named, blur, or none.
    const facesBox = row.querySelector(".faces");
    const facePhoto = row.querySelector(".face-photo");
    const faceList = row.querySelector(".face-list");
    function renderFaces() {
      const faces = item.faces || [];
      facesBox.hidden = faces.length === 0 || !item.id;
      facePhoto.querySelectorAll(".face-box").forEach((b) => b.remove());
      faceList.replaceChildren();
      if (facesBox.hidden) return;
      const img = facePhoto.querySelector("img");
      const source = "/api/media/" + encodeURIComponent(item.id) + "/thumbnail";
      if (img.getAttribute("src") !== source) img.src = source;
      img.alt = item.fileName + " met " + faces.length + " genummerde gezichten";
      faces.forEach((face, i) => {
        if (face.assignment === "person" && !item.people.some((p) => p.id === face.person)) { face.assignment = null; face.person = null; }
        const box = document.createElement("span");
        box.className = "face-box" + (face.assignment ? " resolved" : "");
        box.textContent = String(i + 1);
        box.style.left = (face.x * 100) + "%";
        box.style.top = (face.y * 100) + "%";
        box.style.width = (face.width * 100) + "%";
        box.style.height = (face.height * 100) + "%";
        facePhoto.append(box);

        const entry = document.createElement("li");
        const label = document.createElement("label");
        label.textContent = "Gezicht " + (i + 1) + " ";
        const choice = document.createElement("select");
        choice.className = "face-choice";
        const options = [["", "Kies wie dit is"]]
          .concat(item.people.map((p) => ["person:" + p.id, p.name]))
          .concat([["blur", "Vervagen"], ["unrecognisable", "Geen herkenbaar gezicht"]]);
        for (const [value, text] of options) {
          const option = document.createElement("option");
          option.value = value;
          option.textContent = text;
          choice.append(option);
        }
        choice.value = face.assignment === "person" ? "person:" + face.person : (face.assignment || "");
        choice.addEventListener("change", () => {
          if (choice.value.startsWith("person:")) { face.assignment = "person"; face.person = choice.value.slice(7); }
          else { face.assignment = choice.value || null; face.person = null; }
          renderFaces();
          changed();
        });
        label.append(choice);
        entry.append(label);
        faceList.append(entry);
      });
    }
    renderFaces();

    // The people named are the choices for each face.
    attachPeoplePicker(row, item, () => { renderFaces(); changed(); });
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
    return { row, renderFaces };
  }

  return {
    upload,
    // An item already uploaded (a saved or a sent draft's): kept in the form and shown.
    show(item) {
      media.push(item);
      renderMediaItem(item);
    },
  };
}
