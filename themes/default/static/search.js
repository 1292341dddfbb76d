// caravan search: reads search/index.json and the parts it names (built with the site) and
// filters the items in the page.
// No build step, nothing from other hosts; without JavaScript the page links to the archive.
(function () {
  "use strict";
  var form = document.getElementById("search");
  if (!form || !window.fetch) return;
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var base = form.getAttribute("data-base") || "/";
  var q = document.getElementById("q");
  var selects = {
    pair: document.getElementById("f-pair"),
    country: document.getElementById("f-country"),
    theme: document.getElementById("f-theme"),
    lang: document.getElementById("f-lang")
  };
  var index = null;
  var MAX = 50;

  function fold(text) {
    return String(text).toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  function fill(select, names, wanted) {
    names.forEach(function (name, i) {
      var option = document.createElement("option");
      option.value = String(i);
      option.textContent = name;
      if (wanted === name) option.selected = true;
      select.appendChild(option);
    });
  }

  function params() {
    return new URLSearchParams(window.location.search);
  }

  function json(url) {
    return fetch(url).then(function (r) {
      if (!r.ok) throw new Error(r.status + " " + r.statusText);
      return r.json();
    });
  }

  function load() {
    status.textContent = "Loading the index…";
    var head = form.getAttribute("data-index");
    json(head)
      .then(function (data) {
        var parts = [];
        for (var n = 1; n <= data.parts; n++) {
          parts.push(json(head.replace(/index\.json$/, "items/" + n + ".json")));
        }
        return Promise.all(parts).then(function (items) {
          data.items = [].concat.apply([], items);
          return data;
        });
      })
      .then(function (data) {
        index = data;
        // Folded text for matching, once.
        index.items.forEach(function (item) {
          item.text = fold(item[0] + " " + item[7] + " " + item[8] + " " + index.pairs[item[3]]);
        });
        var p = params();
        q.value = p.get("q") || "";
        fill(selects.pair, index.pairs, p.get("pair"));
        fill(selects.country, index.countries, p.get("country"));
        fill(selects.theme, index.themes, p.get("theme"));
        fill(selects.lang, index.langs, p.get("lang"));
        form.querySelector(".filters").hidden = false;
        run(false);
      })
      .catch(function (e) {
        status.textContent = "The search index could not be loaded (" + e.message + ").";
      });
  }

  function chosen(select) {
    return select.value === "" ? null : Number(select.value);
  }

  function run(push) {
    if (!index) return;
    var words = fold(q.value).split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length > 0; });
    var pair = chosen(selects.pair), country = chosen(selects.country);
    var theme = chosen(selects.theme), lang = chosen(selects.lang);
    if (push) {
      var p = new URLSearchParams();
      if (q.value) p.set("q", q.value);
      [["pair", pair, index.pairs], ["country", country, index.countries],
       ["theme", theme, index.themes], ["lang", lang, index.langs]].forEach(function (f) {
        if (f[1] !== null) p.set(f[0], f[2][f[1]]);
      });
      var query = p.toString();
      history.replaceState(null, "", query ? "?" + query : window.location.pathname);
    }
    list.textContent = "";
    if (!words.length && pair === null && country === null && theme === null && lang === null) {
      status.textContent = index.items.length + " items. Type a word or choose a filter.";
      return;
    }
    var hits = index.items.filter(function (item) {
      if (pair !== null && item[3] !== pair) return false;
      if (country !== null && item[4].indexOf(country) < 0) return false;
      if (theme !== null && item[5].indexOf(theme) < 0) return false;
      if (lang !== null && item[6] !== lang) return false;
      return words.every(function (w) { return item.text.indexOf(w) >= 0; });
    });
    // Items whose title holds every word first; otherwise newest first, as the index is.
    if (words.length) {
      var inTitle = function (item) {
        var t = fold(item[0]);
        return words.every(function (w) { return t.indexOf(w) >= 0; }) ? 0 : 1;
      };
      hits = hits.map(function (item, i) { return [inTitle(item), i, item]; })
        .sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; })
        .map(function (x) { return x[2]; });
    }
    status.textContent = hits.length === 0 ? "No items match." :
      hits.length + " item" + (hits.length === 1 ? "" : "s") + " match" + (hits.length === 1 ? "es" : "") +
      (hits.length > MAX ? "; the first " + MAX + " are shown." : ".");
    hits.slice(0, MAX).forEach(function (item) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = base + item[1];
      a.textContent = item[0];
      var title = document.createElement("h2");
      title.className = "card-title";
      title.appendChild(a);
      var meta = document.createElement("p");
      meta.className = "meta";
      meta.textContent = item[2] + " · " + index.pairs[item[3]];
      var summary = document.createElement("p");
      summary.className = "summary";
      summary.textContent = item[7].length > 260 ? item[7].slice(0, 259) + "…" : item[7];
      li.appendChild(title);
      li.appendChild(meta);
      if (item[7]) li.appendChild(summary);
      list.appendChild(li);
    });
  }

  var timer = null;
  q.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { run(true); }, 150);
  });
  Object.keys(selects).forEach(function (k) {
    selects[k].addEventListener("change", function () { run(true); });
  });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    run(true);
  });
  load();
})();
