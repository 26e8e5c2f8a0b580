// The dashboard's satisfaction surveys: asks /api/dashboard/surveys for the period the page shows and draws a table,
// each share with the number of answers behind it. Follows the page's own loads (dashboard.js) through its status line.
(function () {
  'use strict';

  var table = document.getElementById('surveys');
  var status = document.getElementById('surveysStatus');
  var loaded = null;

  function percent(value) {
    return value === null || value === undefined ? '–' : String(value).replace('.', ',') + '%';
  }

  function cell(row, tag, text) {
    var node = document.createElement(tag);
    node.textContent = text;
    row.appendChild(node);
    return node;
  }

  function draw(results) {
    table.replaceChildren();
    if (results.length === 0) {
      status.textContent = 'Trong kỳ chưa có phiếu khảo sát nào được trả lời: không có chỉ số.';
      return;
    }
    status.textContent = '';
    var head = table.createTHead().insertRow();
    ['Quý', 'Lĩnh vực', 'Đơn vị', 'Số phiếu'].concat(results[0].factors.map(function (factor) {
      return factor.label;
    })).concat(['Chỉ số chung']).forEach(function (title) {
      cell(head, 'th', title);
    });
    var body = table.createTBody();
    results.forEach(function (result) {
      var row = body.insertRow();
      cell(row, 'td', result.quarterLabel);
      cell(row, 'td', result.areaLabel);
      cell(row, 'td', result.unitName);
      cell(row, 'td', String(result.respondents)).className = 'number';
      result.factors.forEach(function (factor) {
        cell(row, 'td', percent(factor.percent) + ' (' + factor.answers + ')').className = 'number';
      });
      cell(row, 'td', percent(result.overall.percent) + ' (' + result.overall.answers + ')').className = 'number';
    });
  }

  function load() {
    var from = document.getElementById('from').value;
    var to = document.getElementById('to').value;
    if (!from || !to || loaded === from + '/' + to) {
      return;
    }
    loaded = from + '/' + to;
    WardLogin.fetch('/api/dashboard/surveys?from=' + encodeURIComponent(from) + '&to=' + encodeURIComponent(to))
        .then(function (response) {
          return response.json().catch(function () {
            return {};
          }).then(function (body) {
            if (!response.ok) {
              loaded = null;
              throw new Error(body.message || ('Không tải được số liệu khảo sát (mã ' + response.status + ')'));
            }
            draw(body.results || []);
          });
        })
        .catch(function (error) {
          table.replaceChildren();
          status.textContent = error.message;
        });
  }

  // dashboard.js writes its status line after each load of the figures: load the surveys of the same period then
  new MutationObserver(load).observe(document.getElementById('status'), {childList: true, characterData: true,
    subtree: true});
}());
