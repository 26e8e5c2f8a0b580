// The dossiers' page: an export of the one-stop system uploaded to POST /api/dossiers/imports (a change on the webapps'
// session, so it carries their anti-forgery token, as the plan draft's page does), its report shown as it comes, and
// the dossiers past their appointment without a result (GET /api/dossiers/late), land dossiers apart. Every piece of
// data goes in through textContent, never as markup.
(function () {
  'use strict';

  var el = WardPage.el;
  var say = WardPage.say;
  var input = document.getElementById('exportFile');

  function day(iso) {
    return iso ? iso.split('-').reverse().join('/') : '';
  }

  function showLate(list, totalId, itemsId) {
    document.getElementById(totalId).textContent = list.total === 0 ? 'Không có hồ sơ nào.'
        : list.total + ' hồ sơ' + (list.total > list.dossiers.length ? ' (hiện ' + list.dossiers.length + ' hồ sơ có '
        + 'ngày hẹn sớm nhất)' : '') + '.';
    var items = document.getElementById(itemsId);
    items.textContent = '';
    list.dossiers.forEach(function (dossier) {
      var item = el('li', dossier.code + ' – ' + dossier.procedureName + ' (' + dossier.unitName + '): hẹn trả '
          + day(dossier.appointment) + (dossier.apologyAppointment ? '; đã xin lỗi, hẹn lại ' + day(dossier.apologyAppointment)
          : '; chưa có phiếu xin lỗi đã ký'));
      items.appendChild(item);
    });
  }

  function loadLate() {
    WardLogin.fetch('/api/dossiers/late?size=100').then(function (response) {
      if (response.status === 401) {
        WardLogin.ask(document.getElementById('loginBox'), loadLate);
        throw new Error('Cần đăng nhập bằng tài khoản của phường.');
      }
      return response.json().then(function (body) {
        if (!response.ok) {
          throw new Error(body.message || ('Không tải được danh sách hồ sơ (mã ' + response.status + ')'));
        }
        return body;
      });
    }).then(function (late) {
      showLate(late.land, 'landTotal', 'landDossiers');
      showLate(late.others, 'othersTotal', 'otherDossiers');
    }).catch(function (error) {
      say(error.message, true);
    });
  }

  function showReport(report) {
    document.getElementById('reportSummary').textContent = report.inserted + ' hồ sơ mới, ' + report.updated
        + ' hồ sơ cập nhật, ' + report.kept + ' dòng bỏ qua vì đã có trạng thái mới hơn, ' + report.problems.length
        + ' dòng lỗi. Hồ sơ quá hạn mở quy trình xin lỗi: ' + report.lateStarted + '; hồ sơ được nhắc sắp đến hạn: '
        + report.warned + '.';
    var problems = document.getElementById('reportProblems');
    problems.textContent = '';
    report.problems.forEach(function (problem) {
      problems.appendChild(el('li', problem));
    });
    document.getElementById('report').hidden = false;
  }

  function upload() {
    if (!input.files.length) {
      say('Chọn tệp dữ liệu (.csv hoặc .json) trước khi tải lên.', true);
      return;
    }
    var file = input.files[0];
    say('Đang nhập ' + file.name + '…');
    Promise.all([WardLogin.csrfToken(), file.arrayBuffer()]).then(function (loaded) {
      var headers = {'Content-Type': /\.json$/i.test(file.name) ? 'application/json' : 'text/csv',
        'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest'};
      if (loaded[0]) {
        headers['X-XSRF-TOKEN'] = loaded[0];
      }
      return fetch('/api/dossiers/imports?file=' + encodeURIComponent(file.name), {method: 'POST',
        credentials: 'same-origin', headers: headers, body: loaded[1]});
    }).then(function (response) {
      if (response.status === 401) {
        WardLogin.ask(document.getElementById('loginBox'), upload);
        return;
      }
      return response.json().catch(function () {
        return {};
      }).then(function (body) {
        if (!response.ok) {
          say(body.message || ('Không nhập được ' + file.name + ' (mã lỗi ' + response.status + ').'), true);
          return;
        }
        say('Đã nhập ' + file.name + '.');
        showReport(body);
        loadLate();
      });
    }).catch(function () {
      say('Không kết nối được với máy chủ; vui lòng thử lại.', true);
    });
  }

  input.addEventListener('change', function () {
    document.getElementById('chosen').textContent = input.files.length ? input.files[0].name : 'Chưa chọn tệp';
  });
  document.getElementById('upload').addEventListener('click', upload);
  loadLate();
}());
