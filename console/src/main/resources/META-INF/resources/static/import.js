// Review of a document read into a draft: the source's marked words follow the form's focus, a click on a
// mark goes to its input, and answering a question fills the form.
(function () {
  const source = document.getElementById('source-text');
  if (!source) return;
  const marks = Array.from(source.querySelectorAll('mark[data-field]'));

  function marksFor(name) {
    const path = name.replace(/\[\d+\]$/, '');
    let best = [];
    let bestLength = -1;
    for (const m of marks) {
      const f = m.dataset.field;
      if ((path === f || path.startsWith(f + '.') || path.startsWith(f + '[')) && f.length >= bestLength) {
        if (f.length > bestLength) { best = []; bestLength = f.length; }
        best.push(m);
      }
    }
    return best;
  }

  document.addEventListener('focusin', function (e) {
    const input = e.target;
    if (!input.name || !input.closest('#document-form')) return;
    marks.forEach(m => m.classList.remove('active'));
    const found = marksFor(input.name);
    found.forEach(m => m.classList.add('active'));
    if (found.length) found[0].scrollIntoView({block: 'nearest'});
  });

  source.addEventListener('click', function (e) {
    const mark = e.target.closest('mark[data-field]');
    if (!mark) return;
    const f = mark.dataset.field;
    const input = document.querySelector('#document-form [name="' + f + '"]')
      || Array.from(document.querySelectorAll('#document-form [name]')).find(i => i.name.startsWith(f + '.') || i.name.startsWith(f + '['));
    if (input) input.focus();
  });

  function chip(container, name, code, label) {
    const index = container.querySelectorAll('input[type=hidden]').length;
    const span = document.createElement('span');
    span.className = 'chip';
    span.title = code;
    span.textContent = label;
    const hidden = document.createElement('input');
    hidden.type = 'hidden';
    hidden.name = name + '[' + index + ']';
    hidden.value = code;
    span.appendChild(hidden);
    container.appendChild(span);
  }

  document.querySelectorAll('select[data-answer]').forEach(function (select) {
    select.addEventListener('change', function () {
      const field = select.dataset.answer;
      const option = select.options[select.selectedIndex];
      const item = select.closest('.question');
      if (!select.value) return;
      const input = document.querySelector('#document-form input[name="' + field + '"]');
      if (input) {
        input.value = select.value;
        const picked = input.parentElement.querySelector('.picked');
        if (picked) picked.textContent = option.textContent;
      } else {
        const id = field.replace(/\[(\d+)\]/g, '-$1').replace(/\./g, '-');
        const container = document.getElementById(id);
        if (container) chip(container, field, select.value, option.textContent);
      }
      if (item) item.classList.add('answered');
    });
  });
  document.querySelectorAll('input[data-confirm]').forEach(function (box) {
    box.addEventListener('change', function () {
      box.closest('.question').classList.toggle('answered', box.checked);
    });
  });
})();
