// Shows only the fields the chosen kind of report uses (each field lists its kinds in data-for-kinds).
document.addEventListener("DOMContentLoaded", () => {
  const form = document.querySelector("form.report-request");
  if (!form) return;
  const kind = form.querySelector("[data-report-kind]");
  const update = () => {
    form.querySelectorAll("[data-for-kinds]").forEach((input) => {
      const wrapper = input.closest("[data-field]");
      const used = input.dataset.forKinds.split(" ").includes(kind.value);
      wrapper.hidden = !used;
    });
  };
  kind.addEventListener("change", update);
  update();
});
