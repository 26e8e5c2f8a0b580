// The staff dashboard: asks /api/dashboard for a period and draws its figures as SVG bars and tables.
// Every piece of data goes in through textContent or an attribute, never as markup.
(function () {
  'use strict';

  var SVG = 'http://www.w3.org/2000/svg';
  var COCKPIT = '/camunda/app/cockpit/';

  var STATUS = {
    'on-time': 'đúng hạn', 'late': 'trễ hạn', 'open': 'đang giải quyết', 'overdue': 'quá hạn',
    'closed': 'rút đơn / gộp', 'held': 'đã tổ chức', 'done': 'đã hoàn thành',
    'not-started': 'chưa bắt đầu', 'in-progress': 'đang thực hiện',
    'satisfied': 'hài lòng', 'not-satisfied': 'chưa hài lòng'
  };

  var el = WardPage.el;
  var say = WardPage.say;

  function svg(tag, attributes, text) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attributes || {}).forEach(function (name) {
      node.setAttribute(name, String(attributes[name]));
    });
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    return node;
  }

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
  }

  function percent(value) {
    return value === null || value === undefined ? '–' : String(value).replace('.', ',') + ' %';
  }

  function isoDay(date) {
    var month = String(date.getMonth() + 1).padStart(2, '0');
    var day = String(date.getDate()).padStart(2, '0');
    return date.getFullYear() + '-' + month + '-' + day;
  }

  function vietnameseDay(iso) {
    var parts = String(iso).split('-');
    return parts.length === 3 ? parts[2] + '/' + parts[1] + '/' + parts[0] : String(iso);
  }

  // --- the list of cases behind a figure

  function cockpitLink(ref) {
    // only a link into Cockpit on this server
    return typeof ref.cockpitLink === 'string' && ref.cockpitLink.indexOf(COCKPIT) === 0 ? ref.cockpitLink : null;
  }

  var CASES_PAGE_SIZE = 20;
  // the figures on the page: the period they were asked for, which a figure's list asks for again
  var shown = {};
  // the list asked for last: a late answer to an earlier click is dropped
  var casesAsked = 0;

  function drawCases(title, refs, total, page) {
    var panel = document.getElementById('casesPanel');
    var list = document.getElementById('cases');
    document.getElementById('casesTitle').textContent = title + ' (' + total + ')';
    clear(list);
    if (refs.length === 0) {
      list.appendChild(el('li', 'Không có hồ sơ nào.'));
    }
    refs.forEach(function (ref) {
      var item = el('li');
      var href = cockpitLink(ref);
      var name = ref.caseNumber || ref.processInstanceId;
      if (href) {
        var link = el('a', name);
        link.href = href;
        link.target = '_blank';
        link.rel = 'noopener';
        item.appendChild(link);
      } else {
        item.appendChild(el('span', name));
      }
      if (ref.status) {
        item.appendChild(el('span', STATUS[ref.status] || ref.status, 'badge ' + ref.status));
      }
      list.appendChild(item);
    });
    var pages = Math.max(1, Math.ceil(total / CASES_PAGE_SIZE));
    document.getElementById('casesPager').hidden = pages <= 1;
    document.getElementById('casesPage').textContent = 'Trang ' + page + '/' + pages;
    document.getElementById('casesPrevious').disabled = page <= 1;
    document.getElementById('casesNext').disabled = page >= pages;
    panel.hidden = false;
    panel.scrollIntoView({behavior: 'smooth', block: 'nearest'});
  }

  /** A list the figures carry themselves (plan tasks and dialogues: a few rows). */
  function showCases(title, refs) {
    casesAsked++;
    drawCases(title, refs, refs.length, 1);
  }

  /** The cases behind a case figure, asked from the server a page at a time. */
  function fetchCases(title, query, page) {
    var asked = ++casesAsked;
    var url = '/api/dashboard/cases?from=' + encodeURIComponent(shown.from) + '&to=' + encodeURIComponent(shown.to) +
        '&status=' + encodeURIComponent(query.status) + '&page=' + page + '&size=' + CASES_PAGE_SIZE;
    ['procedure', 'unit'].forEach(function (name) {
      if (query[name]) {
        url += '&' + name + '=' + encodeURIComponent(query[name]);
      }
    });
    say('Đang tải danh sách hồ sơ…');
    WardLogin.fetch(url)
        .then(function (response) {
          return response.json().catch(function () {
            return {};
          }).then(function (body) {
            if (!response.ok) {
              throw new Error(body.message || ('Không tải được danh sách hồ sơ (mã ' + response.status + ')'));
            }
            return body;
          });
        })
        .then(function (answer) {
          if (asked !== casesAsked) {
            return;
          }
          drawCases(title, answer.cases || [], answer.total || 0, answer.page || page);
          document.getElementById('casesPrevious').onclick = function () {
            fetchCases(title, query, page - 1);
          };
          document.getElementById('casesNext').onclick = function () {
            fetchCases(title, query, page + 1);
          };
          say(shown.message);
        })
        .catch(function (error) {
          say(error.message, true);
        });
  }

  function withStatus(refs, statuses) {
    return (refs || []).filter(function (ref) {
      return statuses.indexOf(ref.status) >= 0;
    });
  }

  /** A table cell with a number that opens what is behind it: a list of refs, or a query for the cases' list. */
  function figureCell(value, title, behind) {
    var cell = el('td', null, 'number');
    if (!behind || value === 0) {
      cell.textContent = String(value);
      return cell;
    }
    var button = el('button', value, 'figure');
    button.type = 'button';
    button.title = 'Xem ' + title.toLowerCase();
    button.addEventListener('click', function () {
      if (Array.isArray(behind)) {
        showCases(title, behind);
      } else {
        fetchCases(title, behind, 1);
      }
    });
    cell.appendChild(button);
    return cell;
  }

  function headerRow(table, labels) {
    var head = el('thead');
    var row = el('tr');
    labels.forEach(function (label) {
      row.appendChild(el('th', label));
    });
    head.appendChild(row);
    table.appendChild(head);
  }

  // --- procedures

  function drawProcedures(procedures) {
    var table = document.getElementById('procedures');
    clear(table);
    headerRow(table, ['Thủ tục', 'Tiếp nhận', 'Đúng hạn', 'Trễ hạn', 'Đang giải quyết', 'Trong đó quá hạn']);
    var body = el('tbody');
    procedures.forEach(function (procedure) {
      var row = el('tr');
      row.appendChild(el('th', procedure.name));
      var behind = function (status) {
        return {procedure: procedure.processKey, status: status};
      };
      row.appendChild(figureCell(procedure.received, procedure.name + ': hồ sơ tiếp nhận', behind('received')));
      row.appendChild(figureCell(procedure.resolvedOnTime, procedure.name + ': giải quyết đúng hạn',
          behind('on-time')));
      row.appendChild(figureCell(procedure.resolvedLate, procedure.name + ': giải quyết trễ hạn', behind('late')));
      row.appendChild(figureCell(procedure.pending, procedure.name + ': đang giải quyết', behind('pending')));
      row.appendChild(figureCell(procedure.pendingOverdue, procedure.name + ': quá hạn', behind('overdue')));
      body.appendChild(row);
    });
    table.appendChild(body);
  }

  // --- units: grouped horizontal bars (on-time rate, satisfaction), then the table

  function drawUnitChart(units) {
    var box = document.getElementById('unitChart');
    clear(box);
    var labelWidth = 260, barWidth = 420, rowHeight = 44, top = 30;
    var height = top + units.length * rowHeight + 10;
    var chart = svg('svg', {viewBox: '0 0 ' + (labelWidth + barWidth + 80) + ' ' + height, role: 'img',
      'aria-label': 'Tỷ lệ đúng hạn và chỉ số hài lòng theo đơn vị'});
    chart.appendChild(svg('rect', {x: labelWidth, y: 6, width: 12, height: 12, 'class': 'bar-ontime'}));
    chart.appendChild(svg('text', {x: labelWidth + 18, y: 17, 'class': 'legend'}, 'Tỷ lệ đúng hạn'));
    chart.appendChild(svg('rect', {x: labelWidth + 150, y: 6, width: 12, height: 12, 'class': 'bar-satisfaction'}));
    chart.appendChild(svg('text', {x: labelWidth + 168, y: 17, 'class': 'legend'}, 'Chỉ số hài lòng'));
    [0, 50, 100].forEach(function (mark) {
      var x = labelWidth + barWidth * mark / 100;
      chart.appendChild(svg('line', {x1: x, y1: top - 4, x2: x, y2: height - 6, 'class': 'grid'}));
    });
    units.forEach(function (unit, index) {
      var y = top + index * rowHeight;
      chart.appendChild(svg('text', {x: labelWidth - 8, y: y + 24, 'class': 'label', 'text-anchor': 'end'},
          unit.unitName));
      [[unit.onTimeRate, 'bar-ontime', 2], [unit.satisfactionIndex, 'bar-satisfaction', 20]].forEach(function (bar) {
        if (bar[0] === null || bar[0] === undefined) {
          chart.appendChild(svg('text', {x: labelWidth + 4, y: y + bar[2] + 13, 'class': 'none'}, 'chưa có số liệu'));
          return;
        }
        var width = Math.max(1, barWidth * bar[0] / 100);
        var rect = svg('rect', {x: labelWidth, y: y + bar[2], width: width, height: 16, 'class': bar[1]});
        rect.appendChild(svg('title', {}, unit.unitName + ': ' + percent(bar[0])));
        chart.appendChild(rect);
        chart.appendChild(svg('text', {x: labelWidth + width + 6, y: y + bar[2] + 13, 'class': 'value'},
            percent(bar[0])));
      });
    });
    box.appendChild(chart);
  }

  function drawUnits(units) {
    drawUnitChart(units);
    var table = document.getElementById('units');
    clear(table);
    headerRow(table, ['Đơn vị', 'Tiếp nhận', 'Đã giải quyết', 'Đúng hạn', 'Trễ hạn', 'Đang giải quyết', 'Quá hạn',
      'Tỷ lệ đúng hạn', 'Lượt đánh giá', 'Hài lòng', 'Chỉ số hài lòng']);
    var body = el('tbody');
    units.forEach(function (unit) {
      var row = el('tr');
      var behind = function (status) {
        return {unit: unit.unit, status: status};
      };
      row.appendChild(el('th', unit.unitName));
      row.appendChild(figureCell(unit.received, unit.unitName + ': hồ sơ tiếp nhận', behind('received')));
      row.appendChild(figureCell(unit.resolved, unit.unitName + ': đã giải quyết', behind('resolved')));
      row.appendChild(figureCell(unit.resolvedOnTime, unit.unitName + ': đúng hạn', behind('on-time')));
      row.appendChild(figureCell(unit.resolvedLate, unit.unitName + ': trễ hạn', behind('late')));
      row.appendChild(figureCell(unit.open, unit.unitName + ': đang giải quyết', behind('pending')));
      row.appendChild(figureCell(unit.overdue, unit.unitName + ': quá hạn', behind('overdue')));
      row.appendChild(el('td', percent(unit.onTimeRate), 'number'));
      row.appendChild(figureCell(unit.ratings, unit.unitName + ': lượt đánh giá', behind('rated')));
      row.appendChild(figureCell(unit.satisfied, unit.unitName + ': hài lòng (4–5)', behind('satisfied')));
      row.appendChild(el('td', percent(unit.satisfactionIndex), 'number'));
      body.appendChild(row);
    });
    table.appendChild(body);
  }

  // --- plan tasks: one progress bar each, coloured by status

  function showTask(task) {
    var detail = document.getElementById('taskDetail');
    clear(detail);
    detail.appendChild(el('h3', task.label + ' – ' + task.title));
    var facts = el('p');
    facts.appendChild(el('span', 'Trạng thái: '));
    facts.appendChild(el('span', STATUS[task.status] || task.status, 'badge ' + task.status));
    facts.appendChild(el('span', ' · Tiến độ: ' + task.progressPercent + ' % · Chỉ số PAPI: ' + task.papiDimension +
        ' · Đơn vị chủ trì: ' + (task.leadUnits || []).join(', ')));
    detail.appendChild(facts);
    [['Nội dung phải báo cáo', task.checklist], ['Kết quả đã được chấp nhận', task.doneWork],
      ['Việc quá hạn', task.overdueItems]].forEach(function (part) {
      detail.appendChild(el('h4', part[0]));
      var list = el('ul');
      if (!part[1] || part[1].length === 0) {
        list.appendChild(el('li', 'Không có.'));
      }
      (part[1] || []).forEach(function (line) {
        list.appendChild(el('li', line));
      });
      detail.appendChild(list);
    });
    var href = cockpitLink(task);
    if (href) {
      var link = el('a', 'Mở quy trình của nhiệm vụ trong Cockpit');
      link.href = href;
      link.target = '_blank';
      link.rel = 'noopener';
      detail.appendChild(link);
    }
    detail.hidden = false;
  }

  function drawTasks(tasks) {
    var box = document.getElementById('taskChart');
    clear(box);
    document.getElementById('taskDetail').hidden = true;
    if (tasks.length === 0) {
      box.appendChild(el('p', 'Chưa có kế hoạch cho năm của kỳ này.'));
      return;
    }
    var labelWidth = 130, barWidth = 480, rowHeight = 28;
    var chart = svg('svg', {viewBox: '0 0 ' + (labelWidth + barWidth + 200) + ' ' + (tasks.length * rowHeight + 8),
      role: 'img', 'aria-label': 'Tiến độ các nhiệm vụ của kế hoạch'});
    tasks.forEach(function (task, index) {
      var y = 4 + index * rowHeight;
      var group = svg('g', {'class': 'task', tabindex: 0, role: 'button'});
      group.appendChild(svg('title', {}, task.label + ' – ' + task.title));
      group.appendChild(svg('text', {x: labelWidth - 8, y: y + 15, 'class': 'label', 'text-anchor': 'end'}, task.label));
      group.appendChild(svg('rect', {x: labelWidth, y: y, width: barWidth, height: 20, 'class': 'track'}));
      group.appendChild(svg('rect', {x: labelWidth, y: y, width: Math.max(0, barWidth * task.progressPercent / 100),
        height: 20, 'class': 'progress ' + task.status}));
      group.appendChild(svg('text', {x: labelWidth + barWidth + 8, y: y + 15, 'class': 'value'},
          task.progressPercent + ' % · ' + (STATUS[task.status] || task.status)));
      group.addEventListener('click', function () {
        showTask(task);
      });
      group.addEventListener('keydown', function (event) {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          showTask(task);
        }
      });
      chart.appendChild(group);
    });
    box.appendChild(chart);
  }

  // --- PAPI dimensions: one stacked bar of their tasks each

  function drawPapi(dimensions) {
    var box = document.getElementById('papiChart');
    clear(box);
    var labelWidth = 330, unit = 60, rowHeight = 30, top = 28;
    var most = Math.max.apply(null, dimensions.map(function (d) {
      return d.taskLabels.length;
    }).concat([1]));
    // wide enough for the legend and for the longest bar with its task labels
    var width = labelWidth + Math.max(560, most * unit + 260);
    var chart = svg('svg', {viewBox: '0 0 ' + width + ' ' + (top + dimensions.length * rowHeight + 6),
      role: 'img', 'aria-label': 'Nhiệm vụ theo chỉ số nội dung PAPI'});
    [['done', 'Hoàn thành'], ['in-progress', 'Đang thực hiện'], ['overdue', 'Quá hạn'], ['not-started', 'Chưa bắt đầu']]
        .forEach(function (legend, index) {
          chart.appendChild(svg('rect', {x: labelWidth + index * 130, y: 6, width: 12, height: 12,
            'class': 'progress ' + legend[0]}));
          chart.appendChild(svg('text', {x: labelWidth + index * 130 + 18, y: 17, 'class': 'legend'}, legend[1]));
        });
    dimensions.forEach(function (dimension, index) {
      var y = top + index * rowHeight;
      var name = (dimension.dimension === 'chung' ? '' : dimension.dimension + ' – ') + dimension.name;
      chart.appendChild(svg('text', {x: labelWidth - 8, y: y + 15, 'class': 'label', 'text-anchor': 'end'}, name));
      var notStarted = dimension.taskLabels.length - dimension.done - dimension.inProgress - dimension.overdue;
      var x = labelWidth;
      [[dimension.done, 'done'], [dimension.inProgress, 'in-progress'], [dimension.overdue, 'overdue'],
        [notStarted, 'not-started']].forEach(function (part) {
        if (part[0] > 0) {
          var rect = svg('rect', {x: x, y: y, width: part[0] * unit, height: 20, 'class': 'progress ' + part[1]});
          rect.appendChild(svg('title', {}, name + ': ' + part[0] + ' nhiệm vụ ' + STATUS[part[1]]));
          chart.appendChild(rect);
          x += part[0] * unit;
        }
      });
      chart.appendChild(svg('text', {x: x + 8, y: y + 15, 'class': 'value'},
          dimension.taskLabels.length === 0 ? 'chưa có nhiệm vụ' : dimension.taskLabels.join(', ')));
    });
    box.appendChild(chart);
  }

  // --- dialogues

  function drawDialogues(dialogues) {
    var box = document.getElementById('dialogues');
    clear(box);
    var table = el('table', null, 'figures');
    headerRow(table, ['', 'Hội nghị đã tổ chức', 'Cam kết', 'Cam kết đã hoàn thành', 'Cam kết quá hạn']);
    var body = el('tbody');
    var row = el('tr');
    row.appendChild(el('th', 'Trong kỳ'));
    var commitments = dialogues.commitmentCases || [];
    row.appendChild(figureCell(dialogues.held, 'Hội nghị đối thoại đã tổ chức', dialogues.conferences));
    row.appendChild(figureCell(dialogues.commitments, 'Cam kết tại hội nghị', commitments));
    row.appendChild(figureCell(dialogues.commitmentsDone, 'Cam kết đã hoàn thành', withStatus(commitments, ['done'])));
    row.appendChild(figureCell(dialogues.commitmentsOverdue, 'Cam kết quá hạn', withStatus(commitments, ['overdue'])));
    body.appendChild(row);
    table.appendChild(body);
    box.appendChild(table);
  }

  // --- the period and the call

  function setPeriod(from, to) {
    document.getElementById('from').value = isoDay(from);
    document.getElementById('to').value = isoDay(to);
  }

  function quickPeriods() {
    var box = document.getElementById('quick');
    var year = new Date().getFullYear();
    var choices = [['Quý I', 0, 2], ['Quý II', 3, 5], ['Quý III', 6, 8], ['Quý IV', 9, 11], ['6 tháng đầu năm', 0, 5],
      ['Cả năm', 0, 11]];
    choices.forEach(function (choice) {
      var button = el('button', choice[0] + '/' + year, 'quick-choice');
      button.type = 'button';
      button.addEventListener('click', function () {
        setPeriod(new Date(year, choice[1], 1), new Date(year, choice[2] + 1, 0));
        load();
      });
      box.appendChild(button);
    });
  }


  function load() {
    var from = document.getElementById('from').value;
    var to = document.getElementById('to').value;
    say('Đang tải số liệu…');
    var url = '/api/dashboard?from=' + encodeURIComponent(from) + '&to=' + encodeURIComponent(to);
    WardLogin.fetch(url)
        .then(function (response) {
          if (response.status === 401) {
            WardLogin.ask(document.getElementById('loginBox'), function () {
              load();
              calendarWarning();
            });
            throw new Error('Cần đăng nhập bằng tài khoản của phường để xem số liệu.');
          }
          return response.json().catch(function () {
            return {};
          }).then(function (body) {
            if (!response.ok) {
              throw new Error(body.message || ('Không tải được số liệu (mã ' + response.status + ')'));
            }
            return body;
          });
        })
        .then(function (figures) {
          casesAsked++;
          document.getElementById('casesPanel').hidden = true;
          drawProcedures(figures.procedures || []);
          drawUnits(figures.units || []);
          drawTasks(figures.planTasks || []);
          drawPapi(figures.papiDimensions || []);
          drawDialogues(figures.dialogues || {});
          document.getElementById('content').hidden = false;
          shown = {from: figures.from, to: figures.to, message: 'Số liệu từ ' + vietnameseDay(figures.from) + ' đến ' +
              vietnameseDay(figures.to) + ' (hồ sơ tiếp nhận trong kỳ, tình trạng tại cuối ngày ' +
              vietnameseDay(figures.standsOn || figures.to) + ').'};
          say(shown.message);
        })
        .catch(function (error) {
          say(error.message, true);
        });
  }

  /* from 1 October, a missing official holidays notice for next year: deadlines reaching it are provisional */
  function calendarWarning() {
    WardLogin.fetch('/api/calendar/status')
        .then(function (response) {
          return response.ok ? response.json() : {};
        })
        .then(function (status) {
          var banner = document.getElementById('calendarWarning');
          banner.textContent = status.message || '';
          banner.hidden = !status.message;
        })
        .catch(function () {
          // the figures say whether the server answers; the banner is only a reminder
        });
  }

  document.getElementById('period').addEventListener('submit', function (event) {
    event.preventDefault();
    load();
  });
  quickPeriods();
  var today = new Date();
  setPeriod(new Date(today.getFullYear(), 0, 1), today);
  load();
  calendarWarning();
}());
