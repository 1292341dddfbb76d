// caravan serve: live reload. Injected only by `caravan serve`, never into `caravan build` output.
(() => {
  const base = document.currentScript.src.replace(/__caravan\/live\.js.*$/, "");
  const overlayId = "caravan-error-overlay";
  function clearOverlay() {
    const old = document.getElementById(overlayId);
    if (old) old.remove();
  }
  function showOverlay(text) {
    clearOverlay();
    const box = document.createElement("div");
    box.id = overlayId;
    box.setAttribute("role", "alert");
    box.style.cssText = "position:fixed;left:1rem;right:1rem;bottom:1rem;max-height:50vh;overflow:auto;" +
      "background:#4a0d0d;color:#fff;padding:1rem 1.25rem;border-radius:8px;z-index:2147483647;" +
      "font:14px/1.45 ui-monospace,Menlo,Consolas,monospace;white-space:pre-wrap;box-shadow:0 4px 24px #0006";
    box.textContent = "caravan: the last change did not build; this page is the last good version.\n\n" + text;
    document.body.appendChild(box);
  }
  const events = new EventSource(base + "__caravan/events");
  events.addEventListener("reload", () => location.reload());
  events.addEventListener("css", () => {
    for (const link of document.querySelectorAll('link[rel="stylesheet"]')) {
      const url = new URL(link.href);
      url.searchParams.set("caravan", Date.now());
      link.href = url.toString();
    }
    clearOverlay();
  });
  events.addEventListener("build-error", (e) => showOverlay(e.data));
  events.addEventListener("ok", () => clearOverlay());
})();
