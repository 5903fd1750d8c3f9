// Keyboard shortcuts for reviewers on the figure page (docs/REVIEWING.md).
// j/k move between claims; v d f m u rate the current claim; n writes a note for it;
// t takes the figure; r goes to the resolution. Keys typed into a field are left alone.
(function () {
  "use strict";
  const VERDICT_KEYS = { v: "verified", d: "disputed", f: "false", m: "misleading", u: "unverifiable" };

  function rows() {
    return Array.from(document.querySelectorAll("#claims tr.claim-row"));
  }

  function current() {
    return document.activeElement && document.activeElement.closest ? document.activeElement.closest("tr.claim-row") : null;
  }

  function focusRow(index) {
    const all = rows();
    if (!all.length) return;
    const row = all[Math.max(0, Math.min(index, all.length - 1))];
    row.focus();
    row.scrollIntoView({ block: "nearest" });
  }

  function typing(event) {
    const target = event.target;
    return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
  }

  document.addEventListener("keydown", function (event) {
    if (typing(event) || event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key;
    const row = current();
    const index = row ? rows().indexOf(row) : -1;
    if (key === "j" || key === "k") {
      focusRow(key === "j" ? index + 1 : (index < 0 ? 0 : index - 1));
    } else if (key in VERDICT_KEYS && row) {
      const form = row.querySelector("form.rate");
      if (!form) return;
      form.querySelector("select[name=verdict]").value = VERDICT_KEYS[key];
      form.requestSubmit();
    } else if (key === "n" && row) {
      const note = row.querySelector("form.rate input[name=note]");
      if (note) note.focus();
    } else if (key === "t") {
      const take = document.getElementById("take-form");
      if (take) take.requestSubmit();
    } else if (key === "r") {
      const field = document.querySelector("#resolve-form input[name=value]");
      if (field) field.focus();
    } else if (key === "?") {
      const help = document.getElementById("shortcuts");
      if (help) help.scrollIntoView({ block: "center" });
    } else {
      return;
    }
    event.preventDefault();
  });

  // After rating, the page comes back to the rated claim's row (#claim-row-N): keep working
  // from there.
  document.addEventListener("DOMContentLoaded", function () {
    const match = window.location.hash.match(/^#claim-row-(\d+)$/);
    if (match) {
      const row = document.getElementById("claim-row-" + match[1]);
      if (row) row.focus();
    }
  });
})();
