// Grants pages: no inline scripts (CSP). Selects marked js-autosubmit submit their form on change;
// after a row is added through the quick form, focus returns to its first field for the next row.
document.addEventListener("change", function (event) {
  if (event.target.matches("select.js-autosubmit")) {
    event.target.form.submit();
  }
});
document.addEventListener("htmx:afterSwap", function (event) {
  var form = document.getElementById("quick-form");
  if (form && form.contains(event.detail.elt)) {
    var first = form.querySelector(".is-invalid, [autofocus]");
    if (first) { first.focus(); }
  }
});
