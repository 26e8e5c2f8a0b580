// The draft of a year's plan: each file downloaded from and uploaded to /api/plan-editions/{year}/files/{file}.
// An upload is a change on the webapps' session, so it carries their anti-forgery token; the server's refusal (file,
// line, what is wrong) is shown as it comes. Every piece of data goes in through textContent, never as markup.
(function () {
  'use strict';

  var FILES = [
    ['plan.csv', 'Thông tin kế hoạch: số, ngày, tiêu đề'],
    ['tasks.csv', 'Các nhiệm vụ: đơn vị chủ trì, phối hợp, thời hạn'],
    ['checklist.csv', 'Các mục kiểm tra của từng nhiệm vụ']
  ];

  var el = WardPage.el;
  var say = WardPage.say;
  var year = new URLSearchParams(window.location.search).get('year');

  function fileUrl(file) {
    return '/api/plan-editions/' + encodeURIComponent(year) + '/files/' + file;
  }

  function upload(file, input) {
    if (!input.files.length) {
      say('Chọn tệp ' + file + ' đã sửa trước khi tải lên.', true);
      return;
    }
    say('Đang tải lên ' + file + '…');
    Promise.all([WardLogin.csrfToken(), input.files[0].text()]).then(function (loaded) {
      var headers = {'Content-Type': 'text/csv; charset=utf-8', 'Accept': 'application/json',
        'X-Requested-With': 'XMLHttpRequest'};
      if (loaded[0]) {
        headers['X-XSRF-TOKEN'] = loaded[0];
      }
      return fetch(fileUrl(file), {method: 'PUT', credentials: 'same-origin', headers: headers, body: loaded[1]});
    }).then(function (response) {
      if (response.status === 401) {
        WardLogin.ask(document.getElementById('loginBox'), function () {
          upload(file, input);
        });
        return;
      }
      if (response.ok) {
        say('Đã tải lên ' + file + '; tệp hợp lệ.');
        input.value = '';
        input.dispatchEvent(new Event('change'));
        return;
      }
      return response.json().then(function (body) {
        say(body.message || ('Không tải lên được ' + file + '.'), true);
      }, function () {
        say('Không tải lên được ' + file + ' (mã lỗi ' + response.status + ').', true);
      });
    }).catch(function () {
      say('Không kết nối được với máy chủ; vui lòng thử lại.', true);
    });
  }

  function row(file, description) {
    var tr = el('tr');
    tr.appendChild(el('td', file));
    tr.appendChild(el('td', description));
    var download = el('td');
    var link = el('a', 'Tải về');
    link.href = fileUrl(file);
    download.appendChild(link);
    tr.appendChild(download);
    var cell = el('td');
    // the browser's own file button speaks its own language; a label in Vietnamese opens it instead
    var input = el('input');
    input.type = 'file';
    input.accept = '.csv,text/csv';
    input.id = 'file-' + file.replace('.', '-');
    input.className = 'visually-hidden';
    input.dataset.file = file;
    var choose = el('label', 'Chọn tệp…', 'file-choice');
    choose.htmlFor = input.id;
    var chosen = el('span', 'Chưa chọn tệp', 'hint');
    input.addEventListener('change', function () {
      chosen.textContent = input.files.length ? input.files[0].name : 'Chưa chọn tệp';
    });
    var button = el('button', 'Tải lên');
    button.type = 'button';
    button.addEventListener('click', function () {
      upload(file, input);
    });
    cell.appendChild(input);
    cell.appendChild(choose);
    cell.appendChild(chosen);
    cell.appendChild(button);
    tr.appendChild(cell);
    return tr;
  }

  if (!/^\d{4}$/.test(year || '')) {
    document.getElementById('content').hidden = true;
    say('Thiếu năm của kế hoạch trong địa chỉ trang (ví dụ /plan-editions/?year=2026); mở trang từ việc '
        + '"Hoàn thiện dự thảo kế hoạch" trong Tasklist.', true);
    return;
  }
  document.getElementById('year').textContent = year;
  var body = document.getElementById('files');
  FILES.forEach(function (file) {
    body.appendChild(row(file[0], file[1]));
  });
}());
