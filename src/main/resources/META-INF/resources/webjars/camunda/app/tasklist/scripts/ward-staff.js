// The ward's additions to Tasklist (registered in config.js as a custom script):
// 1. A due date a model sets comes from the law and is locked for all but administrators (the server refuses a change
//    with 403, see the README): the due date stays visible, but its date picker and "× Bỏ hạn xử lý" are not offered
//    to anyone outside camunda-admin.
// 2. A report download link in a form (/api/reports/…/document) opens in a new tab, not over the form.
const ENGINE = 'default';
const ADMINISTRATORS = 'camunda-admin';

const style = document.createElement('style');
style.textContent = `
  body:not(.ward-admin) .due-date { pointer-events: none; cursor: default; }
  body:not(.ward-admin) .due-date a[translate="SET_DUE_DATE"],
  body:not(.ward-admin) .reset-due-date { display: none !important; }
`;
document.head.appendChild(style);

// the date picker also opens from the keyboard
document.addEventListener('keydown', (event) => {
  if (!document.body.classList.contains('ward-admin') && event.target.closest
      && event.target.closest('.due-date')) {
    event.stopPropagation();
    event.preventDefault();
  }
}, true);

async function markAdministrator() {
  try {
    const login = await fetch(`/camunda/api/admin/auth/user/${ENGINE}`, {credentials: 'same-origin'});
    if (!login.ok) {
      return;
    }
    const {userId} = await login.json();
    const groups = await fetch(`/camunda/api/engine/engine/${ENGINE}/group?member=${encodeURIComponent(userId)}`,
        {credentials: 'same-origin', headers: {'Accept': 'application/json'}});
    const isAdministrator = groups.ok && (await groups.json()).some((group) => group.id === ADMINISTRATORS);
    document.body.classList.toggle('ward-admin', isAdministrator);
  } catch (e) {
    // not logged in yet: the controls stay locked
  }
}

function reportLinksInNewTabs(root) {
  root.querySelectorAll('a[href*="/api/reports/"]').forEach((link) => {
    link.target = '_blank';
    link.rel = 'noopener';
  });
}

new MutationObserver(() => reportLinksInNewTabs(document)).observe(document.documentElement,
    {childList: true, subtree: true});
// after a login, and whenever the view changes (a login as another user included)
window.addEventListener('hashchange', markAdministrator);
markAdministrator();

export default [];
