// The ward's additions to Tasklist (registered in config.js as a custom script):
// 1. A due date a model sets comes from the law and is locked for all but administrators (the server refuses a change
//    with 403, see the README): the due date stays visible, but its date picker and "× Bỏ hạn xử lý" are not offered
//    to anyone outside camunda-admin.
// 2. Handing a task to someone else is the work of the unit's heads (and administrators): an officer keeps "Nhận
//    việc" and "×" (give it back to the unit) but is not offered to type another person's name as its holder (the
//    server refuses it too, tasklist.engine.HandOverRule).
// 3. A report download link in a form (/api/reports/…/document) opens in a new tab, not over the form.
// 4. Due and follow-up dates read as dates: Tasklist shows them only as "4 ngày tới" / "9 tháng trước" (its
//    am-time-ago widget, the date in a tooltip); they read "12/03/2026 (4 ngày tới)", in the list and the task.
//    The days in brackets are calendar days from today ("hôm qua", "ngày mai"): the widget counts 24-hour spans
//    and rounds, so at noon on 04/12 a follow-up date of 03/12 00:00 read "03/12/2026 (2 ngày trước)".
const ENGINE = 'default';
const ADMINISTRATORS = 'camunda-admin';
const HEADS_SUFFIX = '-heads';

const style = document.createElement('style');
style.textContent = `
  body:not(.ward-admin) .due-date { pointer-events: none; cursor: default; }
  body:not(.ward-admin) .due-date a[translate="SET_DUE_DATE"],
  body:not(.ward-admin) .reset-due-date { display: none !important; }
  body:not(.ward-assigns) li.assignee .set-value { pointer-events: none; cursor: default; }
  body:not(.ward-assigns) .reset-assignee { display: none !important; }
  /* the dates below (4.) are longer than Tasklist's own text: in the list "(5 ngày tới)" wrapped after its "5",
     which then stood against the task's priority in the next cell ("50") and read "(550". Each date now wraps
     whole, and the priority keeps its distance. */
  .tasks-list .dates > span { white-space: nowrap; }
  .tasks-list .cells-wrapper > .priority { padding-left: 1em; }
`;
document.head.appendChild(style);

// the date picker also opens from the keyboard
document.addEventListener('keydown', (event) => {
  const locked = event.target.closest && ((!document.body.classList.contains('ward-admin')
      && event.target.closest('.due-date')) || (!document.body.classList.contains('ward-assigns')
      && event.target.closest('li.assignee .set-value')));
  if (locked) {
    event.stopPropagation();
    event.preventDefault();
  }
}, true);

async function markRoles() {
  try {
    const login = await fetch(`/camunda/api/admin/auth/user/${ENGINE}`, {credentials: 'same-origin'});
    if (!login.ok) {
      return;
    }
    const {userId} = await login.json();
    const groups = await fetch(`/camunda/api/engine/engine/${ENGINE}/group?member=${encodeURIComponent(userId)}`,
        {credentials: 'same-origin', headers: {'Accept': 'application/json'}});
    const ids = groups.ok ? (await groups.json()).map((group) => group.id) : [];
    const isAdministrator = ids.includes(ADMINISTRATORS);
    document.body.classList.toggle('ward-admin', isAdministrator);
    document.body.classList.toggle('ward-assigns', isAdministrator || ids.some((id) => id.endsWith(HEADS_SUFFIX)));
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

const DAY = /(\d{2})\/(\d{2})\/(\d{4})/;
const MILLIS_PER_DAY = 86400000;

function calendarDaysFromToday(day, month, year) {
  const now = new Date();
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((Date.UTC(year, month - 1, day) - today) / MILLIS_PER_DAY);
}

function daysInWords(days) {
  switch (days) {
    case 0: return 'hôm nay';
    case 1: return 'ngày mai';
    case -1: return 'hôm qua';
    default: return days > 0 ? `${days} ngày tới` : `${-days} ngày trước`;
  }
}

function datesAsDates(root) {
  root.querySelectorAll('[am-time-ago="task.due"], [am-time-ago="task.followUp"]').forEach((element) => {
    const day = DAY.exec(element.getAttribute('uib-tooltip') || '');
    if (!day) {
      return;
    }
    // the widget writes its own text again every minute (and the day may have turned since): rewritten each time
    const text = `${day[0]} (${daysInWords(calendarDaysFromToday(+day[1], +day[2], +day[3]))})`;
    if (element.textContent.trim() !== text) {
      element.textContent = text;
    }
  });
}

new MutationObserver(() => {
  reportLinksInNewTabs(document);
  datesAsDates(document);
}).observe(document.documentElement, {childList: true, subtree: true, characterData: true});
// after a login, and whenever the view changes (a login as another user included)
window.addEventListener('hashchange', markRoles);
markRoles();

export default [];
