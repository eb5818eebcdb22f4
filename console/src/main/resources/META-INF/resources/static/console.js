// Phối hợp console: small enhancements on server-rendered pages. Everything works without them except
// the live event flow and the directory search-as-you-type.
(function () {
  "use strict";

  // Agency picker: a result button puts the agency's code into the input named by data-target
  // (a single agency) or adds a chip with a hidden input (a list of agencies).
  document.addEventListener("click", function (e) {
    var pick = e.target.closest("[data-pick-code]");
    if (pick) {
      e.preventDefault();
      var picker = pick.closest(".picker");
      var code = pick.getAttribute("data-pick-code"), name = pick.getAttribute("data-pick-name");
      if (picker.hasAttribute("data-multi")) {
        var list = picker.querySelector(".chips"), base = picker.getAttribute("data-multi");
        if (!list.querySelector('input[value="' + code + '"]')) {
          var i = list.querySelectorAll("input").length;
          var chip = document.createElement("span");
          chip.className = "chip";
          chip.title = code;
          chip.textContent = name;
          var hidden = document.createElement("input");
          hidden.type = "hidden"; hidden.name = base + "[" + i + "]"; hidden.value = code;
          var remove = document.createElement("button");
          remove.type = "button"; remove.setAttribute("data-remove-chip", ""); remove.setAttribute("aria-label", "Bỏ " + name); remove.textContent = "×";
          chip.appendChild(hidden); chip.appendChild(remove); list.appendChild(chip);
        }
        picker.querySelector("input[type=search]").value = "";
      } else {
        var input = picker.querySelector("input.code");
        input.value = code;
        var shown = picker.querySelector(".picked");
        if (shown) { shown.textContent = name; }
      }
      picker.querySelector(".picker-results").innerHTML = "";
      return;
    }
    var remove = e.target.closest("[data-remove-chip]");
    if (remove) { e.preventDefault(); remove.closest(".chip").remove(); return; }

    var copy = e.target.closest("[data-copy]");
    if (copy) {
      e.preventDefault();
      var field = document.getElementById(copy.getAttribute("data-copy"));
      field.select();
      if (navigator.clipboard) { navigator.clipboard.writeText(field.value); } else { document.execCommand("copy"); }
      copy.textContent = "Đã chép";
      return;
    }

    // repeatable rows (tasks, targets, obligations, recipients): clone the template, renumbering names
    var add = e.target.closest("[data-add-row]");
    if (add) {
      e.preventDefault();
      var tpl = document.getElementById(add.getAttribute("data-add-row"));
      var box = document.getElementById(add.getAttribute("data-into"));
      var n = parseInt(box.getAttribute("data-next") || box.children.length, 10);
      box.setAttribute("data-next", n + 1);
      var html = tpl.innerHTML.replace(new RegExp(tpl.getAttribute("data-placeholder"), "g"), n).replace(/__N1__/g, n + 1);
      box.insertAdjacentHTML("beforeend", html);
      var added = box.lastElementChild;
      if (window.htmx) { htmx.process(added); }
      var first = added.querySelector("input, textarea, select");
      if (first) { first.focus(); }
      return;
    }
    var del = e.target.closest("[data-remove-row]");
    if (del) { e.preventDefault(); del.closest(".row").remove(); }
  });

  // Escape closes a picker's results
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") {
      var open = e.target.closest && e.target.closest(".picker");
      if (open) { open.querySelector(".picker-results").innerHTML = ""; }
    }
  });

  // Live event flow: the console relays the services' stream as SSE; each event is a rendered <li>.
  window.addEventListener("DOMContentLoaded", function () {
    var flow = document.querySelector("[data-live-flow]");
    if (!flow) { return; }
    var list = flow.querySelector(".flow"), status = document.getElementById("live-status");
    var filters = document.getElementById("flow-filters");
    var source = new EventSource(flow.getAttribute("data-live-flow"));
    source.onopen = function () { status.classList.add("on"); status.textContent = "Đang theo dõi trực tiếp"; };
    source.onerror = function () { status.classList.remove("on"); status.textContent = "Mất kết nối, đang kết nối lại…"; };
    source.addEventListener("flow", function (e) {
      var holder = document.createElement("ul");
      holder.innerHTML = e.data;
      var li = holder.firstElementChild;
      if (!li) { return; }
      li.classList.add("new");
      var empty = list.querySelector(".empty");
      if (empty) { empty.remove(); }
      list.insertBefore(li, list.firstChild);
      applyFilters();
      var count = document.getElementById("live-count");
      if (count) { count.textContent = String(parseInt(count.textContent || "0", 10) + 1); }
    });
    function applyFilters() {
      if (!filters) { return; }
      var plan = filters.querySelector("[name=plan]").value, kind = filters.querySelector("[name=kind]").value;
      list.querySelectorAll("li[data-kind]").forEach(function (li) {
        var show = (!plan || li.getAttribute("data-plan") === plan) && (!kind || li.getAttribute("data-kind") === kind);
        li.hidden = !show;
      });
    }
    if (filters) { filters.addEventListener("change", applyFilters); }
  });
})();
