// The survey page: opens the questionnaire a one-time code gives (GET /api/public/surveys/{code}) and sends the
// answers once (POST /api/public/surveys/{code}/answers). Everything shown is set as text, never as markup.
(function () {
  'use strict';

  var codeForm = document.getElementById('code-form');
  var codeInput = document.getElementById('surveyCode');
  var codeError = document.getElementById('surveyCode-error');
  var sheet = document.getElementById('phieu');
  var factors = document.getElementById('survey-factors');
  var surveyForm = document.getElementById('survey-form');
  var surveyError = document.getElementById('survey-error');
  var thanks = document.getElementById('cam-on');
  var openedCode = null;

  function message(body, fallback) {
    return body && body.error ? body.error : fallback;
  }

  function call(method, path, body) {
    var options = { method: method, headers: { 'Accept': 'application/json' } };
    if (body !== undefined) {
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    return fetch(path, options).then(function (response) {
      return response.json().catch(function () { return null; }).then(function (json) {
        return { status: response.status, body: json };
      });
    });
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function show(survey) {
    document.getElementById('survey-area').textContent = survey.area;
    document.getElementById('survey-unit').textContent = survey.unitName;
    document.getElementById('survey-closes').textContent = survey.closesOn;
    factors.replaceChildren();
    survey.factors.forEach(function (factor, index) {
      var block = element('div', 'factor');
      block.appendChild(element('h3', null, (index + 1) + '. ' + factor.label));
      factor.questions.forEach(function (question) {
        var set = element('fieldset', 'question');
        set.appendChild(element('legend', null, question.text));
        var choices = element('div', 'choices');
        survey.scale.forEach(function (level) {
          var label = element('label', 'choice');
          var input = document.createElement('input');
          input.type = 'radio';
          input.name = question.code;
          input.value = String(level.value);
          label.appendChild(input);
          label.appendChild(element('span', null, level.label));
          choices.appendChild(label);
        });
        set.appendChild(choices);
        block.appendChild(set);
      });
      factors.appendChild(block);
    });
    surveyError.textContent = '';
    sheet.hidden = false;
    thanks.hidden = true;
  }

  codeForm.addEventListener('submit', function (event) {
    event.preventDefault();
    var code = codeInput.value.trim();
    codeError.textContent = '';
    sheet.hidden = true;
    if (!code) {
      codeError.textContent = 'Vui lòng nhập mã khảo sát.';
      return;
    }
    call('GET', '../api/public/surveys/' + encodeURIComponent(code)).then(function (result) {
      if (result.status === 200) {
        openedCode = code;
        show(result.body);
      } else {
        codeError.textContent = message(result.body, 'Chưa mở được phiếu khảo sát. Vui lòng thử lại sau.');
      }
    }).catch(function () {
      codeError.textContent = 'Không kết nối được với hệ thống. Vui lòng thử lại sau.';
    });
  });

  surveyForm.addEventListener('submit', function (event) {
    event.preventDefault();
    var answers = {};
    surveyForm.querySelectorAll('input[type=radio]:checked').forEach(function (input) {
      answers[input.name] = Number(input.value);
    });
    if (Object.keys(answers).length === 0) {
      surveyError.textContent = 'Vui lòng chọn mức hài lòng cho ít nhất một nội dung.';
      return;
    }
    var button = document.getElementById('send-survey');
    button.disabled = true;
    call('POST', '../api/public/surveys/' + encodeURIComponent(openedCode) + '/answers', { answers: answers })
      .then(function (result) {
        if (result.status === 201) {
          sheet.hidden = true;
          codeInput.value = '';
          document.getElementById('thanks-message').textContent = result.body.message;
          thanks.hidden = false;
          thanks.focus();
        } else {
          surveyError.textContent = message(result.body, 'Chưa gửi được phiếu khảo sát. Vui lòng thử lại sau.');
        }
      }).catch(function () {
        surveyError.textContent = 'Không kết nối được với hệ thống. Phiếu chưa được gửi; vui lòng thử lại.';
      }).finally(function () {
        button.disabled = false;
      });
  });

  document.getElementById('another-code').addEventListener('click', function () {
    thanks.hidden = true;
    codeInput.focus();
  });
}());
