// The phone menu: closed behind its button once scripts run; with scripts off it stays open (CSS reads
// the "js" class). The print header names the page from its title, since a template block is written once.
document.documentElement.classList.add("js");
document.addEventListener("click", function (event) {
  var toggle = event.target.closest(".portal-menu-toggle");
  if (!toggle) { return; }
  var menu = document.getElementById(toggle.getAttribute("aria-controls"));
  var open = toggle.getAttribute("aria-expanded") !== "true";
  toggle.setAttribute("aria-expanded", open ? "true" : "false");
  menu.classList.toggle("open", open);
});
document.addEventListener("DOMContentLoaded", function () {
  var slot = document.querySelector("[data-print-title]");
  if (slot) { slot.textContent = document.title.split(" · ").slice(0, -1).join(" · "); }
});
