// Conveniences only: every page reads without this script.
// - the record an address points to (#q3, #e2) is brought into view and marked;
// - the legend of an article's marks turns each kind of mark on and off.
(function () {
  function flash() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    if (!id) { return; }
    var found = document.getElementById(id);
    if (!found) { return; }
    var old = document.querySelectorAll(".target");
    for (var i = 0; i < old.length; i++) { old[i].classList.remove("target"); }
    found.classList.add("target");
    found.scrollIntoView({ block: "center" });
  }
  function legend() {
    var items = document.querySelectorAll(".legend .mark");
    for (var i = 0; i < items.length; i++) {
      items[i].addEventListener("click", function (event) {
        var kind = event.currentTarget.classList[1];
        document.body.classList.toggle("hide-" + kind);
        event.currentTarget.classList.toggle("off");
      });
    }
  }
  window.addEventListener("hashchange", flash);
  window.addEventListener("DOMContentLoaded", function () { flash(); legend(); });
})();
