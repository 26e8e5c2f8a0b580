// The dashboard's section on administrative-procedure dossiers (GET /api/dashboard/dossiers): the Decision 766 rates
// with the counts behind each, in all, land dossiers apart, per unit and per unit, field and quarter; a count opens the
// dossiers behind it (GET /api/dashboard/dossiers/list), a page at a time. Data goes in through textContent only.
(function () {
  'use strict';

  var el = WardPage.el;
  var section = document.getElementById('dossierFigures');
  var asked = {};

  var COLUMNS = [
    ['received', 'Tiếp nhận', null, 'received'],
    ['online', 'Trực tuyến', 'onlineRate', 'online'],
    ['digitised', 'Số hoá', 'digitisationRate', 'digitised'],
    ['settled', 'Đã giải quyết', null, 'settled'],
    ['settledOnTime', 'Đúng hạn', 'onTimeRate', 'on-time'],
    ['settledLate', 'Quá hạn', null, 'late'],
    ['dissatisfied', 'Không hài lòng', 'satisfactionRate', 'dissatisfied']
  ];

  function rate(value) {
    if (!value || value.percent === null || value.percent === undefined) {
      return 'chưa có hồ sơ';
    }
    return String(value.percent).replace('.', ',') + '% (' + value.numerator + '/' + value.denominator + ')';
  }

  function header(first) {
    var thead = el('thead');
    var tr = el('tr');
    first.forEach(function (name) {
      tr.appendChild(el('th', name));
    });
    COLUMNS.forEach(function (column) {
      tr.appendChild(el('th', column[1]));
      if (column[2]) {
        tr.appendChild(el('th', column[2] === 'satisfactionRate' ? 'Tỷ lệ hài lòng' : 'Tỷ lệ ' + column[1].toLowerCase()));
      }
    });
    thead.appendChild(tr);
    return thead;
  }

  function row(labels, figures, filter) {
    var tr = el('tr');
    labels.forEach(function (label) {
      tr.appendChild(el('td', label));
    });
    COLUMNS.forEach(function (column) {
      var cell = el('td', null, 'number');
      var button = el('button', figures[column[0]], 'figure');
      button.type = 'button';
      button.addEventListener('click', function () {
        list(column[3], filter, labels.join(' – ') + ': ' + column[1].toLowerCase(), 1);
      });
      cell.appendChild(button);
      tr.appendChild(cell);
      if (column[2]) {
        tr.appendChild(el('td', rate(figures[column[2]]), 'number'));
      }
    });
    return tr;
  }

  function draw(figures) {
    var totals = document.getElementById('dossierTotals');
    totals.textContent = '';
    totals.appendChild(header(['']));
    var body = el('tbody');
    body.appendChild(row(['Toàn phường'], figures.total, {}));
    body.appendChild(row(['Trong đó: đất đai'], figures.land, {field: 'dat-dai'}));
    figures.units.forEach(function (unit) {
      body.appendChild(row([unit.unitName], unit, {unit: unit.unit}));
    });
    totals.appendChild(body);
    var rows = document.getElementById('dossierRows');
    rows.textContent = '';
    rows.appendChild(header(['Quý', 'Đơn vị', 'Lĩnh vực']));
    var rowsBody = el('tbody');
    figures.rows.forEach(function (group) {
      rowsBody.appendChild(row([group.quarter, group.unitName, group.fieldName], group,
          {unit: group.unit, field: group.field, quarter: group.quarter}));
    });
    rows.appendChild(rowsBody);
    section.hidden = false;
  }

  function query(extra) {
    var parameters = new URLSearchParams({from: document.getElementById('from').value,
      to: document.getElementById('to').value});
    Object.keys(extra || {}).forEach(function (key) {
      parameters.set(key, extra[key]);
    });
    return parameters.toString();
  }

  function answer(response) {
    return response.json().catch(function () {
      return {};
    }).then(function (body) {
      if (!response.ok) {
        throw new Error(body.message || ('Không tải được số liệu hồ sơ TTHC (mã ' + response.status + ')'));
      }
      return body;
    });
  }

  function list(figure, filter, title, page) {
    var panel = document.getElementById('dossierList');
    var items = document.getElementById('dossierListItems');
    var extra = {figure: figure, page: page, size: 20};
    Object.keys(filter).forEach(function (key) {
      extra[key] = filter[key];
    });
    WardLogin.fetch('/api/dashboard/dossiers/list?' + query(extra)).then(answer).then(function (found) {
      document.getElementById('dossierListTitle').textContent = title + ' (' + found.total + ' hồ sơ)';
      items.textContent = '';
      found.dossiers.forEach(function (dossier) {
        var item = el('li', dossier.code + ' – ' + dossier.procedureName + ' (' + dossier.fieldName + ', '
            + dossier.unitName + '): tiếp nhận ' + dossier.received + ', hẹn trả ' + dossier.appointment
            + (dossier.settled ? ', có kết quả ' + dossier.settled : ', chưa có kết quả') + ' – ' + dossier.statusName);
        if (dossier.cockpitLink) {
          var link = el('a', ' Quy trình xin lỗi');
          link.href = dossier.cockpitLink;
          item.appendChild(link);
        }
        items.appendChild(item);
      });
      var pages = Math.max(1, Math.ceil(found.total / found.size));
      document.getElementById('dossierPage').textContent = 'Trang ' + found.page + '/' + pages;
      var previous = document.getElementById('dossierPrevious');
      var next = document.getElementById('dossierNext');
      previous.disabled = found.page <= 1;
      next.disabled = found.page >= pages;
      previous.onclick = function () {
        list(figure, filter, title, found.page - 1);
      };
      next.onclick = function () {
        list(figure, filter, title, found.page + 1);
      };
      panel.hidden = false;
    }).catch(function (error) {
      WardPage.say(error.message, true);
    });
  }

  function load() {
    WardLogin.fetch('/api/dashboard/dossiers?' + query()).then(function (response) {
      if (response.status === 401) {
        // the figures above ask for the login; this section follows once they are shown
        new MutationObserver(function (changes, observer) {
          if (!document.getElementById('content').hidden) {
            observer.disconnect();
            load();
          }
        }).observe(document.getElementById('content'), {attributes: true, attributeFilter: ['hidden']});
        return null;
      }
      return answer(response);
    }).then(function (figures) {
      if (figures) {
        document.getElementById('dossierList').hidden = true;
        draw(figures);
      }
    }).catch(function (error) {
      section.hidden = true;
      WardPage.say(error.message, true);
    });
  }

  document.getElementById('period').addEventListener('submit', function () {
    load();
  });
  load();
}());
