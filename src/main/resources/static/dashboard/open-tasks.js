// Every open task the caller may read, from /api/open-tasks: unit, holder, due date (DD/MM/YYYY), overdue mark.
// Every piece of data goes in through textContent or an attribute, never as markup.
(function () {
  'use strict';

  var COCKPIT = '/camunda/app/cockpit/';
  var page = 1;
  var unitsFilled = false;

  var el = WardPage.el;

  var say = WardPage.say;

  function fillUnits(units) {
    if (unitsFilled) {
      return;
    }
    var select = document.getElementById('unit');
    (units || []).forEach(function (unit) {
      var option = el('option', unit.name);
      option.value = unit.id;
      select.appendChild(option);
    });
    unitsFilled = true;
  }

  function row(task) {
    var tr = el('tr', null, task.overdue ? 'overdue' : '');
    var first = el('td');
    var name = task.caseNumber || task.processName || task.taskId;
    if (typeof task.cockpitLink === 'string' && task.cockpitLink.indexOf(COCKPIT) === 0) {
      var link = el('a', name);
      link.href = task.cockpitLink;
      link.target = '_blank';
      link.rel = 'noopener';
      first.appendChild(link);
    } else {
      first.textContent = name;
    }
    tr.appendChild(first);
    tr.appendChild(el('td', task.taskName));
    tr.appendChild(el('td', task.processName || task.processKey));
    tr.appendChild(el('td', task.unitName || '–'));
    var holder = el('td', task.holder);
    if (!task.assigned) {
      holder.appendChild(el('span', ' (chưa nhận)', 'hint'));
    }
    tr.appendChild(holder);
    tr.appendChild(el('td', task.due || 'không có hạn', 'date'));
    var state = el('td');
    state.appendChild(task.overdue ? el('span', 'quá hạn', 'badge overdue')
        : el('span', task.due ? 'trong hạn' : '–', task.due ? 'badge open' : ''));
    tr.appendChild(state);
    return tr;
  }

  function load() {
    var unit = document.getElementById('unit').value;
    var overdue = document.getElementById('overdue').checked;
    var url = '/api/open-tasks?page=' + page + (unit ? '&unit=' + encodeURIComponent(unit) : '') +
        (overdue ? '&overdue=true' : '');
    say('Đang tải danh sách công việc…');
    WardLogin.fetch(url).then(function (response) {
      if (response.status === 401) {
        WardLogin.ask(document.getElementById('loginBox'), load);
        throw new Error('Cần đăng nhập bằng tài khoản của phường để xem công việc.');
      }
      return response.json().catch(function () {
        return {};
      }).then(function (body) {
        if (!response.ok) {
          throw new Error(body.message || ('Không tải được danh sách (mã ' + response.status + ')'));
        }
        return body;
      });
    }).then(function (answer) {
      fillUnits(answer.units);
      var body = document.querySelector('#tasks tbody');
      while (body.firstChild) {
        body.removeChild(body.firstChild);
      }
      answer.tasks.forEach(function (task) {
        body.appendChild(row(task));
      });
      if (answer.tasks.length === 0) {
        var empty = el('tr');
        var cell = el('td', 'Không có công việc nào.');
        cell.colSpan = 7;
        empty.appendChild(cell);
        body.appendChild(empty);
      }
      var pages = Math.max(1, Math.ceil(answer.total / answer.size));
      document.getElementById('pageInfo').textContent = 'Trang ' + answer.page + '/' + pages;
      document.getElementById('previous').disabled = answer.page <= 1;
      document.getElementById('next').disabled = answer.page >= pages;
      document.getElementById('content').hidden = false;
      say(answer.total + ' công việc đang mở, trong đó ' + answer.overdueTotal + ' quá hạn.');
    }).catch(function (error) {
      say(error.message, true);
    });
  }

  document.getElementById('filters').addEventListener('submit', function (event) {
    event.preventDefault();
    page = 1;
    load();
  });
  document.getElementById('previous').addEventListener('click', function () {
    page = Math.max(1, page - 1);
    load();
  });
  document.getElementById('next').addEventListener('click', function () {
    page += 1;
    load();
  });
  load();
}());
