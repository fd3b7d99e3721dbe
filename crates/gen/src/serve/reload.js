// Live reload for `dossier serve` only (injected by the server, never written to public/): reload the
// page after a good rebuild; after a failed one, show the diagnostics over the page, which stays the
// last good build.
(() => {
  const events = new EventSource("/__dossier/events");
  let overlay = null;
  events.addEventListener("reload", () => location.reload());
  events.addEventListener("failed", (e) => {
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = "dossier-build-error";
      overlay.setAttribute("role", "alert");
      // Styles through the CSSOM: the pages' CSP forbids inline style attributes, not this.
      Object.assign(overlay.style, {
        position: "fixed", inset: "auto 1rem 1rem 1rem", maxHeight: "60vh", overflow: "auto", zIndex: "1000",
        background: "#1d1f21", color: "#f8f8f2", border: "3px solid #e25c4b", borderRadius: "8px",
        padding: "1rem", font: "13px/1.45 ui-monospace, Menlo, Consolas, monospace", whiteSpace: "pre-wrap",
        boxShadow: "0 8px 30px rgba(0,0,0,.35)",
      });
      document.body.appendChild(overlay);
    }
    overlay.textContent = "dossier: the last edit does not build\n\n" + e.data;
  });
})();
