/*
 * Shows the number the system gave a case started from "Khởi động quy trình" (Tasklist's own toast says only
 * "Đã khởi động quy trình." and disappears after 3 seconds): a notice that stays until closed, e.g.
 * "Đã khởi động: Khiếu nại – số hồ sơ KN-2026-0001". It watches Tasklist's own requests to start a process
 * (POST .../process-definition/.../submit-form or .../start) and reads the business key from the answer; it
 * changes nothing of the request. Loaded by config.js (customScripts) as an ES module.
 */
const START = /\/engine\/[^/]+\/process-definition\/(key\/[^/]+|[^/]+)\/(submit-form|start)$/;

function showCaseNumber(businessKey) {
  let notice = document.getElementById('ward-case-number');
  if (!notice) {
    notice = document.createElement('div');
    notice.id = 'ward-case-number';
    notice.setAttribute('role', 'status');
    notice.className = 'ward-case-number alert alert-success';
    // set through the style object (not markup), which the webapps' Content-Security-Policy allows
    Object.assign(notice.style, {
      position: 'fixed', top: '60px', left: '50%', transform: 'translateX(-50%)', zIndex: '2000',
      minWidth: '420px', padding: '12px 40px 12px 16px', fontSize: '16px', boxShadow: '0 2px 8px rgba(0,0,0,.3)'
    });
    document.body.appendChild(notice);
  }
  notice.textContent = '';
  const text = document.createElement('span');
  text.textContent = 'Đã khởi động hồ sơ số ';
  const number = document.createElement('strong');
  number.className = 'ward-case-number-value';
  number.textContent = businessKey;
  const hint = document.createElement('span');
  hint.textContent = ' — ghi số này lên đơn và giấy biên nhận.';
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.setAttribute('aria-label', 'Đóng');
  close.textContent = '×';
  Object.assign(close.style, {position: 'absolute', top: '8px', right: '12px'});
  close.addEventListener('click', () => notice.remove());
  notice.append(close, text, number, hint);
}

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  const path = String(url).split('?')[0];
  if (String(method).toUpperCase() === 'POST' && START.test(path)) {
    this.addEventListener('load', () => {
      if (this.status !== 200) {
        return;
      }
      try {
        const body = this.responseType === 'json' ? this.response : JSON.parse(this.responseText);
        if (body && typeof body.businessKey === 'string' && body.businessKey) {
          showCaseNumber(body.businessKey);
        }
      } catch (notJson) {
        // not an instance: nothing to show
      }
    });
  }
  return open.call(this, method, url, ...rest);
};
