// One login for the staff: the dashboard's calls carry the Camunda webapps' session (a login to Tasklist or Cockpit).
// Without one the API answers 401 with no Basic challenge (so no browser prompt) and this asks for the login here:
// the form logs in to the webapps themselves (Camunda's own login call), so Tasklist and Cockpit need no second one.
(function () {
  'use strict';

  var ENGINE = 'default';

  /** fetch() for the staff API: same-origin cookies, JSON, and marked as a page's call (no Basic challenge). */
  function staffFetch(url) {
    return fetch(url, {credentials: 'same-origin',
      headers: {'Accept': 'application/json', 'X-Requested-With': 'XMLHttpRequest'}});
  }

  function csrfToken() {
    // the webapps hand their anti-forgery token out once per session, on the first reading call under /camunda;
    // a session that already has one gets it from the staff API
    return fetch('/camunda/app/cockpit/' + ENGINE + '/', {credentials: 'same-origin'}).then(function (response) {
      var token = response.headers.get('X-XSRF-TOKEN');
      if (token) {
        return token;
      }
      return staffFetch('/api/session/csrf-token').then(function (answer) {
        return answer.ok ? answer.json().then(function (body) {
          return body.token;
        }) : null;
      });
    });
  }

  function login(username, password) {
    return csrfToken().then(function (token) {
      var headers = {'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/json'};
      if (token) {
        headers['X-XSRF-TOKEN'] = token;
      }
      return fetch('/camunda/api/admin/auth/user/' + ENGINE + '/login/tasklist', {method: 'POST',
        credentials: 'same-origin', headers: headers,
        body: 'username=' + encodeURIComponent(username) + '&password=' + encodeURIComponent(password)});
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('Tên đăng nhập hoặc mật khẩu không đúng.');
      }
    });
  }

  /** Shows the login form in {@code box}; calls {@code done} once logged in. */
  function ask(box, done) {
    while (box.firstChild) {
      box.removeChild(box.firstChild);
    }
    var form = document.createElement('form');
    form.className = 'login';
    form.id = 'login';
    var title = document.createElement('p');
    title.textContent = 'Đăng nhập bằng tài khoản của phường (dùng chung với Xử lý công việc – Tasklist và ' +
        'Theo dõi quy trình – Cockpit; đã đăng nhập ở đó thì không cần đăng nhập lại).';
    form.appendChild(title);
    var user = document.createElement('input');
    user.name = 'username';
    user.autocomplete = 'username';
    user.required = true;
    var password = document.createElement('input');
    password.type = 'password';
    password.name = 'password';
    password.autocomplete = 'current-password';
    password.required = true;
    [['Tên đăng nhập', user], ['Mật khẩu', password]].forEach(function (field) {
      var label = document.createElement('label');
      label.textContent = field[0] + ' ';
      label.appendChild(field[1]);
      form.appendChild(label);
    });
    var button = document.createElement('button');
    button.type = 'submit';
    button.textContent = 'Đăng nhập';
    form.appendChild(button);
    var error = document.createElement('p');
    error.className = 'status error';
    error.setAttribute('role', 'alert');
    form.appendChild(error);
    var other = document.createElement('p');
    var link = document.createElement('a');
    link.href = '/camunda/app/cockpit/' + ENGINE + '/#/login';
    link.textContent = 'hoặc đăng nhập ở trang Theo dõi quy trình (Cockpit)';
    other.appendChild(link);
    form.appendChild(other);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      error.textContent = '';
      login(user.value, password.value).then(function () {
        box.hidden = true;
        done();
      }).catch(function (failure) {
        error.textContent = failure.message;
      });
    });
    box.appendChild(form);
    box.hidden = false;
    user.focus();
  }

  window.WardLogin = {fetch: staffFetch, ask: ask, csrfToken: csrfToken};
}());
