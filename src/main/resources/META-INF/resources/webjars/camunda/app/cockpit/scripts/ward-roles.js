/*
 * The ward's Cockpit script (loaded by config.js customScripts; no export, side effects only).
 *
 * Cockpit 7.24 offers its actions (suspend or activate, cancel, modify, migrate, retry, edit variables) on a process
 * definition's and a case's page without asking whether the person may take them; the engine then refuses. Cockpit is
 * for the supervising office and the leaders, who only read. The action toolbar is therefore shown to administrators
 * only (members of camunda-admin): this script marks the page for them, styles/user-styles.css hides the rest.
 */
const ADMINISTRATORS = 'camunda-admin';
const APP_ROOT = (document.querySelector('base') && document.querySelector('base').getAttribute('app-root')) || '/camunda';

async function markAdministrators() {
  try {
    const auth = await fetch(APP_ROOT + '/api/admin/auth/user/default', {credentials: 'same-origin'});
    if (!auth.ok) {
      return;
    }
    const {userId} = await auth.json();
    const groups = await fetch(APP_ROOT + '/api/engine/engine/default/group?member=' + encodeURIComponent(userId),
      {credentials: 'same-origin', headers: {Accept: 'application/json'}});
    if (groups.ok && (await groups.json()).some(group => group.id === ADMINISTRATORS)) {
      document.body.classList.add('ward-administrator');
    } else {
      document.body.classList.remove('ward-administrator');
      tasksToTheWardsOverview();
    }
    document.body.dataset.wardChecked = 'yes';
  } catch (e) {
    // without an answer the actions stay hidden
  }
}

/*
 * Cockpit's "Công việc" page counts every open task of the engine by group, which needs READ on all tasks, the
 * confidential denunciations' included: the supervising office and the leaders are not given it, and the page would
 * only show a refusal that stays on the next pages. Its links lead them to the ward's overview of open plan and case
 * tasks instead (/dashboard/open-tasks, same login), and an address typed by hand is sent there too.
 */
const WARD_OPEN_TASKS = '/dashboard/open-tasks';

function tasksToTheWardsOverview() {
  if ((window.location.hash || '').startsWith('#/tasks')) {
    window.location.replace(WARD_OPEN_TASKS);
    return;
  }
  document.querySelectorAll('a[href^="#/tasks"]').forEach(link => link.setAttribute('href', WARD_OPEN_TASKS));
}

new MutationObserver(() => {
  if (document.body && !document.body.classList.contains('ward-administrator') && document.body.dataset.wardChecked) {
    tasksToTheWardsOverview();
  }
}).observe(document.documentElement, {childList: true, subtree: true});

window.addEventListener('hashchange', markAdministrators);
markAdministrators();

/*
 * Two English texts Cockpit 7.24 writes without its translation service: the "Actions" header of the variables table
 * (camunda-commons-ui's widget) and a missing value shown as "null" in a case's information panel (e.g. the parent
 * case). Rewritten where they appear.
 */
function translateLiterals() {
  document.querySelectorAll('.cam-table thead td.actions').forEach(cell => {
    if (cell.textContent.trim() === 'Actions') {
      cell.textContent = 'Thao tác';
    }
  });
  document.querySelectorAll('dd, dd *').forEach(element => {
    if (element.children.length === 0 && element.textContent.trim() === 'null') {
      element.textContent = '(không có)';
    }
  });
}

new MutationObserver(translateLiterals).observe(document.documentElement, {childList: true, subtree: true,
  characterData: true});
