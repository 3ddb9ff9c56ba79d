// Starts Swagger UI on the /docs page from the service's own copy (no inline script: the page's CSP forbids it).
window.addEventListener("DOMContentLoaded", function () {
  var target = document.getElementById("swagger-ui");
  if (!target || typeof window.SwaggerUIBundle !== "function") { return; }
  window.SwaggerUIBundle({ url: target.getAttribute("data-spec"), dom_id: "#swagger-ui" });
});
