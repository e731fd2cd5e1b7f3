// Intake: type-to-search for the service item (an ARIA 1.2 combobox with a listbox popup).
// It matches the name, pinyin initials ("dbdx" → 低保对象服务), full pinyin (pinyin-pro, served from lib/)
// and keywords (the other language's name, the duty area). It drives the real <select>, which stays the
// form field and is all there is without this script. Items keep the page's order: the most used first.
(function () {
  "use strict";
  var select = document.getElementById("Input_ServiceItemId");
  var wrap = document.getElementById("item-search-box");
  var box = document.getElementById("item-search");
  var list = document.getElementById("item-options");
  var count = document.getElementById("item-search-count");
  if (!select || !wrap || !box || !list) { return; }

  var shown = 12;
  var han = /[\u3400-\u9fff]/;
  var py = window.pinyinPro && window.pinyinPro.pinyin;

  function fold(text) { return text.toLowerCase().replace(/\s+/g, ""); }

  function spell(word, pattern) {
    return py ? py(word, { pattern: pattern, toneType: "none", type: "array", nonZh: "removed" }).join("").toLowerCase() : "";
  }

  var entries = Array.prototype.filter.call(select.options, function (o) { return o.value; }).map(function (o, i) {
    var name = o.getAttribute("data-name") || o.text;
    var keywords = o.getAttribute("data-keywords") || "";
    var starts = [fold(name), spell(name, "first"), spell(name, "pinyin")];
    var anywhere = starts.concat([fold(keywords)]);
    (name + " " + keywords).split(/\s+/).forEach(function (word) {
      if (han.test(word)) { anywhere.push(spell(word, "first"), spell(word, "pinyin")); }
    });
    return { option: o, name: name, order: i, starts: starts, anywhere: anywhere };
  });

  var matches = [];
  var active = -1;

  function rank(entry, q) {
    if (!q) { return 1; }
    if (entry.starts.some(function (s) { return s && s.indexOf(q) === 0; })) { return 0; }
    return entry.anywhere.some(function (s) { return s && s.indexOf(q) >= 0; }) ? 1 : -1;
  }

  function open(q) {
    matches = entries.map(function (e) { return { entry: e, rank: rank(e, q) }; })
      .filter(function (m) { return m.rank >= 0; })
      .sort(function (a, b) { return a.rank - b.rank || a.entry.order - b.entry.order; })
      .map(function (m) { return m.entry; });
    list.textContent = "";
    matches.slice(0, shown).forEach(function (e, i) {
      var li = document.createElement("li");
      li.id = "item-option-" + i;
      li.setAttribute("role", "option");
      li.className = "list-group-item list-group-item-action";
      li.textContent = e.option.text;
      li.setAttribute("data-value", e.option.value);
      list.appendChild(li);
    });
    if (count) { count.textContent = (wrap.getAttribute("data-count") || "{0}").replace("{0}", String(matches.length)); }
    list.hidden = matches.length === 0;
    box.setAttribute("aria-expanded", String(!list.hidden));
    highlight(matches.length > 0 ? 0 : -1);
  }

  function close() {
    list.hidden = true;
    box.setAttribute("aria-expanded", "false");
    highlight(-1);
  }

  function highlight(i) {
    active = i;
    Array.prototype.forEach.call(list.children, function (li, j) {
      li.classList.toggle("active", j === i);
      li.setAttribute("aria-selected", String(j === i));
    });
    if (i >= 0 && list.children[i]) {
      box.setAttribute("aria-activedescendant", list.children[i].id);
      list.children[i].scrollIntoView({ block: "nearest" });
    } else {
      box.removeAttribute("aria-activedescendant");
    }
  }

  function choose(entry) {
    select.value = entry.option.value;
    select.dispatchEvent(new Event("change", { bubbles: true }));
    box.value = entry.name;
    close();
  }

  box.addEventListener("input", function () { open(fold(box.value)); });
  box.addEventListener("blur", close);
  box.addEventListener("keydown", function (e) {
    var visible = Math.min(matches.length, shown);
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (list.hidden) { open(fold(box.value)); return; }
      var step = e.key === "ArrowDown" ? 1 : -1;
      highlight(visible === 0 ? -1 : (active + step + visible) % visible);
    } else if (e.key === "Enter") {
      // Enter picks; it never sends the half-filled form from here.
      e.preventDefault();
      if (!list.hidden && active >= 0) { choose(matches[active]); }
    } else if (e.key === "Escape" && !list.hidden) {
      e.preventDefault();
      close();
    }
  });
  list.addEventListener("mousedown", function (e) { e.preventDefault(); });
  list.addEventListener("click", function (e) {
    var li = e.target instanceof Element ? e.target.closest("[role=option]") : null;
    if (li) { choose(matches[Array.prototype.indexOf.call(list.children, li)]); }
  });
  select.addEventListener("change", function () {
    var chosen = entries.filter(function (e) { return e.option.value === select.value; })[0];
    box.value = chosen ? chosen.name : "";
  });

  if (select.value) { box.value = (entries.filter(function (e) { return e.option.value === select.value; })[0] || { name: "" }).name; }
  wrap.hidden = false;

  // The page names the step left for this clerk (a match to pick, "same as last visit", the request...).
  var form = document.getElementById("intake-form");
  var next = form ? document.getElementById(form.getAttribute("data-focus") || "") : null;
  if (next) { next.focus(); }
})();
