/* Footnote previews: a reader can read a note without losing their place. Hovering or focusing a
   note reference shows the note's text in a popover next to it; Escape or moving away closes it.
   On touch screens the first tap opens the preview and a second tap follows the link.
   Without this script a reference jumps to the note and the note's backlink returns. */
(function () {
  "use strict";
  var references = document.querySelectorAll("a.footnote-ref[href*='#fn-']");
  if (!references.length) {
    return;
  }

  var popover = null;
  var owner = null;
  var hideTimer = 0;

  function noteOf(reference) {
    var url = new URL(reference.href, document.baseURI);
    if (url.pathname !== location.pathname) {
      return null;
    }
    return document.getElementById(url.hash.slice(1));
  }

  function hide() {
    window.clearTimeout(hideTimer);
    if (popover) {
      popover.remove();
      popover = null;
    }
    if (owner) {
      owner.removeAttribute("aria-describedby");
      owner = null;
    }
  }

  function show(reference) {
    var note = noteOf(reference);
    if (!note || owner === reference) {
      return;
    }
    hide();
    popover = document.createElement("div");
    popover.id = "footnote-preview";
    popover.className = "footnote-preview";
    popover.setAttribute("role", "tooltip");
    var copy = note.cloneNode(true);
    // The preview repeats the note's text only: no backlinks, and no ids that would be duplicated.
    copy.querySelectorAll(".footnote-back").forEach(function (link) { link.remove(); });
    copy.querySelectorAll("[id]").forEach(function (element) { element.removeAttribute("id"); });
    var number = document.createElement("strong");
    number.className = "footnote-preview-number";
    number.textContent = reference.textContent.replace(/\D+/g, "") + " ";
    popover.appendChild(number);
    while (copy.firstChild) {
      popover.appendChild(copy.firstChild);
    }
    popover.addEventListener("mouseenter", function () { window.clearTimeout(hideTimer); });
    popover.addEventListener("mouseleave", scheduleHide);
    document.body.appendChild(popover);
    owner = reference;
    reference.setAttribute("aria-describedby", popover.id);
    place(reference);
  }

  function place(reference) {
    var box = reference.getBoundingClientRect();
    var width = Math.min(448, document.documentElement.clientWidth - 16);
    var left = Math.max(8, Math.min(box.left + window.scrollX - width / 2, window.scrollX + document.documentElement.clientWidth - width - 8));
    popover.style.width = width + "px";
    popover.style.left = left + "px";
    popover.style.top = box.bottom + window.scrollY + 8 + "px";
  }

  function scheduleHide() {
    window.clearTimeout(hideTimer);
    hideTimer = window.setTimeout(hide, 200);
  }

  references.forEach(function (reference) {
    reference.addEventListener("mouseenter", function () { show(reference); });
    reference.addEventListener("mouseleave", scheduleHide);
    reference.addEventListener("focus", function () { show(reference); });
    reference.addEventListener("blur", scheduleHide);
    reference.addEventListener("click", function (event) {
      // On touch, the first tap previews; the second follows the link to the note.
      if (reference.dataset.touched !== "yes" && event.pointerType === "touch") {
        event.preventDefault();
        reference.dataset.touched = "yes";
        show(reference);
        return;
      }
      delete reference.dataset.touched;
      hide();
    });
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && popover) {
      var reference = owner;
      hide();
      if (reference) {
        reference.focus();
      }
    }
  });
  window.addEventListener("resize", hide);
})();
