/*
 * The residents' page: send feedback, look up a case by its tracking code, rate the answer, read published answers.
 * Everything a resident or the server wrote is put on the page with textContent only, never as HTML, so no text can
 * become markup or script; the Content-Security-Policy forbids inline script as a second line of defence.
 */
(function () {
  'use strict';

  var API = 'api/public/';
  var PAGE_SIZE = 10;
  var LIMITS = { senderName: 200, senderContact: 200, title: 200, content: 4000, comment: 1000, addition: 4000 };
  /* the same rules as the server's (portal.PublicInput): a Vietnamese phone number or an e-mail address */
  var CONTENT_MIN = 20;
  var PHONE = /^(?:0|\+84|84)(?:[35789]\d{8}|2\d{9})$/;
  var EMAIL = /^[^@\s<>",;]+@[^@\s<>",;]+\.[^@\s<>",;.]+$/;
  var CONTACT_ERROR = 'Số điện thoại hoặc email chưa đúng. Vui lòng nhập số điện thoại Việt Nam gồm 10 chữ số '
    + '(ví dụ 0912 345 678 hoặc +84 912 345 678) hoặc địa chỉ email (ví dụ ten@example.com).';

  function validContact(text) {
    return EMAIL.test(text) || PHONE.test(text.replace(/[\s.\-()]/g, ''));
  }

  function tooShort(field, text) {
    return Array.from(text).length < CONTENT_MIN
      ? sentence(LABELS[field]) + ' quá ngắn. Vui lòng mô tả rõ sự việc, địa điểm (ít nhất ' + CONTENT_MIN + ' ký tự).'
      : null;
  }
  var LABELS = {
    senderName: 'họ và tên', senderContact: 'số điện thoại hoặc email', category: 'lĩnh vực',
    title: 'tiêu đề', content: 'nội dung', score: 'mức độ hài lòng', comment: 'ý kiến thêm',
    addition: 'nội dung bổ sung'
  };
  var NETWORK_ERROR = 'Không kết nối được với máy chủ của phường. Vui lòng kiểm tra kết nối mạng rồi thử lại.';

  function $(id) { return document.getElementById(id); }

  function setText(id, text) { $(id).textContent = text == null ? '' : String(text); }

  function sentence(text) { return text.charAt(0).toUpperCase() + text.slice(1); }

  /** yyyy-MM-dd as dd/MM/yyyy, without going through a Date (no time zone can shift the day). */
  function vietnameseDate(iso) {
    var parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
    return parts ? parts[3] + '/' + parts[2] + '/' + parts[1] : '';
  }

  function clean(value) { return (value || '').normalize('NFC').trim(); }

  /**
   * Calls the API; resolves with {status, body} for every answer of the server (the body parsed when it is JSON) and
   * rejects only when the server could not be reached.
   */
  function call(method, path, body) {
    var options = { method: method, headers: { Accept: 'application/json' }, credentials: 'same-origin' };
    if (body !== undefined) {
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    return fetch(API + path, options).then(function (response) {
      var type = response.headers.get('Content-Type') || '';
      var parsed = type.indexOf('application/json') === 0 ? response.json().catch(function () { return null; })
        : Promise.resolve(null);
      return parsed.then(function (json) {
        return { status: response.status, body: json, retryAfter: response.headers.get('Retry-After') };
      });
    });
  }

  /** A message a resident understands for any refusal of the server. */
  function explain(answer) {
    var said = answer.body && typeof answer.body.error === 'string' ? answer.body.error : '';
    if (answer.status === 429) {
      return said || 'Bạn đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau ' + (answer.retryAfter || 'ít') + ' giây.';
    }
    if (said) {
      return said;
    }
    switch (answer.status) {
      case 400: return 'Thông tin gửi lên chưa hợp lệ. Vui lòng kiểm tra lại.';
      case 404: return 'Không tìm thấy phản ánh với mã tra cứu này. Vui lòng kiểm tra lại mã.';
      case 409: return 'Chưa thể đánh giá câu trả lời này.';
      case 413: return 'Nội dung gửi lên quá lớn. Vui lòng rút gọn rồi gửi lại.';
      case 502: case 503: case 504:
        return 'Hệ thống đang tạm gián đoạn, vui lòng thử lại sau ít phút.';
      default: return 'Hệ thống đang gặp sự cố (mã ' + answer.status + '). Vui lòng thử lại sau ít phút.';
    }
  }

  function clearErrors(form) {
    Array.prototype.forEach.call(form.querySelectorAll('.field-error, .form-error'), function (element) {
      element.textContent = '';
    });
    Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (element) {
      element.removeAttribute('aria-invalid');
    });
  }

  /** Shows a message under its field (and moves there), or for the whole form when it names no field we show. */
  function showError(formErrorId, field, message) {
    var fieldError = field ? $(field + '-error') : null;
    if (fieldError) {
      fieldError.textContent = message;
      var input = $(field) || document.querySelector('[name="' + field + '"]');
      if (input) {
        input.setAttribute('aria-invalid', 'true');
        input.focus();
      }
    } else {
      setText(formErrorId, message);
    }
  }

  function busy(button, yes, label) {
    button.disabled = yes;
    if (yes) {
      button.dataset.label = button.textContent;
      button.textContent = label;
    } else if (button.dataset.label) {
      button.textContent = button.dataset.label;
    }
  }

  /* ---- categories ---- */

  function loadCategories() {
    call('GET', 'categories').then(function (answer) {
      if (answer.status !== 200 || !Array.isArray(answer.body)) {
        setText('category-error', 'Chưa tải được danh sách lĩnh vực. Vui lòng tải lại trang.');
        return;
      }
      var select = $('category');
      answer.body.forEach(function (category) {
        var option = document.createElement('option');
        option.value = category.code;
        option.textContent = category.label;
        select.appendChild(option);
      });
    }, function () {
      setText('category-error', NETWORK_ERROR);
    });
  }

  /* ---- sending feedback ---- */

  /** What is wrong with each field, in the form's order (one message per field): all are shown at once. */
  function checkFeedback(values) {
    var problems = [];
    ['senderName', 'senderContact', 'category', 'title', 'content'].forEach(function (field) {
      var error = null;
      if (!values[field]) {
        error = field === 'category' ? 'Vui lòng chọn lĩnh vực.' : 'Vui lòng nhập ' + LABELS[field] + '.';
      } else if (LIMITS[field] && values[field].length > LIMITS[field]) {
        error = sentence(LABELS[field]) + ' dài quá ' + LIMITS[field] + ' ký tự. Vui lòng rút gọn.';
      } else if (field === 'senderContact' && !validContact(values[field])) {
        error = CONTACT_ERROR;
      } else if (field === 'content') {
        error = tooShort(field, values[field]) || null;
      }
      if (error) {
        problems.push({ field: field, error: error });
      }
    });
    return problems;
  }

  function sendFeedback(event) {
    event.preventDefault();
    var form = $('feedback-form');
    var button = $('send-feedback');
    clearErrors(form);
    var values = {
      senderName: clean($('senderName').value), senderContact: clean($('senderContact').value),
      category: $('category').value, title: clean($('title').value), content: clean($('content').value)
    };
    var problems = checkFeedback(values);
    if (problems.length) {
      // the first field keeps the focus: shown last, since each message moves the focus to its field
      problems.slice().reverse().forEach(function (problem) {
        showError('feedback-form-error', problem.field, problem.error);
      });
      return;
    }
    busy(button, true, 'Đang gửi…');
    call('POST', 'feedback', values).then(function (answer) {
      busy(button, false);
      if (answer.status === 201 && answer.body) {
        showReceipt(answer.body, values.title);
      } else {
        showError('feedback-form-error', answer.body && answer.body.field, explain(answer));
      }
    }, function () {
      busy(button, false);
      setText('feedback-form-error', NETWORK_ERROR + ' Nội dung bạn đã nhập vẫn còn nguyên.');
    });
  }

  /* a due date counted on a year whose holidays are not published yet says so */
  function dueDateText(answer) {
    var day = vietnameseDate(answer.dueDate);
    return answer.dueDateNote ? day + ' (' + answer.dueDateNote + ')' : day;
  }

  function showReceipt(receipt, title) {
    setText('receipt-code', receipt.trackingCode);
    setText('receipt-title', title);
    setText('receipt-due', dueDateText(receipt));
    $('feedback-form').hidden = true;
    $('receipt').hidden = false;
    $('receipt').focus();
  }

  function newFeedback() {
    var form = $('feedback-form');
    ['title', 'content'].forEach(function (field) { $(field).value = ''; });
    $('category').value = '';
    updateCounters();
    clearErrors(form);
    $('receipt').hidden = true;
    form.hidden = false;
    $('title').focus();
  }

  /* ---- looking up and rating ---- */

  var currentCode = null;

  function lookUp(event) {
    if (event) {
      event.preventDefault();
    }
    var code = $('trackingCode').value.replace(/\s+/g, '');
    clearErrors($('lookup-form'));
    setText('lookup-error', '');
    if (!code) {
      showError('lookup-error', 'trackingCode', 'Vui lòng nhập mã tra cứu.');
      return;
    }
    if (!/^[A-Za-z0-9-]{1,30}$/.test(code)) {
      showError('lookup-error', 'trackingCode', 'Mã tra cứu chỉ gồm chữ, số và dấu gạch ngang. Vui lòng kiểm tra lại.');
      return;
    }
    var button = $('lookup');
    busy(button, true, 'Đang tra cứu…');
    call('GET', 'feedback/' + encodeURIComponent(code)).then(function (answer) {
      busy(button, false);
      if (answer.status === 200 && answer.body) {
        currentCode = code;
        showStatus(answer.body);
      } else {
        $('case-status').hidden = true;
        showError('lookup-error', answer.status === 404 ? 'trackingCode' : null, explain(answer));
      }
    }, function () {
      busy(button, false);
      setText('lookup-error', NETWORK_ERROR);
    });
  }

  function showStatus(status) {
    setText('status-case-number', status.caseNumber);
    setText('status-title', status.title);
    setText('status-label', status.statusLabel || status.status);
    setText('status-due', dueDateText(status));
    var answered = typeof status.answer === 'string' && status.answer.length > 0;
    setText('status-answer', answered ? status.answer : '');
    $('status-answer-block').hidden = !answered;
    $('status-no-answer').hidden = answered;
    var form = $('rating-form');
    form.reset();
    clearErrors(form);
    updateCounters();
    form.hidden = !status.rateable;
    $('rating-done').hidden = true;
    /* the receiving office's notice at triage: what to add, or why the feedback is not taken up */
    var notice = typeof status.notice === 'string' && status.notice.length > 0;
    setText('status-notice', notice ? status.notice : '');
    $('status-notice-block').hidden = !notice;
    var addition = $('addition-form');
    addition.reset();
    clearErrors(addition);
    addition.hidden = status.status !== 'needs-information';
    $('addition-done').hidden = true;
    if (status.status === 'needs-information' || status.status === 'rejected') {
      $('status-no-answer').hidden = true;
    }
    $('case-status').hidden = false;
    $('case-status').focus();
  }

  function sendRating(event) {
    event.preventDefault();
    var form = $('rating-form');
    clearErrors(form);
    var chosen = form.querySelector('input[name="score"]:checked');
    if (!chosen) {
      showError('rating-form-error', 'score', 'Vui lòng chọn mức độ hài lòng từ 1 đến 5.');
      return;
    }
    var comment = clean($('comment').value);
    if (comment.length > LIMITS.comment) {
      showError('rating-form-error', 'comment', 'Ý kiến thêm dài quá ' + LIMITS.comment + ' ký tự. Vui lòng rút gọn.');
      return;
    }
    var button = $('send-rating');
    busy(button, true, 'Đang gửi…');
    call('POST', 'feedback/' + encodeURIComponent(currentCode) + '/rating',
      { score: Number(chosen.value), comment: comment }).then(function (answer) {
      busy(button, false);
      if (answer.status === 204) {
        form.hidden = true;
        $('rating-done').hidden = false;
      } else {
        showError('rating-form-error', answer.body && answer.body.field, explain(answer));
      }
    }, function () {
      busy(button, false);
      setText('rating-form-error', NETWORK_ERROR);
    });
  }

  function sendAddition(event) {
    event.preventDefault();
    var form = $('addition-form');
    clearErrors(form);
    var text = clean($('addition').value);
    if (!text) {
      showError('addition-form-error', 'addition', 'Vui lòng nhập nội dung bổ sung.');
      return;
    }
    if (text.length > LIMITS.addition) {
      showError('addition-form-error', 'addition', 'Nội dung bổ sung dài quá ' + LIMITS.addition + ' ký tự. Vui lòng rút gọn.');
      return;
    }
    if (tooShort('addition', text)) {
      showError('addition-form-error', 'addition', tooShort('addition', text));
      return;
    }
    var button = $('send-addition');
    busy(button, true, 'Đang gửi…');
    call('POST', 'feedback/' + encodeURIComponent(currentCode) + '/addition', { content: text }).then(function (answer) {
      busy(button, false);
      if (answer.status === 204) {
        form.hidden = true;
        $('addition-done').hidden = false;
      } else {
        showError('addition-form-error', answer.body && answer.body.field, explain(answer));
      }
    }, function () {
      busy(button, false);
      setText('addition-form-error', NETWORK_ERROR + ' Nội dung bạn đã nhập vẫn còn nguyên.');
    });
  }

  /* ---- published answers ---- */

  var answersPage = 0;

  /* the website's feed links an answer as /#tra-loi-{case number}; the feed lists the newest 50, i.e. 5 pages */
  var FEED_PAGES = 5;

  function loadAnswers(page, wanted) {
    setText('answers-error', '');
    call('GET', 'answers?page=' + page + '&size=' + PAGE_SIZE).then(function (answer) {
      if (answer.status !== 200 || !answer.body || !Array.isArray(answer.body.items)) {
        setText('answers-error', explain(answer));
        return;
      }
      answersPage = page;
      showAnswers(answer.body);
      if (wanted) {
        if ($(wanted)) {
          $(wanted).scrollIntoView();
        } else if (page + 1 < FEED_PAGES && (page + 1) * PAGE_SIZE < answer.body.total) {
          loadAnswers(page + 1, wanted);
        }
      }
    }, function () {
      setText('answers-error', NETWORK_ERROR);
    });
  }

  function element(tag, className, text) {
    var made = document.createElement(tag);
    if (className) {
      made.className = className;
    }
    if (text != null) {
      made.textContent = String(text);
    }
    return made;
  }

  function showAnswers(page) {
    var list = $('answers');
    list.replaceChildren();
    page.items.forEach(function (item) {
      var entry = element('li', 'published');
      entry.id = 'tra-loi-' + item.caseNumber;
      entry.appendChild(element('p', 'meta', [item.caseNumber, item.categoryLabel, vietnameseDate(item.publishedOn)]
        .filter(Boolean).join(' · ')));
      entry.appendChild(element('h3', null, item.title));
      entry.appendChild(element('p', 'answer', item.answer));
      if (item.answeredBy) {
        entry.appendChild(element('p', 'answered-by', 'Đơn vị trả lời: ' + item.answeredBy));
      }
      list.appendChild(entry);
    });
    var pages = Math.max(1, Math.ceil(page.total / PAGE_SIZE));
    $('answers-empty').hidden = page.total > 0;
    setText('answers-page', page.total > 0 ? 'Trang ' + (answersPage + 1) + '/' + pages : '');
    $('answers-pager').hidden = pages < 2;
    $('answers-previous').disabled = answersPage === 0;
    $('answers-next').disabled = answersPage + 1 >= pages;
  }

  /* ---- the ward's notices: dialogue results and publicity, read from the website's Atom feeds ---- */

  var ATOM = 'http://www.w3.org/2005/Atom';

  function atomText(parent, name) {
    var found = parent.getElementsByTagNameNS(ATOM, name)[0];
    return found ? found.textContent : '';
  }

  function loadNotices(feed, listId, wanted) {
    return fetch(API + 'feeds/' + feed + '.atom', { headers: { Accept: 'application/atom+xml' } }).then(function (response) {
      if (!response.ok) {
        throw new Error(String(response.status));
      }
      return response.text();
    }).then(function (xml) {
      var list = $(listId);
      list.replaceChildren();
      var entries = new DOMParser().parseFromString(xml, 'application/xml').getElementsByTagNameNS(ATOM, 'entry');
      Array.prototype.forEach.call(entries, function (entry) {
        var item = element('li', 'published');
        var link = entry.getElementsByTagNameNS(ATOM, 'link')[0];
        var href = link ? link.getAttribute('href') || '' : '';
        item.id = href.slice(href.indexOf('#') + 1);
        item.appendChild(element('p', 'meta', vietnameseDate(atomText(entry, 'updated').slice(0, 10))));
        item.appendChild(element('h3', null, atomText(entry, 'title')));
        item.appendChild(element('p', 'answer', atomText(entry, 'content')));
        list.appendChild(item);
      });
      $(listId + '-empty').hidden = entries.length > 0;
      if (wanted && $(wanted)) {
        $(wanted).scrollIntoView();
      }
    }).catch(function () {
      setText('notices-error', NETWORK_ERROR);
    });
  }

  /* ---- character counters ---- */

  function updateCounters() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-counts]'), function (counter) {
      var field = counter.getAttribute('data-counts');
      counter.textContent = $(field).value.length + '/' + LIMITS[field] + ' ký tự';
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    $('feedback-form').addEventListener('submit', sendFeedback);
    $('lookup-form').addEventListener('submit', lookUp);
    $('rating-form').addEventListener('submit', sendRating);
    $('addition-form').addEventListener('submit', sendAddition);
    $('receipt-new').addEventListener('click', newFeedback);
    $('receipt-lookup').addEventListener('click', function () {
      $('trackingCode').value = $('receipt-code').textContent;
      $('tra-cuu').scrollIntoView();
      lookUp();
    });
    $('answers-previous').addEventListener('click', function () { loadAnswers(answersPage - 1); });
    $('answers-next').addEventListener('click', function () { loadAnswers(answersPage + 1); });
    ['content', 'comment', 'addition'].forEach(function (field) { $(field).addEventListener('input', updateCounters); });
    loadCategories();
    var wanted = decodeURIComponent(location.hash.slice(1));
    loadAnswers(0, wanted.indexOf('tra-loi-') === 0 ? wanted : null);
    loadNotices('ket-qua-doi-thoai', 'dialogue-results', wanted);
    loadNotices('cong-khai', 'publicity', wanted);
  });
}());
